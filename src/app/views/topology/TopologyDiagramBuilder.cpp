#include "TopologyDiagramBuilder.h"

#include "ServiceKindClassifier.h"

#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/topology/TopologyBuilder.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Leitstand {

namespace {

using Analysis::EdgeKind;
using Analysis::NodeKind;
using Analysis::TopologyEdge;
using Analysis::TopologyNode;

constexpr int maximumDrawnEntries = 8;

bool isOutside(NodeKind kind)
{
    return kind == NodeKind::Internet || kind == NodeKind::Tailnet || kind == NodeKind::Loopback
           || kind == NodeKind::Lan || kind == NodeKind::ExternalProxy;
}

TopologyEdgeKind dependencyKind(const TopologyEdge &edge)
{
    const QString condition = edge.attributes.value(QLatin1String("condition")).toString();
    if (condition == QLatin1String("service_healthy"))
        return TopologyEdgeKind::DependsHealthy;
    if (condition == QLatin1String("service_completed_successfully"))
        return TopologyEdgeKind::DependsCompleted;
    return TopologyEdgeKind::DependsStarted;
}

QString routeLabel(const TopologyEdge &edge)
{
    QStringList parts;
    const QJsonArray hosts = edge.attributes.value(QLatin1String("hosts")).toArray();
    for (const QJsonValue &host : hosts)
        parts << host.toString();
    const QJsonArray paths = edge.attributes.value(QLatin1String("paths")).toArray();
    for (const QJsonValue &path : paths)
        parts << path.toString();
    return parts.join(QLatin1String(", "));
}

QString publishLabel(const TopologyEdge &edge)
{
    QStringList ports;
    const QJsonArray bindings = edge.attributes.value(QLatin1String("ports")).toArray();
    for (const QJsonValue &value : bindings) {
        const QJsonObject binding = value.toObject();
        QString port = binding.value(QLatin1String("published")).toVariant().toString();
        const QString protocol = binding.value(QLatin1String("protocol")).toString();
        if (protocol != QLatin1String("tcp"))
            port += QLatin1Char('/') + protocol;
        if (!ports.contains(port))
            ports << port;
    }
    return ports.join(QLatin1String(", "));
}

class DiagramAssembler
{
public:
    DiagramAssembler(const ComposeProject &project, const Analysis::TopologyReport &report)
        : m_project(project)
        , m_report(report)
    {}

    TopologyDiagram assemble(const QList<Analysis::PortConflict> &conflicts)
    {
        m_diagram.stackName = m_project.name;
        addZones();
        addNodes();
        addEdges();
        markClashes(conflicts);
        return std::move(m_diagram);
    }

private:
    void addZones()
    {
        for (const TopologyNode &node : m_report.graph.nodes()) {
            if (node.kind != NodeKind::Network)
                continue;
            m_zoneIndex.insert(node.label, int(m_diagram.zones.size()));
            m_diagram.zones.append({node.label, node.label, node.attributes.value(QLatin1String("internal")).toBool()});
        }
    }

    void addNodes()
    {
        QHash<QString, QStringList> networksOf;
        for (const TopologyEdge &edge : m_report.graph.edges(EdgeKind::NetworkMember)) {
            if (const TopologyNode *network = m_report.graph.node(edge.to))
                networksOf[edge.from] << network->label;
        }
        for (const TopologyNode &node : m_report.graph.nodes()) {
            if (node.kind != NodeKind::Service && !isOutside(node.kind))
                continue;
            TopologyDiagramNode item;
            item.id = node.kind == NodeKind::Service ? node.label : node.id;
            item.label = node.label;
            item.isService = node.kind == NodeKind::Service;
            item.tier = node.attributes.value(QLatin1String("tier")).toInt(-1);
            if (item.isService) {
                const ComposeService *service = m_project.service(node.label);
                item.kind = service ? ServiceKindClassifier::classify(*service) : ServiceKind::App;
                item.detail = node.attributes.value(QLatin1String("image")).toString();
                if (item.detail.isEmpty() && service && !service->buildContext.isEmpty())
                    item.detail = TopologyDiagramBuilder::tr("built locally");
                if (node.attributes.value(QLatin1String("disabled")).toBool())
                    item.remarks << TopologyDiagramBuilder::tr("Disabled by profiles, but others depend on it");
            } else {
                item.kind = ServiceKind::External;
            }
            item.networks = networksOf.value(node.id);
            if (item.networks.size() == 1)
                item.zone = m_zoneIndex.value(item.networks.constFirst(), -1);
            m_nodeIndex.insert(node.id, int(m_diagram.nodes.size()));
            m_diagram.nodes.append(item);
        }
    }

    void addEdges()
    {
        QSet<QPair<int, int>> dependencies;
        for (const TopologyEdge &edge : m_report.graph.edges()) {
            if (edge.kind == EdgeKind::DependsOn)
                dependencies.insert({m_nodeIndex.value(edge.from, -1), m_nodeIndex.value(edge.to, -1)});
            else if (edge.kind == EdgeKind::Publish || isFromOutside(edge))
                ++m_entryCount[edge.from];
        }
        for (const TopologyEdge &edge : m_report.graph.edges()) {
            const int from = m_nodeIndex.value(edge.from, -1);
            const int to = m_nodeIndex.value(edge.to, -1);
            if (from < 0 || to < 0)
                continue;
            switch (edge.kind) {
            case EdgeKind::DependsOn:
                m_diagram.edges.append({from, to, dependencyKind(edge), {}});
                break;
            case EdgeKind::Uses:
                // depends_on already draws this relation, and more precisely.
                if (!dependencies.contains({from, to}))
                    m_diagram.edges.append({from, to, TopologyEdgeKind::Uses, {}});
                break;
            case EdgeKind::SharesNetworkStack:
                m_diagram.edges.append({from, to, TopologyEdgeKind::Uses, TopologyDiagramBuilder::tr("network_mode")});
                break;
            case EdgeKind::ProxyRoute:
                if (isFromOutside(edge) && m_entryCount.value(edge.from) > maximumDrawnEntries)
                    collapseEntry(edge, from, to, routeLabel(edge));
                else
                    addOrExtendLabel(from, to, TopologyEdgeKind::ProxyRoute, routeLabel(edge));
                break;
            case EdgeKind::Publish:
                addEntry(edge, from, to);
                break;
            case EdgeKind::NetworkMember:
            case EdgeKind::VolumeMount:
                break;
            }
        }
    }

    // An outside node with lines to forty services (ManaCore publishes nearly everything) hides
    // the graph behind a fan of lines; past a handful, the badges and tooltips say it instead.
    void addEntry(const TopologyEdge &edge, int from, int to)
    {
        const TopologyNode *outside = m_report.graph.node(edge.from);
        const QString ports = publishLabel(edge);
        const bool internet = outside && outside->kind == NodeKind::Internet;
        if (internet)
            markPublic(to, ports);
        if (m_entryCount.value(edge.from) <= maximumDrawnEntries)
            addOrExtendLabel(from, to, TopologyEdgeKind::Entry, ports);
        else if (!internet)
            collapseEntry(edge, from, to, ports);
        else
            collapseEntry(edge, from, -1, ports);
    }

    // Instead of a line: the outside node counts what it reaches, the service says from where.
    // A proxy in another project that routes to 500 services would otherwise stretch one
    // labelled line across every rank of the layout.
    void collapseEntry(const TopologyEdge &edge, int from, int to, const QString &what)
    {
        TopologyDiagramNode &source = m_diagram.nodes[from];
        source.detail = TopologyDiagramBuilder::tr("reaches %n service(s)", nullptr, m_entryCount.value(edge.from));
        if (to >= 0) {
            m_diagram.nodes[to].remarks << TopologyDiagramBuilder::tr("Reached from %1: %2").arg(source.label, what);
        }
    }

    bool isFromOutside(const TopologyEdge &edge) const
    {
        const TopologyNode *node = m_report.graph.node(edge.from);
        return node && isOutside(node->kind);
    }

    // A proxy with several routers for one service gets one edge listing every domain.
    void addOrExtendLabel(int from, int to, TopologyEdgeKind kind, const QString &label)
    {
        for (TopologyDiagramEdge &edge : m_diagram.edges) {
            if (edge.from == from && edge.to == to && edge.kind == kind) {
                if (!label.isEmpty() && !edge.label.split(QLatin1String(", ")).contains(label))
                    edge.label += (edge.label.isEmpty() ? QString() : QStringLiteral(", ")) + label;
                return;
            }
        }
        m_diagram.edges.append({from, to, kind, label});
    }

    void markPublic(int node, const QString &ports)
    {
        TopologyDiagramNode &item = m_diagram.nodes[node];
        item.publiclyExposed = true;
        item.remarks << TopologyDiagramBuilder::tr("Published on every address (internet): %1").arg(ports);
    }

    void markClashes(const QList<Analysis::PortConflict> &conflicts)
    {
        for (const Analysis::PortConflict &conflict : conflicts) {
            QStringList names;
            for (const Analysis::PortConflictParty &party : conflict.parties) {
                const QString name = party.stack.isEmpty() || party.stack == m_project.name
                                         ? party.service
                                         : party.stack + QLatin1Char('/') + party.service;
                if (!names.contains(name))
                    names << name;
            }
            for (const Analysis::PortConflictParty &party : conflict.parties) {
                if (!party.stack.isEmpty() && party.stack != m_project.name)
                    continue;
                const int node = m_nodeIndex.value(TopologyNode::serviceId(party.service), -1);
                if (node < 0)
                    continue;
                TopologyDiagramNode &item = m_diagram.nodes[node];
                item.hasPortClash = true;
                const QString remark = TopologyDiagramBuilder::tr("Port %1/%2 clashes: %3")
                                           .arg(conflict.published)
                                           .arg(conflict.protocol, names.join(QLatin1String(", ")));
                if (!item.remarks.contains(remark))
                    item.remarks << remark;
            }
        }
    }

    const ComposeProject &m_project;
    const Analysis::TopologyReport &m_report;
    TopologyDiagram m_diagram;
    QHash<QString, int> m_zoneIndex;
    QHash<QString, int> m_nodeIndex;  // core node id → diagram index
    QHash<QString, int> m_entryCount; // outside node id → services it reaches
};

} // namespace

TopologyDiagram TopologyDiagramBuilder::build(const ComposeProject &project,
                                              const Analysis::TopologyReport &report,
                                              const QList<Analysis::PortConflict> &conflicts)
{
    return DiagramAssembler(project, report).assemble(conflicts);
}

TopologyDiagram TopologyDiagramBuilder::build(const ComposeProject &project)
{
    return build(project, Analysis::TopologyBuilder::build(project), Analysis::PortMatrix::build(project).conflicts);
}

} // namespace Leitstand
