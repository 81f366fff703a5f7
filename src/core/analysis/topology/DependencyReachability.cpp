#include "DependencyReachability.h"

namespace Leitstand::Analysis::Internal {

DependencyReachability::DependencyReachability(const DependencyGraph &graph, const QList<QList<int>> &tiers)
    : m_words((graph.size() + 63) / 64)
    , m_bits(static_cast<size_t>(graph.size()) * GuaranteeCount * static_cast<size_t>(m_words), 0)
{
    // Tiers list every dependency before its dependents, so each set is complete when read.
    for (const QList<int> &tier : tiers) {
        for (const int node : tier) {
            for (const DependencyGraph::Arc &arc : graph.arcs(node)) {
                if (!arc.dependency->required)
                    continue; // compose starts the service even when this dependency fails
                const Guarantee direct = guaranteeOf(arc.dependency->condition);
                for (int guarantee = Started; guarantee < GuaranteeCount; ++guarantee) {
                    const auto kind = static_cast<Guarantee>(guarantee);
                    quint64 *target = bits(node, kind);
                    const quint64 *inherited = bits(arc.to, kind);
                    for (int word = 0; word < m_words; ++word)
                        target[word] |= inherited[word];
                    if (kind == Started || kind == direct)
                        target[arc.to / 64] |= quint64(1) << (arc.to % 64);
                }
            }
        }
    }
}

bool DependencyReachability::guarantees(int from, int target, const QString &condition) const
{
    return (bits(from, guaranteeOf(condition))[target / 64] >> (target % 64)) & 1U;
}

DependencyReachability::Guarantee DependencyReachability::guaranteeOf(const QString &condition)
{
    if (condition == QLatin1String("service_healthy"))
        return Healthy;
    if (condition == QLatin1String("service_completed_successfully"))
        return Completed;
    return Started;
}

quint64 *DependencyReachability::bits(int node, Guarantee guarantee)
{
    return m_bits.data() + (static_cast<size_t>(node) * GuaranteeCount + guarantee) * static_cast<size_t>(m_words);
}

const quint64 *DependencyReachability::bits(int node, Guarantee guarantee) const
{
    return m_bits.data() + (static_cast<size_t>(node) * GuaranteeCount + guarantee) * static_cast<size_t>(m_words);
}

} // namespace Leitstand::Analysis::Internal
