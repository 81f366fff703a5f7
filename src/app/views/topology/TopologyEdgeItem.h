#pragma once

#include "TopologyDiagram.h"
#include "TopologyLayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>

namespace Leitstand {

// One relation between two nodes, styled by what it means: depends_on by condition (healthy
// solid, started dashed, completed_successfully dotted), inferred uses thin and grey, proxy
// routes and entries from outside in their own colour, with the route's domains as label.
class TopologyEdgeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyEdgeItem)

public:
    enum { Type = UserType + 2 };

    TopologyEdgeItem(int edgeIndex, const TopologyDiagramEdge &edge, const TopologyEdgeRoute &route);

    int type() const override { return Type; }
    int edgeIndex() const { return m_edgeIndex; }
    const TopologyDiagramEdge &edge() const { return m_edge; }
    Qt::PenStyle penStyle() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QString describe(TopologyEdgeKind kind);

private:
    QPolygonF arrowHead() const;
    QRectF labelRect() const;

    int m_edgeIndex;
    TopologyDiagramEdge m_edge;
    TopologyEdgeRoute m_route;
    QPainterPath m_path;
    QRectF m_bounds;
};

} // namespace Leitstand
