#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace Leitstand {

// The main canvas: Ctrl+wheel and Ctrl+± zoom around the cursor, dragging pans, a click on a
// node reports it, a double click activates it. A corner overlay (the minimap) rides along.
class TopologyGraphicsView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyGraphicsView(QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void zoomBy(double factor);
    void fitToRect(const QRectF &rect);
    double zoomLevel() const;

    void setOverlay(QWidget *overlay);

Q_SIGNALS:
    void nodeClicked(const QString &nodeId);
    void backgroundClicked();
    void nodeDoubleClicked(const QString &nodeId);
    void viewportMoved();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QString nodeAt(const QPoint &viewPosition) const;
    void placeOverlay();

    QPoint m_pressPosition;
    QPointer<QWidget> m_overlay;
};

} // namespace Leitstand
