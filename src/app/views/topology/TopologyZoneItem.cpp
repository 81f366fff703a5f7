#include "TopologyZoneItem.h"

#include "TopologyPalette.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace Leitstand {

TopologyZoneItem::TopologyZoneItem(int zoneIndex, const TopologyDiagramZone &zone, const QRectF &rect)
    : m_zoneIndex(zoneIndex)
    , m_zone(zone)
    , m_rect(rect)
{
    setZValue(0);
    setToolTip(m_zone.internal ? tr("Network %1: internal, no route to the outside").arg(m_zone.key)
                               : tr("Network %1").arg(m_zone.key));
}

QString TopologyZoneItem::title() const
{
    return m_zone.internal ? tr("%1 (internal)").arg(m_zone.label) : m_zone.label;
}

QRectF TopologyZoneItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void TopologyZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(TopologyPalette::zoneBorder(m_zone.internal, palette), m_zone.internal ? 1.6 : 1.2);
    border.setStyle(m_zone.internal ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(TopologyPalette::zoneFill(m_zone.internal, palette));
    painter->drawRoundedRect(m_rect, 10, 10);

    QFont font = painter->font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.9));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(TopologyPalette::zoneBorder(m_zone.internal, palette));
    const QFontMetricsF metrics(font);
    const QRectF titleRect(m_rect.left() + 10, m_rect.top() + 3, m_rect.width() - 20, metrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(title(), Qt::ElideRight, titleRect.width()));
}

} // namespace Leitstand
