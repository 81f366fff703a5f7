#pragma once

#include "TopologyEdge.h"
#include "TopologyNode.h"

#include <QHash>
#include <QList>

namespace Leitstand::Analysis {

// The nodes and edges of one project's topology, in the order they were added (services by
// name first, then networks, volumes and the outside world), with lookup by node id.
class TopologyGraph final
{
public:
    // Adds a node unless one with the same id exists; returns the node with that id.
    TopologyNode &addNode(TopologyNode node);
    void addEdge(TopologyEdge edge);

    const QList<TopologyNode> &nodes() const { return m_nodes; }
    const QList<TopologyEdge> &edges() const { return m_edges; }
    const TopologyNode *node(const QString &id) const;
    bool hasEdge(const QString &from, const QString &to, EdgeKind kind) const;
    QList<TopologyEdge> edges(EdgeKind kind) const;

private:
    QList<TopologyNode> m_nodes;
    QList<TopologyEdge> m_edges;
    QHash<QString, qsizetype> m_nodeIndex;
};

} // namespace Leitstand::Analysis
