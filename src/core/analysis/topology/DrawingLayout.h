#pragma once

#include "TopologyGraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Leitstand::Analysis::Internal {

// What the drawings (DOT, Mermaid) share, so both show the same picture: a box per network
// zone holding its network node and the services that join only that network (a service in
// several zones stands outside the boxes with a line to each), the captions, and which edges
// are left out because the picture says it already.
class DrawingLayout final
{
    Q_DECLARE_TR_FUNCTIONS(DrawingLayout)

public:
    explicit DrawingLayout(const TopologyGraph &graph);

    QStringList zones() const { return m_zones; }                                    // network node ids, in graph order
    QStringList members(const QString &zone) const { return m_members.value(zone); } // services in graph order
    bool isBoxed(const QString &nodeId) const { return m_boxed.contains(nodeId); }
    // Whether an edge is shown by the box already (a service's only network).
    bool isImplied(const TopologyEdge &edge) const;
    // Whether a "uses" edge repeats a depends_on edge between the same services.
    bool duplicatesDependency(const TopologyEdge &edge) const;
    // Whether a depends_on edge is part of a reported cycle.
    bool isCycleEdge(const TopologyEdge &edge) const;

    void setCycles(const QList<QStringList> &cycles);

    // The lines of a node's caption: its label, then the image of a service or the kind of
    // zone ("internal", "external").
    static QStringList nodeLines(const TopologyNode &node);
    // An edge's caption: the condition of depends_on (none for service_started), the hosts,
    // paths and port of a route, the ports a publish edge opens.
    static QString edgeCaption(const TopologyEdge &edge);

private:
    QStringList m_zones;
    QHash<QString, QStringList> m_members;
    QHash<QString, QString> m_homeZone; // boxed service -> its zone
    QSet<QString> m_boxed;
    QSet<QString> m_dependencyPairs;
    QSet<QString> m_cyclePairs;
};

} // namespace Leitstand::Analysis::Internal
