#include "TopologyNodeItem.h"

#include "ServiceKindClassifier.h"
#include "TopologyLayout.h"
#include "TopologyPalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Leitstand {

namespace {

constexpr double cornerRadius = 8.0;
constexpr double badgeRadius = 8.0;
constexpr double iconSize = 24.0;
constexpr double padding = 10.0;

} // namespace

TopologyNodeItem::TopologyNodeItem(int nodeIndex,
                                   const TopologyDiagramNode &node,
                                   const QPixmap &icon,
                                   const QPixmap &publicBadge)
    : m_nodeIndex(nodeIndex)
    , m_node(node)
    , m_icon(icon)
    , m_publicBadge(publicBadge)
{
    setToolTip(toolTipText());
    setAcceptHoverEvents(false);
    setZValue(2);
}

QRectF TopologyNodeItem::nodeRect() const
{
    const QSizeF size = TopologyLayout::nodeSize;
    return QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
}

QRectF TopologyNodeItem::boundingRect() const
{
    return nodeRect().adjusted(-3, -badgeRadius - 2, badgeRadius + 2, 3);
}

void TopologyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor accent = TopologyPalette::kindColor(m_node.kind);
    const QRectF box = nodeRect();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(m_current ? palette.color(QPalette::Highlight) : accent, m_current ? 3.0 : 1.4);
    if (!m_node.isService)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(TopologyPalette::nodeFill(m_node.kind, palette));
    painter->drawRoundedRect(box, cornerRadius, cornerRadius);

    // Far away the text is unreadable anyway; the coloured box is what the eye uses then.
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (scale < 0.3) {
        paintBadges(painter);
        return;
    }
    const QRectF iconRect(box.left() + padding, box.center().y() - iconSize / 2, iconSize, iconSize);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(iconRect, m_icon, QRectF(m_icon.rect()));

    const double textLeft = iconRect.right() + 8;
    const double textWidth = box.right() - padding - textLeft;
    QFont nameFont = painter->font();
    nameFont.setBold(true);
    QFont detailFont = painter->font();
    detailFont.setPointSizeF(std::max(6.0, detailFont.pointSizeF() * 0.85));
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF detailMetrics(detailFont);
    const double textHeight = nameMetrics.height() + (m_node.detail.isEmpty() ? 0 : detailMetrics.height());
    double y = box.center().y() - textHeight / 2;

    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(nameFont);
    painter->drawText(QRectF(textLeft, y, textWidth, nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_node.label, Qt::ElideRight, textWidth));
    y += nameMetrics.height();
    if (!m_node.detail.isEmpty()) {
        painter->setFont(detailFont);
        painter->setPen(TopologyPalette::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.65));
        painter->drawText(QRectF(textLeft, y, textWidth, detailMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          detailMetrics.elidedText(m_node.detail, Qt::ElideMiddle, textWidth));
    }
    paintBadges(painter);
}

void TopologyNodeItem::paintBadges(QPainter *painter) const
{
    QPointF center(nodeRect().right(), nodeRect().top());
    painter->setPen(QPen(Qt::white, 1.2));
    if (m_node.hasPortClash) {
        painter->setBrush(TopologyPalette::clashBadge());
        painter->drawEllipse(center, badgeRadius, badgeRadius);
        // An exclamation mark drawn as shapes: no font is needed at any zoom level.
        painter->setBrush(Qt::white);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(QRectF(center.x() - 1.1, center.y() - 5, 2.2, 6), 1, 1);
        painter->drawEllipse(QPointF(center.x(), center.y() + 3.4), 1.2, 1.2);
        center.rx() -= 2 * badgeRadius + 3;
        painter->setPen(QPen(Qt::white, 1.2));
    }
    if (m_node.publiclyExposed) {
        painter->setBrush(TopologyPalette::publicBadge());
        painter->drawEllipse(center, badgeRadius, badgeRadius);
        const QRectF glyph(
            center.x() - badgeRadius + 2, center.y() - badgeRadius + 2, 2 * badgeRadius - 4, 2 * badgeRadius - 4);
        painter->drawPixmap(glyph, m_publicBadge, QRectF(m_publicBadge.rect()));
    }
}

void TopologyNodeItem::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

QString TopologyNodeItem::toolTipText() const
{
    QStringList lines{QStringLiteral("<b>%1</b> · %2")
                          .arg(m_node.label.toHtmlEscaped(), ServiceKindClassifier::displayName(m_node.kind))};
    if (!m_node.detail.isEmpty())
        lines << m_node.detail.toHtmlEscaped();
    if (!m_node.networks.isEmpty())
        lines << tr("Networks: %1").arg(m_node.networks.join(QLatin1String(", ")).toHtmlEscaped());
    if (m_node.tier >= 0)
        lines << tr("Start-up tier %1").arg(m_node.tier);
    for (const QString &remark : m_node.remarks)
        lines << QStringLiteral("⚠ %1").arg(remark.toHtmlEscaped());
    return lines.join(QLatin1String("<br>"));
}

} // namespace Leitstand
