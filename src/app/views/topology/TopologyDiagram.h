#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand {

// What a node stands for, by what its image is known to do; decides icon and colour.
enum class ServiceKind { Database, Cache, Queue, Proxy, App, Worker, Monitoring, External };

// How an edge is drawn: depends_on by its condition, inferred uses, proxy routes with their
// domains, and the way in from the outside world through a published port.
enum class TopologyEdgeKind { DependsHealthy, DependsStarted, DependsCompleted, Uses, ProxyRoute, Entry };

struct TopologyDiagramNode
{
    QString id; // the service name; outside-world nodes carry ids no service can have
    QString label;
    QString detail; // the image, or what an outside node stands for
    ServiceKind kind = ServiceKind::App;
    bool isService = true;
    int tier = -1; // start-up tier; -1 when unknown (outside nodes, services in a cycle)
    int zone = -1; // the network zone drawn around the node (its only network), -1 for none
    QStringList networks;
    bool publiclyExposed = false;
    bool hasPortClash = false;
    QStringList remarks; // why it carries a badge, one line each
};

struct TopologyDiagramEdge
{
    int from = -1; // node indices
    int to = -1;
    TopologyEdgeKind kind = TopologyEdgeKind::DependsStarted;
    QString label; // proxy routes: the domains
};

struct TopologyDiagramZone
{
    QString key; // the network's key in the compose file
    QString label;
    bool internal = false;
};

// The app's picture of a stack's topology: plain data the layouts and the scene share, made
// from the core topology so the layout code and its tests do not depend on the analyses.
struct TopologyDiagram
{
    QString stackName;
    QList<TopologyDiagramNode> nodes;
    QList<TopologyDiagramEdge> edges;
    QList<TopologyDiagramZone> zones;

    int indexOf(const QString &nodeId) const
    {
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).id == nodeId)
                return i;
        }
        return -1;
    }
};

} // namespace Leitstand
