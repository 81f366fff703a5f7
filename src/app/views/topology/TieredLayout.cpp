#include "TieredLayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Leitstand {

namespace {

constexpr double columnGap = 28.0;
constexpr double rowGap = 56.0;
constexpr double subRowGap = 24.0;
constexpr double zoneGap = 48.0;
constexpr double zonePadding = 14.0;
constexpr double zoneTitleHeight = 22.0;
constexpr double margin = 16.0;

// Nodes without a known tier (outside world, services caught in a cycle) go in the top row:
// what enters from outside sits above what it reaches, and a cycle is hard to miss up there.
QList<int> rowsByNode(const TopologyDiagram &diagram, int &rowCount)
{
    int highestTier = -1;
    for (const TopologyDiagramNode &node : diagram.nodes)
        highestTier = std::max(highestTier, node.tier);
    const bool hasUntiered
        = std::any_of(diagram.nodes.cbegin(), diagram.nodes.cend(), [](const auto &node) { return node.tier < 0; });
    const int top = hasUntiered ? 1 : 0;
    rowCount = highestTier + 1 + top;
    QList<int> rows;
    rows.reserve(diagram.nodes.size());
    for (const TopologyDiagramNode &node : diagram.nodes)
        rows << (node.tier < 0 ? 0 : top + highestTier - node.tier);
    return rows;
}

} // namespace

TopologyLayout TieredLayout::compute(const TopologyDiagram &diagram)
{
    const QSizeF nodeSize = TopologyLayout::nodeSize;
    int rowCount = 0;
    const QList<int> rows = rowsByNode(diagram, rowCount);

    // Column groups: one per zone in diagram order, then the nodes that belong to no zone.
    const int groupCount = int(diagram.zones.size()) + 1;
    auto groupOf = [&](int node) {
        const int zone = diagram.nodes.at(node).zone;
        return zone >= 0 && zone < diagram.zones.size() ? zone : groupCount - 1;
    };
    QList<int> order(diagram.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return diagram.nodes.at(a).label < diagram.nodes.at(b).label;
    });
    // A tier with many services in one group wraps into a block of sub-rows instead of one
    // endless row: ManaCore has forty apps in its first tier.
    QHash<qint64, int> cellCount; // (group, row) → nodes in it
    auto cellOf = [&](int node) {
        return qint64(groupOf(node)) * (rowCount + 1) + rows.at(node);
    };
    for (int node = 0; node < diagram.nodes.size(); ++node)
        ++cellCount[cellOf(node)];
    QList<int> column(diagram.nodes.size(), 0);
    QList<int> subRow(diagram.nodes.size(), 0);
    QList<int> groupWidth(groupCount, 0);
    QList<int> subRowsOfRow(rowCount, 1);
    QHash<qint64, int> usedInCell;
    for (int node : std::as_const(order)) {
        const qint64 cell = cellOf(node);
        const int columns = columnsForRow(cellCount.value(cell));
        const int placed = usedInCell.value(cell, 0);
        usedInCell[cell] = placed + 1;
        column[node] = placed % columns;
        subRow[node] = placed / columns;
        groupWidth[groupOf(node)] = std::max(groupWidth.at(groupOf(node)), column.at(node) + 1);
        subRowsOfRow[rows.at(node)] = std::max(subRowsOfRow.at(rows.at(node)), subRow.at(node) + 1);
    }

    QList<double> groupLeft(groupCount, 0.0);
    double x = margin;
    for (int group = 0; group < groupCount; ++group) {
        if (groupWidth.at(group) == 0)
            continue;
        const bool isZone = group < groupCount - 1;
        groupLeft[group] = x + (isZone ? zonePadding : 0.0);
        x = groupLeft.at(group) + groupWidth.at(group) * (nodeSize.width() + columnGap) - columnGap
            + (isZone ? zonePadding : 0.0) + zoneGap;
    }
    QList<double> rowTop(rowCount, margin + zoneTitleHeight);
    for (int row = 1; row < rowCount; ++row) {
        const int subRows = subRowsOfRow.at(row - 1);
        rowTop[row] = rowTop.at(row - 1) + subRows * (nodeSize.height() + subRowGap) - subRowGap + rowGap;
    }

    TopologyLayout layout;
    layout.source = TopologyLayout::Source::Tiered;
    layout.nodeCenters.resize(diagram.nodes.size());
    for (int node = 0; node < diagram.nodes.size(); ++node) {
        const double left = groupLeft.at(groupOf(node)) + column.at(node) * (nodeSize.width() + columnGap);
        const double top = rowTop.at(rows.at(node)) + subRow.at(node) * (nodeSize.height() + subRowGap);
        layout.nodeCenters[node] = QPointF(left + nodeSize.width() / 2, top + nodeSize.height() / 2);
    }

    layout.zoneRects.resize(diagram.zones.size());
    for (int node = 0; node < diagram.nodes.size(); ++node) {
        const int zone = diagram.nodes.at(node).zone;
        if (zone < 0 || zone >= diagram.zones.size())
            continue;
        QRectF box(QPointF(), nodeSize);
        box.moveCenter(layout.nodeCenters.at(node));
        box.adjust(-zonePadding, -zonePadding - zoneTitleHeight, zonePadding, zonePadding);
        layout.zoneRects[zone] = layout.zoneRects.at(zone).isNull() ? box : layout.zoneRects.at(zone).united(box);
    }

    layout.edgeRoutes.resize(diagram.edges.size());
    for (int i = 0; i < diagram.edges.size(); ++i) {
        const TopologyDiagramEdge &edge = diagram.edges.at(i);
        if (edge.from < 0 || edge.from >= diagram.nodes.size() || edge.to < 0 || edge.to >= diagram.nodes.size())
            continue;
        const QPointF from = layout.nodeCenters.at(edge.from);
        const QPointF to = layout.nodeCenters.at(edge.to);
        const QPointF start = borderPoint(from, to);
        const QPointF end = borderPoint(to, from);
        const QPointF bend(0.0, (end.y() - start.y()) / 2.0);
        TopologyEdgeRoute &route = layout.edgeRoutes[i];
        route.points = {start, start + bend, end - bend, end};
        route.arrowTip = end;
        if (!edge.label.isEmpty())
            route.labelCenter = (start + end) / 2.0;
    }

    QRectF bounds;
    for (const QPointF &center : std::as_const(layout.nodeCenters)) {
        QRectF box(QPointF(), nodeSize);
        box.moveCenter(center);
        bounds = bounds.isNull() ? box : bounds.united(box);
    }
    for (const QRectF &zone : std::as_const(layout.zoneRects)) {
        if (!zone.isNull())
            bounds = bounds.united(zone);
    }
    layout.bounds = bounds.adjusted(-margin, -margin, margin, margin);
    return layout;
}

int TieredLayout::columnsForRow(int nodeCount)
{
    constexpr int unwrapped = 6;
    if (nodeCount <= unwrapped)
        return std::max(nodeCount, 1);
    // About twice as wide as tall, like the screens the graph is looked at on.
    return std::max(unwrapped, int(std::ceil(std::sqrt(2.0 * nodeCount))));
}

QPointF TieredLayout::borderPoint(const QPointF &center, const QPointF &target)
{
    const QPointF delta = target - center;
    if (delta.isNull())
        return center;
    const double halfWidth = TopologyLayout::nodeSize.width() / 2.0;
    const double halfHeight = TopologyLayout::nodeSize.height() / 2.0;
    // Scale the direction until it touches the nearer of the vertical or horizontal sides.
    const double scaleX = delta.x() != 0.0 ? halfWidth / std::abs(delta.x()) : std::numeric_limits<double>::infinity();
    const double scaleY = delta.y() != 0.0 ? halfHeight / std::abs(delta.y()) : std::numeric_limits<double>::infinity();
    return center + delta * std::min(scaleX, scaleY);
}

} // namespace Leitstand
