#include "PortMigrationPlanner.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <vector>

namespace Leitstand::Analysis {

namespace {

int parseSinglePort(const QString &published)
{
    bool ok = false;
    const int port = published.toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : 0;
}

class FreePorts final
{
public:
    FreePorts(const QList<ComposeProject> &projects, const QList<int> &reserved)
        : m_used(65536, false)
    {
        for (const ComposeProject &project : projects) {
            for (const ComposeService &service : project.services) {
                for (const PortBinding &port : service.ports) {
                    if (port.isPublished())
                        markRange(port.published);
                }
            }
        }
        for (const int port : reserved)
            m_used[static_cast<std::size_t>(port)] = true;
    }

    // Ports are only ever taken, so each range remembers where its search stopped: a full
    // range costs one comparison instead of a scan per request.
    int take(int first, int last)
    {
        int &next = m_nextCandidate[first];
        for (int port = std::max(first, next); port <= last; ++port) {
            if (!m_used[static_cast<std::size_t>(port)]) {
                m_used[static_cast<std::size_t>(port)] = true;
                next = port + 1;
                return port;
            }
        }
        next = last + 1;
        return 0;
    }

private:
    // "8080" or "8000-8010": a host range is taken as a whole, whichever port the engine picks.
    void markRange(const QString &published)
    {
        const qsizetype dash = published.indexOf(QLatin1Char('-'));
        const int first = parseSinglePort(dash < 0 ? published : published.left(dash));
        const int last = dash < 0 ? first : parseSinglePort(published.mid(dash + 1));
        for (int port = first; port > 0 && port <= last; ++port)
            m_used[static_cast<std::size_t>(port)] = true;
    }

    std::vector<bool> m_used;
    QHash<int, int> m_nextCandidate; // first port of a range → lowest port that may be free
};

} // namespace

QList<PortMove> PortMigrationPlan::movesOf(const QString &stack) const
{
    QList<PortMove> result;
    for (const PortMove &move : moves) {
        if (move.stack == stack)
            result.append(move);
    }
    return result;
}

PortMigrationPlan PortMigrationPlanner::plan(const QList<ComposeProject> &hostProjects, const PortScheme &scheme)
{
    FreePorts freePorts(hostProjects, scheme.reserved);
    PortMigrationPlan plan;
    for (const ComposeProject &project : hostProjects) {
        for (const ComposeService &service : project.services) {
            const PortCategory *category = nullptr;
            bool classified = false;
            QSet<int> seen;
            for (const PortBinding &port : service.ports) {
                // A host range for one container port lets the engine pick; the range is the
                // operator's choice and is left alone.
                const int published = parseSinglePort(port.published);
                if (published == 0 || seen.contains(published))
                    continue;
                seen.insert(published);
                if (!classified) {
                    category = scheme.categoryOf(service);
                    classified = true;
                }
                if (!category) {
                    plan.unclassified.append({project.name, service.name, published});
                    continue;
                }
                if (!category->hasRange() || category->contains(published))
                    continue;
                plan.moves.append({project.name,
                                   service.name,
                                   category->id,
                                   category->label,
                                   category->firstPort,
                                   category->lastPort,
                                   published,
                                   freePorts.take(category->firstPort, category->lastPort)});
            }
        }
    }
    return plan;
}

} // namespace Leitstand::Analysis
