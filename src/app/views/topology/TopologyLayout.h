#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Leitstand {

// Where one edge runs: a cubic B-spline as Graphviz writes it (1 + 3n points), or two points
// for a straight line, and where its arrow ends and its label sits.
struct TopologyEdgeRoute
{
    QList<QPointF> points;
    std::optional<QPointF> arrowTip;
    std::optional<QPointF> labelCenter;
};

// Positions for every node, zone and edge of a diagram, in scene coordinates (y down), indexed
// like the diagram's lists. Made by Graphviz or, when that fails, by the tiered fallback.
struct TopologyLayout
{
    enum class Source { Graphviz, Tiered };

    static constexpr QSizeF nodeSize{176.0, 52.0};

    Source source = Source::Tiered;
    QRectF bounds;
    QList<QPointF> nodeCenters;
    QList<QRectF> zoneRects; // empty rect: the zone has no node of its own
    QList<TopologyEdgeRoute> edgeRoutes;
};

} // namespace Leitstand
