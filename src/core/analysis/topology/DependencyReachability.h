#pragma once

#include "DependencyGraph.h"

#include <QtGlobal>

#include <vector>

namespace Leitstand::Analysis::Internal {

// For every service that can be ordered, which services are certain to have met a depends_on
// condition once it has started: a service has started only after its own required
// dependencies met their conditions, so the guarantee follows every chain of required
// dependencies, and the condition that holds for the last service of a chain is the one on
// the chain's last link. Bit sets keep this at O(dependencies × services / 64).
class DependencyReachability final
{
public:
    DependencyReachability(const DependencyGraph &graph, const QList<QList<int>> &tiers);

    // Whether `target` is certain to meet `condition` (a depends_on condition) once `from` has
    // started. Always false for services that are in or behind a cycle.
    bool guarantees(int from, int target, const QString &condition) const;

private:
    enum Guarantee { Started, Healthy, Completed, GuaranteeCount };

    static Guarantee guaranteeOf(const QString &condition);
    quint64 *bits(int node, Guarantee guarantee);
    const quint64 *bits(int node, Guarantee guarantee) const;

    int m_words = 0;
    std::vector<quint64> m_bits; // node-major: every node has one bit set per guarantee
};

} // namespace Leitstand::Analysis::Internal
