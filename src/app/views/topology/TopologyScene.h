#pragma once

#include "TopologyDiagram.h"
#include "TopologyFilter.h"
#include "TopologyLayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPixmap>

namespace Leitstand {

class TopologyEdgeItem;
class TopologyNodeItem;
class TopologyZoneItem;

// The drawing of one diagram in one layout. Keeps the items by index so that filtering and
// highlighting a neighbourhood only touch visibility and opacity, never rebuild the scene.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject *parent = nullptr);

    void setDiagram(const TopologyDiagram &diagram, const TopologyLayout &layout);
    void clearDiagram();
    const TopologyDiagram &diagram() const { return m_diagram; }
    const TopologyLayout &layout() const { return m_layout; }

    TopologyNodeItem *nodeItem(const QString &nodeId) const;
    const QList<TopologyNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<TopologyEdgeItem *> &edgeItems() const { return m_edges; }
    const QList<TopologyZoneItem *> &zoneItems() const { return m_zones; }
    QStringList visibleNodeIds() const;

    void setFilter(const TopologyFilter &filter);
    const TopologyFilter &filter() const { return m_filter; }

    // Dims everything but the node, its neighbours and the edges between them; empty clears.
    void highlightNeighbourhood(const QString &nodeId);
    QString highlightedNode() const { return m_highlighted; }

    // Where to look first: the visible items, with a margin.
    QRectF visibleItemsRect() const;

private:
    QPixmap iconPixmap(ServiceKind kind);
    void applyOpacity();

    TopologyDiagram m_diagram;
    TopologyLayout m_layout;
    TopologyFilter m_filter;
    QString m_highlighted;
    QList<TopologyNodeItem *> m_nodes;
    QList<TopologyEdgeItem *> m_edges;
    QList<TopologyZoneItem *> m_zones;
    QHash<int, QPixmap> m_iconCache;
};

} // namespace Leitstand
