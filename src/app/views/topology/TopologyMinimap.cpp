#include "TopologyMinimap.h"

#include "TopologyGraphicsView.h"

#include <QMouseEvent>
#include <QPainter>

namespace Leitstand {

TopologyMinimap::TopologyMinimap(TopologyGraphicsView *mainView, QWidget *parent)
    : QGraphicsView(mainView ? mainView->scene() : nullptr, parent)
    , m_mainView(mainView)
{
    setObjectName(QStringLiteral("topologyMinimapView"));
    setFixedSize(220, 160);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setFrameShape(QFrame::StyledPanel);
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    if (mainView)
        connect(mainView, &TopologyGraphicsView::viewportMoved, viewport(), qOverload<>(&QWidget::update));
}

QRectF TopologyMinimap::viewportRect() const
{
    if (!m_mainView)
        return {};
    return m_mainView->mapToScene(m_mainView->viewport()->rect()).boundingRect();
}

void TopologyMinimap::refit()
{
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void TopologyMinimap::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    const QRectF shown = viewportRect().intersected(sceneRect());
    if (shown.isEmpty())
        return;
    QColor highlight = palette().color(QPalette::Highlight);
    QPen pen(highlight, 0); // cosmetic: one pixel whatever the minimap's scale
    pen.setWidth(2);
    pen.setCosmetic(true);
    highlight.setAlpha(40);
    painter->setPen(pen);
    painter->setBrush(highlight);
    painter->drawRect(shown);
}

void TopologyMinimap::mousePressEvent(QMouseEvent *event)
{
    centerMainViewAt(event->position().toPoint());
    event->accept();
}

void TopologyMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centerMainViewAt(event->position().toPoint());
    event->accept();
}

void TopologyMinimap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void TopologyMinimap::wheelEvent(QWheelEvent *event)
{
    event->accept(); // the overview always shows the whole scene
}

void TopologyMinimap::centerMainViewAt(const QPoint &position)
{
    if (m_mainView)
        m_mainView->centerOn(mapToScene(position));
}

} // namespace Leitstand
