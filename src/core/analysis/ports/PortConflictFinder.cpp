#include "PortConflictFinder.h"

#include "HostAddress.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Leitstand::Analysis {

namespace {

// How much of the host an address covers: the conflict reports the widest one.
int breadth(const QString &hostIp)
{
    if (hostIp.isEmpty())
        return 3;
    const auto address = HostAddress::parse(hostIp);
    if (address && address->isUnspecified())
        return address->isIPv4() ? 1 : 2;
    return 0;
}

struct PortKey
{
    int port = 0;
    QString protocol;
    friend bool operator==(const PortKey &, const PortKey &) = default;
};

size_t qHash(const PortKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.port, key.protocol);
}

int findRoot(std::vector<int> &parent, int index)
{
    while (parent[static_cast<std::size_t>(index)] != index) {
        auto &up = parent[static_cast<std::size_t>(index)];
        up = parent[static_cast<std::size_t>(up)];
        index = up;
    }
    return index;
}

// A clash needs two different claims: the same service publishing one container port on
// 0.0.0.0 and on :: is one dual-stack claim, not a clash.
bool isClash(const QList<const PortMatrixBinding *> &members)
{
    const PortMatrixBinding *first = members.value(0);
    if (!first || members.size() < 2)
        return false;
    return std::any_of(members.cbegin() + 1, members.cend(), [&](const PortMatrixBinding *other) {
        return other->stack != first->stack || other->service != first->service || other->target != first->target;
    });
}

PortConflict describe(const QList<const PortMatrixBinding *> &members)
{
    PortConflict conflict;
    conflict.published = members.first()->published;
    conflict.protocol = members.first()->protocol;
    const auto widest = std::max_element(members.cbegin(), members.cend(), [](const auto *a, const auto *b) {
        return breadth(a->hostIp) < breadth(b->hostIp);
    });
    conflict.hostIp = (*widest)->hostIp;
    for (const PortMatrixBinding *member : members)
        conflict.parties.append({member->stack, member->service, member->hostIp, member->target});
    return conflict;
}

} // namespace

bool PortConflictFinder::overlaps(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return true;
    const auto a = HostAddress::parse(first);
    const auto b = HostAddress::parse(second);
    if (!a || !b)
        return first == second;
    if ((a->isUnspecified() && !a->isIPv4()) || (b->isUnspecified() && !b->isIPv4()))
        return true;
    if (a->family() != b->family())
        return false;
    return a->isUnspecified() || b->isUnspecified() || *a == *b;
}

QList<PortConflict> PortConflictFinder::find(const QList<PortMatrixBinding> &bindings)
{
    QHash<PortKey, QList<const PortMatrixBinding *>> byPort;
    QList<PortKey> order; // first appearance, so equal clashes keep the matrix order
    for (const PortMatrixBinding &binding : bindings) {
        if (binding.published <= 0)
            continue;
        auto &group = byPort[PortKey{binding.published, binding.protocol}];
        if (group.isEmpty())
            order.append(PortKey{binding.published, binding.protocol});
        group.append(&binding);
    }

    QList<PortConflict> conflicts;
    for (const PortKey &key : std::as_const(order)) {
        const QList<const PortMatrixBinding *> &group = byPort[key];
        if (group.size() < 2)
            continue;
        // Overlap is not transitive (127.0.0.1 and 10.0.0.1 both overlap 0.0.0.0, not each
        // other), so the clashes are the connected groups of the overlap relation.
        std::vector<int> parent(static_cast<std::size_t>(group.size()));
        std::iota(parent.begin(), parent.end(), 0);
        for (int i = 0; i < group.size(); ++i) {
            for (int j = i + 1; j < group.size(); ++j) {
                if (overlaps(group.at(i)->hostIp, group.at(j)->hostIp))
                    parent[static_cast<std::size_t>(findRoot(parent, j))] = findRoot(parent, i);
            }
        }
        QHash<int, QList<const PortMatrixBinding *>> components;
        QList<int> roots;
        for (int i = 0; i < group.size(); ++i) {
            const int root = findRoot(parent, i);
            if (!components.contains(root))
                roots.append(root);
            components[root].append(group.at(i));
        }
        for (const int root : std::as_const(roots)) {
            if (components.value(root).size() > 1 && isClash(components.value(root)))
                conflicts.append(describe(components.value(root)));
        }
    }
    std::stable_sort(conflicts.begin(), conflicts.end(), [](const PortConflict &a, const PortConflict &b) {
        if (a.published != b.published)
            return a.published < b.published;
        return a.protocol < b.protocol;
    });
    return conflicts;
}

} // namespace Leitstand::Analysis
