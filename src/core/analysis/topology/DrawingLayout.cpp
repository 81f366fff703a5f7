#include "DrawingLayout.h"

#include <QJsonArray>

namespace Leitstand::Analysis::Internal {

namespace {

QString pairKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('\n') + to;
}

} // namespace

DrawingLayout::DrawingLayout(const TopologyGraph &graph)
{
    QHash<QString, QStringList> zonesOfService;
    for (const TopologyEdge &edge : graph.edges()) {
        if (edge.kind == EdgeKind::NetworkMember)
            zonesOfService[edge.from].append(edge.to);
        else if (edge.kind == EdgeKind::DependsOn)
            m_dependencyPairs.insert(pairKey(edge.from, edge.to));
    }
    for (const TopologyNode &node : graph.nodes()) {
        if (node.kind == NodeKind::Network) {
            m_zones.append(node.id);
            m_boxed.insert(node.id);
        }
    }
    for (const TopologyNode &node : graph.nodes()) {
        const QStringList zones = zonesOfService.value(node.id);
        if (node.kind == NodeKind::Service && zones.size() == 1) {
            m_members[zones.first()].append(node.id);
            m_homeZone.insert(node.id, zones.first());
            m_boxed.insert(node.id);
        }
    }
}

bool DrawingLayout::isImplied(const TopologyEdge &edge) const
{
    return edge.kind == EdgeKind::NetworkMember && m_homeZone.value(edge.from) == edge.to;
}

bool DrawingLayout::duplicatesDependency(const TopologyEdge &edge) const
{
    return edge.kind == EdgeKind::Uses && m_dependencyPairs.contains(pairKey(edge.from, edge.to));
}

bool DrawingLayout::isCycleEdge(const TopologyEdge &edge) const
{
    return edge.kind == EdgeKind::DependsOn && m_cyclePairs.contains(pairKey(edge.from, edge.to));
}

void DrawingLayout::setCycles(const QList<QStringList> &cycles)
{
    for (const QStringList &cycle : cycles) {
        for (qsizetype i = 0; i + 1 < cycle.size(); ++i)
            m_cyclePairs.insert(
                pairKey(TopologyNode::serviceId(cycle.at(i)), TopologyNode::serviceId(cycle.at(i + 1))));
    }
}

QStringList DrawingLayout::nodeLines(const TopologyNode &node)
{
    QStringList lines{node.label};
    const QJsonObject &attributes = node.attributes;
    switch (node.kind) {
    case NodeKind::Service:
        if (attributes.value(QStringLiteral("disabled")).toBool()) {
            lines.append(tr("disabled, profiles: %1")
                             .arg(attributes.value(QStringLiteral("profiles"))
                                      .toVariant()
                                      .toStringList()
                                      .join(QStringLiteral(", "))));
        } else if (const QString image = attributes.value(QStringLiteral("image")).toString(); !image.isEmpty()) {
            lines.append(image);
        }
        if (const int replicas = attributes.value(QStringLiteral("replicas")).toInt(1); replicas > 1)
            lines.append(QStringLiteral("× %1").arg(replicas));
        break;
    case NodeKind::Network:
        if (attributes.value(QStringLiteral("internal")).toBool())
            lines.append(tr("internal"));
        if (attributes.value(QStringLiteral("external")).toBool())
            lines.append(tr("external"));
        break;
    default:
        break;
    }
    return lines;
}

QString DrawingLayout::edgeCaption(const TopologyEdge &edge)
{
    const QJsonObject &attributes = edge.attributes;
    auto strings = [&](const char *key) {
        return attributes.value(QLatin1String(key)).toVariant().toStringList();
    };
    switch (edge.kind) {
    case EdgeKind::DependsOn: {
        QString condition = attributes.value(QStringLiteral("condition")).toString();
        if (condition == QLatin1String("service_started"))
            return {};
        return condition.remove(QStringLiteral("service_"));
    }
    case EdgeKind::ProxyRoute: {
        QString caption = (strings("hosts") + strings("paths")).join(QStringLiteral(" "));
        if (const QString port = attributes.value(QStringLiteral("port")).toString(); !port.isEmpty())
            caption += QStringLiteral(" → :") + port;
        return caption.trimmed();
    }
    case EdgeKind::Publish: {
        QStringList ports;
        for (const QJsonValue &port : attributes.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject binding = port.toObject();
            ports.append(QStringLiteral("%1/%2").arg(binding.value(QStringLiteral("published")).toString(),
                                                     binding.value(QStringLiteral("protocol")).toString()));
        }
        return ports.join(QStringLiteral(", "));
    }
    case EdgeKind::Uses:
        return tr("uses");
    case EdgeKind::SharesNetworkStack:
        return QStringLiteral("network_mode");
    case EdgeKind::NetworkMember:
    case EdgeKind::VolumeMount:
        break;
    }
    return {};
}

} // namespace Leitstand::Analysis::Internal
