#include "TopologyDotWriter.h"

#include "DrawingLayout.h"

namespace Leitstand::Analysis {

namespace {

using Internal::DrawingLayout;

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString nodeStyle(const TopologyNode &node)
{
    switch (node.kind) {
    case NodeKind::Service:
        if (node.attributes.value(QStringLiteral("disabled")).toBool())
            return QStringLiteral("shape=box, style=\"rounded,dashed\", color=\"#888888\", fontcolor=\"#888888\"");
        return QStringLiteral("shape=box, style=\"rounded,filled\", fillcolor=\"#e8f0fe\"");
    case NodeKind::Network:
        return QStringLiteral("shape=tab, style=filled, fillcolor=\"#f4f6f8\"");
    case NodeKind::Volume:
        return QStringLiteral("shape=cylinder, style=filled, fillcolor=\"#fff4e0\"");
    case NodeKind::Internet:
        return QStringLiteral("shape=ellipse, style=filled, fillcolor=\"#fde2e2\"");
    case NodeKind::Tailnet:
        return QStringLiteral("shape=ellipse, style=filled, fillcolor=\"#e2f0e6\"");
    case NodeKind::Loopback:
        return QStringLiteral("shape=ellipse, style=filled, fillcolor=\"#eeeeee\"");
    case NodeKind::Lan:
        return QStringLiteral("shape=ellipse, style=filled, fillcolor=\"#e6e6fa\"");
    case NodeKind::ExternalProxy:
        return QStringLiteral("shape=component, style=filled, fillcolor=\"#dbe9f6\"");
    }
    return {};
}

QString edgeStyle(const TopologyEdge &edge, const DrawingLayout &layout)
{
    switch (edge.kind) {
    case EdgeKind::DependsOn:
        return layout.isCycleEdge(edge) ? QStringLiteral("color=\"#c0392b\", penwidth=2")
                                        : QStringLiteral("color=\"#333333\"");
    case EdgeKind::NetworkMember:
        return QStringLiteral("style=dotted, arrowhead=none, color=\"#4a6fa5\"");
    case EdgeKind::VolumeMount:
        return QStringLiteral("style=dotted, arrowhead=none, color=\"#b7791f\"");
    case EdgeKind::Publish:
        return QStringLiteral("color=\"#c0392b\"");
    case EdgeKind::ProxyRoute:
        return QStringLiteral("color=\"#1f77b4\", penwidth=2");
    case EdgeKind::Uses:
        return QStringLiteral("style=dashed, color=\"#7a7a7a\"");
    case EdgeKind::SharesNetworkStack:
        return QStringLiteral("style=bold, color=\"#6b4fa5\"");
    }
    return {};
}

QString nodeStatement(const TopologyNode &node)
{
    return QStringLiteral("%1 [label=%2, %3];\n")
        .arg(quoted(node.id), quoted(DrawingLayout::nodeLines(node).join(QLatin1Char('\n'))), nodeStyle(node));
}

} // namespace

QByteArray TopologyDotWriter::write(const TopologyReport &report)
{
    const TopologyGraph &graph = report.graph;
    DrawingLayout layout(graph);
    layout.setCycles(report.order.cycles);

    QString dot = QStringLiteral("digraph %1 {\n").arg(quoted(report.project));
    dot += QStringLiteral("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, compound=true];\n"
                          "  node [fontname=\"Helvetica\", fontsize=10];\n"
                          "  edge [fontname=\"Helvetica\", fontsize=9];\n");
    const QStringList zones = layout.zones();
    for (qsizetype zone = 0; zone < zones.size(); ++zone) {
        const TopologyNode *network = graph.node(zones.at(zone));
        const bool internal = network->attributes.value(QStringLiteral("internal")).toBool();
        dot += QStringLiteral("  subgraph \"cluster_%1\" {\n    label=%2;\n    style=%3;\n    color=\"#4a6fa5\";\n")
                   .arg(zone)
                   .arg(quoted(network->label),
                        internal ? QStringLiteral("\"rounded,dashed\"") : QStringLiteral("rounded"));
        dot += QStringLiteral("    ") + nodeStatement(*network);
        for (const QString &member : layout.members(zones.at(zone)))
            dot += QStringLiteral("    ") + nodeStatement(*graph.node(member));
        dot += QStringLiteral("  }\n");
    }
    for (const TopologyNode &node : graph.nodes()) {
        if (!layout.isBoxed(node.id))
            dot += QStringLiteral("  ") + nodeStatement(node);
    }
    for (const TopologyEdge &edge : graph.edges()) {
        if (layout.isImplied(edge) || layout.duplicatesDependency(edge))
            continue;
        QString attributes = edgeStyle(edge, layout);
        if (const QString caption = DrawingLayout::edgeCaption(edge); !caption.isEmpty())
            attributes += QStringLiteral(", label=") + quoted(caption);
        dot += QStringLiteral("  %1 -> %2 [%3];\n").arg(quoted(edge.from), quoted(edge.to), attributes);
    }
    dot += QStringLiteral("}\n");
    return dot.toUtf8();
}

} // namespace Leitstand::Analysis
