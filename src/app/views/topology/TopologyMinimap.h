#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace Leitstand {

class TopologyGraphicsView;

// A small overview of the whole scene for stacks too large to see at once: the scene shrunk
// to fit, with a rectangle for what the main view shows. Clicking or dragging in it moves
// the main view there.
class TopologyMinimap final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyMinimap(TopologyGraphicsView *mainView, QWidget *parent = nullptr);

    // The part of the scene the main view shows, in scene coordinates.
    QRectF viewportRect() const;
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void centerMainViewAt(const QPoint &position);

    QPointer<TopologyGraphicsView> m_mainView;
};

} // namespace Leitstand
