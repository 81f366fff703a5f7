#include "TopologyMermaidWriter.h"

#include "DrawingLayout.h"

#include <QHash>

namespace Leitstand::Analysis {

namespace {

using Internal::DrawingLayout;

// Mermaid labels are quoted; quotes and angle brackets become entity codes, lines <br/>.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("#quot;"))
        .replace(QLatin1Char('<'), QStringLiteral("#lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("#gt;"))
        .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString shaped(const TopologyNode &node, const QString &id)
{
    const QString label = quoted(DrawingLayout::nodeLines(node).join(QLatin1Char('\n')));
    switch (node.kind) {
    case NodeKind::Service:
        if (node.attributes.value(QStringLiteral("disabled")).toBool())
            return id + QLatin1Char('[') + label + QStringLiteral("]:::disabled");
        return id + QLatin1Char('[') + label + QLatin1Char(']');
    case NodeKind::Network:
        return id + QStringLiteral("{{") + label + QStringLiteral("}}");
    case NodeKind::Volume:
        return id + QStringLiteral("[(") + label + QStringLiteral(")]");
    case NodeKind::ExternalProxy:
        return id + QStringLiteral("[[") + label + QStringLiteral("]]");
    case NodeKind::Internet:
    case NodeKind::Tailnet:
    case NodeKind::Loopback:
    case NodeKind::Lan:
        return id + QStringLiteral("((") + label + QStringLiteral("))");
    }
    return id;
}

QString arrow(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::ProxyRoute:
        return QStringLiteral("==>");
    case EdgeKind::Uses:
        return QStringLiteral("-.->");
    case EdgeKind::NetworkMember:
    case EdgeKind::VolumeMount:
        return QStringLiteral("-.-");
    case EdgeKind::DependsOn:
    case EdgeKind::Publish:
    case EdgeKind::SharesNetworkStack:
        return QStringLiteral("-->");
    }
    return QStringLiteral("-->");
}

} // namespace

QByteArray TopologyMermaidWriter::write(const TopologyReport &report)
{
    const TopologyGraph &graph = report.graph;
    DrawingLayout layout(graph);
    QHash<QString, QString> ids; // node id -> n0, n1, ...: Mermaid ids allow no ":"
    for (const TopologyNode &node : graph.nodes())
        ids.insert(node.id, QStringLiteral("n%1").arg(ids.size()));

    QString text = QStringLiteral("flowchart LR\n");
    const QStringList zones = layout.zones();
    for (qsizetype zone = 0; zone < zones.size(); ++zone) {
        const TopologyNode *network = graph.node(zones.at(zone));
        text += QStringLiteral("  subgraph z%1[%2]\n").arg(zone).arg(quoted(network->label));
        text += QStringLiteral("    ") + shaped(*network, ids.value(network->id)) + QLatin1Char('\n');
        for (const QString &member : layout.members(zones.at(zone)))
            text += QStringLiteral("    ") + shaped(*graph.node(member), ids.value(member)) + QLatin1Char('\n');
        text += QStringLiteral("  end\n");
    }
    for (const TopologyNode &node : graph.nodes()) {
        if (!layout.isBoxed(node.id))
            text += QStringLiteral("  ") + shaped(node, ids.value(node.id)) + QLatin1Char('\n');
    }
    for (const TopologyEdge &edge : graph.edges()) {
        if (layout.isImplied(edge) || layout.duplicatesDependency(edge))
            continue;
        const QString caption = DrawingLayout::edgeCaption(edge);
        text += QStringLiteral("  %1 %2%3 %4\n")
                    .arg(ids.value(edge.from),
                         arrow(edge.kind),
                         caption.isEmpty() ? QString() : QLatin1Char('|') + quoted(caption) + QLatin1Char('|'),
                         ids.value(edge.to));
    }
    text += QStringLiteral("  classDef disabled stroke-dasharray: 5 5,color:#888888\n");
    return text.toUtf8();
}

} // namespace Leitstand::Analysis
