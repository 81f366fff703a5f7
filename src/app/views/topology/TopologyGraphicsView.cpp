#include "TopologyGraphicsView.h"

#include "TopologyNodeItem.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Leitstand {

namespace {

constexpr double zoomStep = 1.2;
constexpr double minimumZoom = 0.02;
constexpr double maximumZoom = 4.0;
constexpr int clickTolerance = 4; // pixels a press may move and still count as a click
constexpr int overlayMargin = 10;

} // namespace

TopologyGraphicsView::TopologyGraphicsView(QWidget *parent)
    : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // Items are opaque about their own bounds; only the exposed part is repainted when panning.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setCacheMode(QGraphicsView::CacheBackground);
    setFrameShape(QFrame::NoFrame);
}

void TopologyGraphicsView::zoomIn()
{
    zoomBy(zoomStep);
}

void TopologyGraphicsView::zoomOut()
{
    zoomBy(1.0 / zoomStep);
}

void TopologyGraphicsView::zoomBy(double factor)
{
    const double current = zoomLevel();
    const double target = std::clamp(current * factor, minimumZoom, maximumZoom);
    if (current <= 0 || std::abs(target - current) < 1e-9)
        return;
    scale(target / current, target / current);
    Q_EMIT viewportMoved();
}

void TopologyGraphicsView::fitToRect(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // A small stack fitted into a big window would be blown up past its natural size.
    if (zoomLevel() > 1.0)
        setTransform(QTransform());
    centerOn(rect.center());
    Q_EMIT viewportMoved();
}

double TopologyGraphicsView::zoomLevel() const
{
    return transform().m11();
}

void TopologyGraphicsView::setOverlay(QWidget *overlay)
{
    m_overlay = overlay;
    if (overlay) {
        overlay->setParent(this);
        placeOverlay();
    }
}

void TopologyGraphicsView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomBy(std::pow(zoomStep, steps));
    event->accept();
}

void TopologyGraphicsView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TopologyGraphicsView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if ((event->position().toPoint() - m_pressPosition).manhattanLength() > clickTolerance)
        return; // that was a pan
    const QString node = nodeAt(event->position().toPoint());
    if (node.isEmpty())
        Q_EMIT backgroundClicked();
    else
        Q_EMIT nodeClicked(node);
}

void TopologyGraphicsView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString node = nodeAt(event->position().toPoint());
    if (node.isEmpty()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    Q_EMIT nodeDoubleClicked(node);
    event->accept();
}

void TopologyGraphicsView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlay();
    Q_EMIT viewportMoved();
}

void TopologyGraphicsView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportMoved();
}

QString TopologyGraphicsView::nodeAt(const QPoint &viewPosition) const
{
    const QList<QGraphicsItem *> hits = items(viewPosition);
    for (QGraphicsItem *item : hits) {
        const auto *node = qgraphicsitem_cast<TopologyNodeItem *>(item);
        if (node && node->isVisible())
            return node->nodeId();
    }
    return {};
}

void TopologyGraphicsView::placeOverlay()
{
    if (!m_overlay)
        return;
    const QRect area = viewport()->geometry();
    m_overlay->move(area.right() - m_overlay->width() - overlayMargin,
                    area.bottom() - m_overlay->height() - overlayMargin);
    m_overlay->raise();
}

} // namespace Leitstand
