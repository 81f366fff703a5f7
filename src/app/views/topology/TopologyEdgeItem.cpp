#include "TopologyEdgeItem.h"

#include "TopologyPalette.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Leitstand {

namespace {

constexpr double arrowLength = 9.0;
constexpr double arrowHalfWidth = 4.0;

QPainterPath pathThrough(const TopologyEdgeRoute &route)
{
    QPainterPath path;
    if (route.points.isEmpty())
        return path;
    path.moveTo(route.points.constFirst());
    if (route.points.size() == 2) {
        path.lineTo(route.points.at(1));
    } else {
        for (qsizetype i = 1; i + 2 < route.points.size(); i += 3)
            path.cubicTo(route.points.at(i), route.points.at(i + 1), route.points.at(i + 2));
    }
    // Graphviz ends the spline where the arrowhead starts; the head covers the rest.
    return path;
}

QFont labelFont(QFont font)
{
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    return font;
}

} // namespace

TopologyEdgeItem::TopologyEdgeItem(int edgeIndex, const TopologyDiagramEdge &edge, const TopologyEdgeRoute &route)
    : m_edgeIndex(edgeIndex)
    , m_edge(edge)
    , m_route(route)
    , m_path(pathThrough(route))
{
    m_bounds = m_path.boundingRect().adjusted(-arrowLength, -arrowLength, arrowLength, arrowLength);
    if (m_route.arrowTip)
        m_bounds = m_bounds.united(
            QRectF(*m_route.arrowTip, QSizeF(1, 1)).adjusted(-arrowLength, -arrowLength, arrowLength, arrowLength));
    if (!m_edge.label.isEmpty() && m_route.labelCenter)
        m_bounds = m_bounds.united(labelRect());
    setZValue(1);
    QString tip = describe(edge.kind);
    if (!edge.label.isEmpty())
        tip += QStringLiteral(": ") + edge.label;
    setToolTip(tip);
}

Qt::PenStyle TopologyEdgeItem::penStyle() const
{
    switch (m_edge.kind) {
    case TopologyEdgeKind::DependsStarted:
        return Qt::DashLine;
    case TopologyEdgeKind::DependsCompleted:
        return Qt::DotLine;
    case TopologyEdgeKind::Uses:
        return Qt::DashDotLine;
    case TopologyEdgeKind::DependsHealthy:
    case TopologyEdgeKind::ProxyRoute:
    case TopologyEdgeKind::Entry:
        break;
    }
    return Qt::SolidLine;
}

QRectF TopologyEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath TopologyEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(m_path);
}

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    if (m_path.isEmpty())
        return;
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor color = TopologyPalette::edgeColor(m_edge.kind, palette);
    const bool thin = m_edge.kind == TopologyEdgeKind::Uses || m_edge.kind == TopologyEdgeKind::Entry;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, thin ? 1.0 : 1.6, penStyle(), Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (m_route.arrowTip)
        painter->drawLine(m_path.currentPosition(), *m_route.arrowTip);

    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrowHead());

    if (m_edge.label.isEmpty() || !m_route.labelCenter
        || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.4)
        return;
    const QRectF box = labelRect();
    painter->setBrush(TopologyPalette::mix(palette.color(QPalette::Base), color, 0.12));
    painter->setPen(QPen(color, 0.8));
    painter->drawRoundedRect(box, 4, 4);
    painter->setFont(labelFont(painter->font()));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, m_edge.label);
}

QString TopologyEdgeItem::describe(TopologyEdgeKind kind)
{
    switch (kind) {
    case TopologyEdgeKind::DependsHealthy:
        return tr("Waits until healthy (depends_on: service_healthy)");
    case TopologyEdgeKind::DependsStarted:
        return tr("Waits until started (depends_on: service_started)");
    case TopologyEdgeKind::DependsCompleted:
        return tr("Waits until completed (depends_on: service_completed_successfully)");
    case TopologyEdgeKind::Uses:
        return tr("Uses (inferred from the environment)");
    case TopologyEdgeKind::ProxyRoute:
        return tr("Proxy route");
    case TopologyEdgeKind::Entry:
        return tr("Reachable from outside");
    }
    return {};
}

QPolygonF TopologyEdgeItem::arrowHead() const
{
    QPointF tip = m_path.currentPosition();
    QPointF from = m_path.pointAtPercent(0.97);
    if (m_route.arrowTip) {
        from = tip;
        tip = *m_route.arrowTip;
    }
    QLineF direction(tip, from);
    if (direction.length() < 0.01)
        direction = QLineF(tip, m_path.pointAtPercent(0.9));
    if (direction.length() < 0.01)
        return {};
    direction.setLength(arrowLength);
    const QPointF back = direction.p2();
    QLineF normal = direction.normalVector();
    normal.setLength(arrowHalfWidth);
    const QPointF offset = normal.p2() - normal.p1();
    return QPolygonF{tip, back + offset, back - offset};
}

QRectF TopologyEdgeItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont(QFont()));
    const QSizeF size(metrics.horizontalAdvance(m_edge.label) + 10, metrics.height() + 4);
    QRectF box(QPointF(), size);
    box.moveCenter(m_route.labelCenter.value_or(QPointF()));
    return box;
}

} // namespace Leitstand
