#pragma once

#include "TopologyDiagram.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPixmap>

namespace Leitstand {

// One service (or outside-world entry) in the topology scene: a rounded box in its kind's
// colour with icon, name and image, and badges for port clashes and public exposure.
class TopologyNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyNodeItem)

public:
    enum { Type = UserType + 1 };

    TopologyNodeItem(int nodeIndex, const TopologyDiagramNode &node, const QPixmap &icon, const QPixmap &publicBadge);

    int type() const override { return Type; }
    int nodeIndex() const { return m_nodeIndex; }
    const QString &nodeId() const { return m_node.id; }
    const TopologyDiagramNode &node() const { return m_node; }

    // The box Graphviz and the fallback reserve; badges stick out of it a little.
    QRectF nodeRect() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

private:
    QString toolTipText() const;
    void paintBadges(QPainter *painter) const;

    int m_nodeIndex;
    TopologyDiagramNode m_node;
    QPixmap m_icon;
    QPixmap m_publicBadge;
    bool m_current = false;
};

} // namespace Leitstand
