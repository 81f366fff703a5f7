#pragma once

#include "TopologyDiagram.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace Leitstand {

// A network drawn as a zone behind the services that live only in it; internal networks
// (no way out to the host's interfaces) get a solid border and say so in their title.
class TopologyZoneItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyZoneItem)

public:
    enum { Type = UserType + 3 };

    TopologyZoneItem(int zoneIndex, const TopologyDiagramZone &zone, const QRectF &rect);

    int type() const override { return Type; }
    int zoneIndex() const { return m_zoneIndex; }
    const TopologyDiagramZone &zone() const { return m_zone; }
    QString title() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_zoneIndex;
    TopologyDiagramZone m_zone;
    QRectF m_rect;
};

} // namespace Leitstand
