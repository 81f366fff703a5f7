#include "DotLayoutParser.h"

#include "DotLayoutInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Leitstand {

namespace {

// "x,y" (optionally followed by "!" for pinned positions) → point, in Graphviz's coordinates.
std::optional<QPointF> parsePoint(QStringView text)
{
    if (text.endsWith(QLatin1Char('!')))
        text.chop(1);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    bool xOk = false;
    bool yOk = false;
    const double x = text.left(comma).toDouble(&xOk);
    const double y = text.mid(comma + 1).toDouble(&yOk);
    if (!xOk || !yOk)
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QRectF> parseBox(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3])).normalized();
}

class CoordinateFlip
{
public:
    explicit CoordinateFlip(const QRectF &graphvizBounds)
        : m_top(graphvizBounds.bottom())
    {}
    QPointF point(const QPointF &p) const { return {p.x(), m_top - p.y()}; }
    QRectF rect(const QRectF &r) const { return QRectF(point(r.bottomLeft()), point(r.topRight())).normalized(); }

private:
    double m_top;
};

// An edge's pos: "e,x,y" (arrow at the head), "s,x,y" (arrow at the tail), then 3n+1 spline points.
std::optional<TopologyEdgeRoute> parseEdgePosition(const QString &pos, const CoordinateFlip &flip)
{
    TopologyEdgeRoute route;
    const QStringList tokens = pos.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const bool isEnd = token.startsWith(QLatin1String("e,"));
        const bool isStart = token.startsWith(QLatin1String("s,"));
        const std::optional<QPointF> point
            = parsePoint(isEnd || isStart ? QStringView(token).mid(2) : QStringView(token));
        if (!point)
            return std::nullopt;
        if (isEnd)
            route.arrowTip = flip.point(*point);
        else if (!isStart)
            route.points << flip.point(*point);
    }
    if (route.points.size() < 4 || (route.points.size() - 1) % 3 != 0)
        return std::nullopt;
    return route;
}

} // namespace

Expected<TopologyLayout> DotLayoutParser::parse(const QByteArray &json, const TopologyDiagram &diagram)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(tr("Graphviz answered with unreadable JSON: %1").arg(parseError.errorString()));
    const QJsonObject graph = document.object();
    const std::optional<QRectF> graphvizBounds = parseBox(graph.value(QLatin1String("bb")).toString());
    if (!graphvizBounds)
        return Error(tr("Graphviz answered without a bounding box."));
    const CoordinateFlip flip(*graphvizBounds);

    TopologyLayout layout;
    layout.source = TopologyLayout::Source::Graphviz;
    layout.bounds = flip.rect(*graphvizBounds);
    layout.zoneRects.resize(diagram.zones.size());
    layout.edgeRoutes.resize(diagram.edges.size());
    layout.nodeCenters.resize(diagram.nodes.size());
    QList<bool> placed(diagram.nodes.size(), false);

    const QJsonArray objects = graph.value(QLatin1String("objects")).toArray();
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const int zone = DotLayoutInput::zoneIndex(name);
        if (zone >= 0 && zone < diagram.zones.size()) {
            if (const std::optional<QRectF> box = parseBox(object.value(QLatin1String("bb")).toString()))
                layout.zoneRects[zone] = flip.rect(*box);
            continue;
        }
        const int node = DotLayoutInput::nodeIndex(name);
        if (node < 0 || node >= diagram.nodes.size())
            continue;
        const std::optional<QPointF> center = parsePoint(object.value(QLatin1String("pos")).toString());
        if (!center)
            return Error(tr("Graphviz gave no position for %1.").arg(diagram.nodes.at(node).label));
        layout.nodeCenters[node] = flip.point(*center);
        placed[node] = true;
    }
    for (int node = 0; node < placed.size(); ++node) {
        if (!placed.at(node))
            return Error(tr("Graphviz left %1 out of the layout.").arg(diagram.nodes.at(node).label));
    }

    const QJsonArray edges = graph.value(QLatin1String("edges")).toArray();
    for (const QJsonValue &value : edges) {
        const QJsonObject object = value.toObject();
        const int edge = DotLayoutInput::edgeIndex(object.value(QLatin1String("id")).toString());
        if (edge < 0 || edge >= diagram.edges.size())
            continue;
        std::optional<TopologyEdgeRoute> route = parseEdgePosition(object.value(QLatin1String("pos")).toString(), flip);
        if (!route)
            continue; // the scene draws a straight line for an edge without a usable route
        if (const std::optional<QPointF> label = parsePoint(object.value(QLatin1String("lp")).toString()))
            route->labelCenter = flip.point(*label);
        layout.edgeRoutes[edge] = *route;
    }
    return layout;
}

} // namespace Leitstand
