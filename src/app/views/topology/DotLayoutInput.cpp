#include "DotLayoutInput.h"

#include "TieredLayout.h"
#include "TopologyLayout.h"

#include <QMap>
#include <QPair>

#include <QStringList>

#include <algorithm>

namespace Leitstand {

namespace {

constexpr double pointsPerInch = 72.0;

int indexAfterPrefix(const QString &name, QLatin1String prefix)
{
    if (!name.startsWith(prefix))
        return -1;
    bool isNumber = false;
    const int index = QStringView(name).mid(prefix.size()).toInt(&isNumber);
    return isNumber && index >= 0 ? index : -1;
}

// Domains and labels come from compose files; DOT strings only need quotes and backslashes escaped.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString edgeAttributes(const TopologyDiagramEdge &edge, int index)
{
    QStringList attributes{QStringLiteral("id=%1").arg(quoted(DotLayoutInput::edgeName(index)))};
    // Inferred uses and entries from outside do not say anything about start-up order, so they
    // must not stretch the ranks that depends_on defines.
    if (edge.kind == TopologyEdgeKind::Uses)
        attributes << QStringLiteral("constraint=false");
    if (!edge.label.isEmpty())
        attributes << QStringLiteral("label=%1").arg(quoted(edge.label));
    return attributes.join(QLatin1String(", "));
}

bool isDependency(TopologyEdgeKind kind)
{
    return kind == TopologyEdgeKind::DependsHealthy || kind == TopologyEdgeKind::DependsStarted
           || kind == TopologyEdgeKind::DependsCompleted;
}

// dot puts every service of a rank side by side; forty apps without dependents (ManaCore's
// first tier) make a graph forty boxes wide. Invisible edges stack such services into a block
// of rows, as TieredLayout does. Only services nobody depends on are stacked, so that no
// dependency is pushed out of its order.
QString wrapEdges(const TopologyDiagram &diagram)
{
    QList<bool> hasDependents(diagram.nodes.size(), false);
    for (const TopologyDiagramEdge &edge : diagram.edges) {
        if (isDependency(edge.kind) && edge.to >= 0 && edge.to < hasDependents.size())
            hasDependents[edge.to] = true;
    }
    QMap<QPair<int, int>, QList<int>> groups; // (tier, zone) → nodes, in diagram order
    for (int i = 0; i < diagram.nodes.size(); ++i) {
        const TopologyDiagramNode &node = diagram.nodes.at(i);
        if (node.tier >= 0 && !hasDependents.at(i))
            groups[{node.tier, node.zone}] << i;
    }
    QString dot;
    for (QList<int> members : std::as_const(groups)) {
        const int columns = TieredLayout::columnsForRow(int(members.size()));
        if (columns >= members.size())
            continue;
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            return diagram.nodes.at(a).label < diagram.nodes.at(b).label;
        });
        for (qsizetype i = 0; i + columns < members.size(); ++i) {
            dot += QStringLiteral("  %1 -> %2 [style=invis];\n")
                       .arg(DotLayoutInput::nodeName(members.at(i)), DotLayoutInput::nodeName(members.at(i + columns)));
        }
    }
    return dot;
}

} // namespace

bool DotLayoutInput::prefersLeftToRight(const TopologyDiagram &diagram)
{
    QMap<int, int> nodesPerTier;
    for (const TopologyDiagramNode &node : diagram.nodes) {
        if (node.tier >= 0)
            ++nodesPerTier[node.tier];
    }
    int widest = 0;
    for (int count : std::as_const(nodesPerTier))
        widest = std::max(widest, count);
    // A few tiers of many services each (a home lab's apps on a shared database) would be a
    // ribbon many screens wide from top to bottom; from left to right it is about square.
    return widest > 8 && widest > 3 * nodesPerTier.size();
}

QByteArray DotLayoutInput::write(const TopologyDiagram &diagram)
{
    const QSizeF size = TopologyLayout::nodeSize;
    QString dot;
    dot += QStringLiteral("digraph topology {\n");
    // newrank: rank the whole graph at once. Without it dot ranks each cluster (network zone) on
    // its own, and a depends_on chain that crosses zones collapses into one row per zone.
    dot += QStringLiteral(
               "  graph [newrank=true, rankdir=%1, nodesep=0.35, ranksep=0.55, fontsize=10, fontname=\"Helvetica\"];\n")
               .arg(prefersLeftToRight(diagram) ? QLatin1String("LR") : QLatin1String("TB"));
    dot += QStringLiteral("  node [shape=box, fixedsize=true, label=\"\", width=%1, height=%2];\n")
               .arg(size.width() / pointsPerInch, 0, 'f', 4)
               .arg(size.height() / pointsPerInch, 0, 'f', 4);
    dot += QStringLiteral("  edge [fontsize=10, fontname=\"Helvetica\"];\n");

    QList<QStringList> zoneMembers(diagram.zones.size());
    QStringList looseNodes;
    for (int i = 0; i < diagram.nodes.size(); ++i) {
        const int zone = diagram.nodes.at(i).zone;
        if (zone >= 0 && zone < zoneMembers.size())
            zoneMembers[zone] << nodeName(i);
        else
            looseNodes << nodeName(i);
    }
    for (int zone = 0; zone < zoneMembers.size(); ++zone) {
        if (zoneMembers.at(zone).isEmpty())
            continue;
        // The zone's title is drawn by Qt; a label here only reserves its room at the top.
        dot += QStringLiteral("  subgraph %1 {\n    label=%2; margin=14;\n    %3;\n  }\n")
                   .arg(quoted(zoneName(zone)),
                        quoted(diagram.zones.at(zone).label),
                        zoneMembers.at(zone).join(QLatin1String("; ")));
    }
    for (const QString &node : std::as_const(looseNodes))
        dot += QStringLiteral("  %1;\n").arg(node);
    for (int i = 0; i < diagram.edges.size(); ++i) {
        const TopologyDiagramEdge &edge = diagram.edges.at(i);
        if (edge.from < 0 || edge.from >= diagram.nodes.size() || edge.to < 0 || edge.to >= diagram.nodes.size())
            continue;
        dot += QStringLiteral("  %1 -> %2 [%3];\n")
                   .arg(nodeName(edge.from), nodeName(edge.to), edgeAttributes(edge, i));
    }
    dot += wrapEdges(diagram);
    dot += QStringLiteral("}\n");
    return dot.toUtf8();
}

QString DotLayoutInput::nodeName(int index)
{
    return QStringLiteral("n%1").arg(index);
}

QString DotLayoutInput::zoneName(int index)
{
    return QStringLiteral("cluster_z%1").arg(index);
}

QString DotLayoutInput::edgeName(int index)
{
    return QStringLiteral("e%1").arg(index);
}

int DotLayoutInput::nodeIndex(const QString &name)
{
    return indexAfterPrefix(name, QLatin1String("n"));
}

int DotLayoutInput::zoneIndex(const QString &name)
{
    return indexAfterPrefix(name, QLatin1String("cluster_z"));
}

int DotLayoutInput::edgeIndex(const QString &name)
{
    return indexAfterPrefix(name, QLatin1String("e"));
}

} // namespace Leitstand
