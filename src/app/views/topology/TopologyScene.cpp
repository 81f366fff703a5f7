#include "TopologyScene.h"

#include "ServiceKindClassifier.h"
#include "TieredLayout.h"
#include "TopologyEdgeItem.h"
#include "TopologyNodeItem.h"
#include "TopologyZoneItem.h"

#include <QSet>

namespace Leitstand {

namespace {

constexpr double dimmedOpacity = 0.15;
constexpr int iconPixels = 48; // drawn at 24 scene units: sharp up to 2x zoom or a 2x screen

// An edge without a usable route (Graphviz gave none) still has to be seen: a straight line.
TopologyEdgeRoute straightRoute(const TopologyLayout &layout, const TopologyDiagramEdge &edge)
{
    const QPointF from = layout.nodeCenters.at(edge.from);
    const QPointF to = layout.nodeCenters.at(edge.to);
    TopologyEdgeRoute route;
    route.points = {TieredLayout::borderPoint(from, to), TieredLayout::borderPoint(to, from)};
    if (!edge.label.isEmpty())
        route.labelCenter = (from + to) / 2.0;
    return route;
}

} // namespace

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // Hundreds of static items: the BSP index pays off for hit tests and partial repaints.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void TopologyScene::clearDiagram()
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_zones.clear();
    m_diagram = {};
    m_layout = {};
    m_highlighted.clear();
    setSceneRect(QRectF(0, 0, 1, 1));
}

void TopologyScene::setDiagram(const TopologyDiagram &diagram, const TopologyLayout &layout)
{
    clearDiagram();
    m_diagram = diagram;
    m_layout = layout;
    const QPixmap publicBadge = iconPixmap(ServiceKind::External);

    for (int i = 0; i < diagram.zones.size() && i < layout.zoneRects.size(); ++i) {
        if (layout.zoneRects.at(i).isNull())
            continue;
        auto *item = new TopologyZoneItem(i, diagram.zones.at(i), layout.zoneRects.at(i));
        addItem(item);
        m_zones << item;
    }
    for (int i = 0; i < diagram.nodes.size() && i < layout.nodeCenters.size(); ++i) {
        const TopologyDiagramNode &node = diagram.nodes.at(i);
        auto *item = new TopologyNodeItem(i, node, iconPixmap(node.kind), publicBadge);
        item->setPos(layout.nodeCenters.at(i));
        addItem(item);
        m_nodes << item;
    }
    for (int i = 0; i < diagram.edges.size(); ++i) {
        const TopologyDiagramEdge &edge = diagram.edges.at(i);
        if (edge.from < 0 || edge.from >= m_nodes.size() || edge.to < 0 || edge.to >= m_nodes.size())
            continue;
        const bool hasRoute = i < layout.edgeRoutes.size() && !layout.edgeRoutes.at(i).points.isEmpty();
        auto *item = new TopologyEdgeItem(i, edge, hasRoute ? layout.edgeRoutes.at(i) : straightRoute(layout, edge));
        addItem(item);
        m_edges << item;
    }
    // Explicit, so that the view neither scans every item for the bounds nor jumps when a
    // filter hides the outermost ones.
    setSceneRect(layout.bounds.united(itemsBoundingRect()).adjusted(-24, -24, 24, 24));
    setFilter(m_filter);
}

TopologyNodeItem *TopologyScene::nodeItem(const QString &nodeId) const
{
    for (TopologyNodeItem *item : m_nodes) {
        if (item->nodeId() == nodeId)
            return item;
    }
    return nullptr;
}

QStringList TopologyScene::visibleNodeIds() const
{
    QStringList ids;
    for (const TopologyNodeItem *item : m_nodes) {
        if (item->isVisible())
            ids << item->nodeId();
    }
    return ids;
}

void TopologyScene::setFilter(const TopologyFilter &filter)
{
    m_filter = filter;
    QList<int> visibleInZone(m_diagram.zones.size(), 0);
    for (TopologyNodeItem *item : std::as_const(m_nodes)) {
        const bool visible = filter.accepts(item->node());
        item->setVisible(visible);
        if (visible && item->node().zone >= 0 && item->node().zone < visibleInZone.size())
            ++visibleInZone[item->node().zone];
    }
    for (TopologyEdgeItem *item : std::as_const(m_edges))
        item->setVisible(m_nodes.at(item->edge().from)->isVisible() && m_nodes.at(item->edge().to)->isVisible());
    for (TopologyZoneItem *item : std::as_const(m_zones)) {
        const bool chosen = filter.network.isEmpty() || filter.network == item->zone().key;
        item->setVisible(chosen && visibleInZone.at(item->zoneIndex()) > 0);
    }
    if (!m_highlighted.isEmpty()) {
        const TopologyNodeItem *highlighted = nodeItem(m_highlighted);
        if (!highlighted || !highlighted->isVisible())
            m_highlighted.clear();
    }
    applyOpacity();
}

void TopologyScene::highlightNeighbourhood(const QString &nodeId)
{
    m_highlighted = nodeItem(nodeId) ? nodeId : QString();
    applyOpacity();
}

void TopologyScene::applyOpacity()
{
    const int center = m_diagram.indexOf(m_highlighted);
    QSet<int> neighbourhood;
    if (center >= 0) {
        neighbourhood.insert(center);
        for (const TopologyDiagramEdge &edge : std::as_const(m_diagram.edges)) {
            if (edge.from == center)
                neighbourhood.insert(edge.to);
            else if (edge.to == center)
                neighbourhood.insert(edge.from);
        }
    }
    for (TopologyNodeItem *item : std::as_const(m_nodes)) {
        item->setCurrent(item->nodeIndex() == center);
        item->setOpacity(center < 0 || neighbourhood.contains(item->nodeIndex()) ? 1.0 : dimmedOpacity);
    }
    for (TopologyEdgeItem *item : std::as_const(m_edges)) {
        const bool incident = item->edge().from == center || item->edge().to == center;
        item->setOpacity(center < 0 || incident ? 1.0 : dimmedOpacity);
    }
}

QRectF TopologyScene::visibleItemsRect() const
{
    QRectF rect;
    for (const QGraphicsItem *item : m_nodes) {
        if (item->isVisible())
            rect = rect.isNull() ? item->sceneBoundingRect() : rect.united(item->sceneBoundingRect());
    }
    for (const QGraphicsItem *item : m_zones) {
        if (item->isVisible())
            rect = rect.united(item->sceneBoundingRect());
    }
    return rect.isNull() ? sceneRect() : rect.adjusted(-16, -16, 16, 16);
}

QPixmap TopologyScene::iconPixmap(ServiceKind kind)
{
    const int key = int(kind);
    auto cached = m_iconCache.constFind(key);
    if (cached != m_iconCache.constEnd())
        return *cached;
    const QPixmap pixmap = ServiceKindClassifier::icon(kind).pixmap(QSize(iconPixels, iconPixels));
    m_iconCache.insert(key, pixmap);
    return pixmap;
}

} // namespace Leitstand
