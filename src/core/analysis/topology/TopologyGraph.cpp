#include "TopologyGraph.h"

#include <algorithm>

namespace Leitstand::Analysis {

TopologyNode &TopologyGraph::addNode(TopologyNode node)
{
    const auto existing = m_nodeIndex.constFind(node.id);
    if (existing != m_nodeIndex.cend())
        return m_nodes[*existing];
    m_nodeIndex.insert(node.id, m_nodes.size());
    m_nodes.append(std::move(node));
    return m_nodes.last();
}

void TopologyGraph::addEdge(TopologyEdge edge)
{
    m_edges.append(std::move(edge));
}

const TopologyNode *TopologyGraph::node(const QString &id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes.at(*it);
}

bool TopologyGraph::hasEdge(const QString &from, const QString &to, EdgeKind kind) const
{
    return std::any_of(m_edges.cbegin(), m_edges.cend(), [&](const TopologyEdge &edge) {
        return edge.kind == kind && edge.from == from && edge.to == to;
    });
}

QList<TopologyEdge> TopologyGraph::edges(EdgeKind kind) const
{
    QList<TopologyEdge> selected;
    for (const TopologyEdge &edge : m_edges) {
        if (edge.kind == kind)
            selected.append(edge);
    }
    return selected;
}

} // namespace Leitstand::Analysis
