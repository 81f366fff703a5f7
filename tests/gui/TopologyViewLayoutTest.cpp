// The layout half of the topology view: the DOT we hand to Graphviz, what we read back from
// its JSON (a recorded answer with exact coordinates, and the real `dot` on this machine), and
// the tiered fallback.
#include "views/topology/DotLayoutInput.h"
#include "views/topology/DotLayoutParser.h"
#include "views/topology/DotLayoutRunner.h"
#include "views/topology/TieredLayout.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <ostream>

using namespace Leitstand;

// gtest prints QStrings as arrays of 2-byte objects otherwise; identical in every GUI test file.
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}

namespace {

// proxy → app → db (healthy), app uses cache; app and db live in "backend", the cache in no zone.
TopologyDiagram threeTierDiagram()
{
    TopologyDiagram diagram;
    diagram.zones = {{QStringLiteral("backend"), QStringLiteral("backend"), true}};
    auto node = [](const QString &id, ServiceKind kind, int tier, int zone) {
        TopologyDiagramNode item;
        item.id = id;
        item.label = id;
        item.kind = kind;
        item.tier = tier;
        item.zone = zone;
        return item;
    };
    diagram.nodes = {node(QStringLiteral("proxy"), ServiceKind::Proxy, 2, -1),
                     node(QStringLiteral("app"), ServiceKind::App, 1, 0),
                     node(QStringLiteral("db"), ServiceKind::Database, 0, 0),
                     node(QStringLiteral("cache"), ServiceKind::Cache, 0, -1)};
    diagram.edges = {{0, 1, TopologyEdgeKind::ProxyRoute, QStringLiteral("app.example.org")},
                     {1, 2, TopologyEdgeKind::DependsHealthy, {}},
                     {1, 3, TopologyEdgeKind::Uses, {}}};
    return diagram;
}

// What Graphviz 2.43 answered for a two-node cluster and a labelled edge (trimmed to the fields
// we read): the graph is 190 x 275 points with y growing upwards.
const char recordedAnswer[] = R"({
  "bb": "0,0,190,275",
  "objects": [
    {"name": "cluster_z0", "bb": "8,8,182,198", "_gvid": 0},
    {"_gvid": 1, "name": "n0", "pos": "95,142"},
    {"_gvid": 2, "name": "n1", "pos": "95,41"},
    {"_gvid": 3, "name": "n2", "pos": "95,250"}
  ],
  "edges": [
    {"_gvid": 0, "tail": 1, "head": 2, "id": "e0", "lp": "142,91.5",
     "pos": "e,95,66.311 95,116.78 95,104.68 95,89.814 95,76.537"},
    {"_gvid": 1, "tail": 3, "head": 1, "id": "e1", "pos": "e,95,167.32 95,224.95 95,210.95 95,193.07 95,177.59"}
  ]
})";

TopologyDiagram recordedDiagram()
{
    TopologyDiagram diagram;
    diagram.zones = {{QStringLiteral("net"), QStringLiteral("net"), false}};
    for (const char *name : {"a", "b", "c"}) {
        TopologyDiagramNode node;
        node.id = node.label = QString::fromLatin1(name);
        diagram.nodes << node;
    }
    diagram.edges = {{0, 1, TopologyEdgeKind::ProxyRoute, QStringLiteral("example.com")},
                     {2, 0, TopologyEdgeKind::DependsStarted, {}}};
    return diagram;
}

QByteArray runDot(const QByteArray &input)
{
    QProcess dot;
    dot.start(DotLayoutRunner::findDotProgram(), {QStringLiteral("-Tjson")});
    dot.write(input);
    dot.closeWriteChannel();
    if (!dot.waitForFinished(30000))
        return {};
    return dot.readAllStandardOutput();
}

QRectF nodeBox(const QPointF &center)
{
    QRectF box(QPointF(), TopologyLayout::nodeSize);
    box.moveCenter(center);
    return box;
}

} // namespace

TEST(TopologyViewLayoutTest, WritesNodesZonesAndEdgesByIndexWithTheSizesQtDraws)
{
    const QString dot = QString::fromUtf8(DotLayoutInput::write(threeTierDiagram()));
    EXPECT_TRUE(dot.startsWith(QLatin1String("digraph topology {\n")));
    EXPECT_TRUE(dot.contains(QLatin1String("width=2.4444, height=0.7222")));
    EXPECT_TRUE(dot.contains(QLatin1String("graph [newrank=true, rankdir=TB, ")));
    EXPECT_TRUE(
        dot.contains(QLatin1String("subgraph \"cluster_z0\" {\n    label=\"backend\"; margin=14;\n    n1; n2;\n  }")))
        << qPrintable(dot);
    EXPECT_TRUE(dot.contains(QLatin1String("  n0;\n  n3;\n")));
    EXPECT_TRUE(dot.contains(QLatin1String("n0 -> n1 [id=\"e0\", label=\"app.example.org\"];")));
    EXPECT_TRUE(dot.contains(QLatin1String("n1 -> n2 [id=\"e1\"];")));
    EXPECT_TRUE(dot.contains(QLatin1String("n1 -> n3 [id=\"e2\", constraint=false];")));
}

TEST(TopologyViewLayoutTest, EscapesQuotesInLabels)
{
    TopologyDiagram diagram = threeTierDiagram();
    diagram.edges[0].label = QStringLiteral("a\"b\\c");
    EXPECT_TRUE(QString::fromUtf8(DotLayoutInput::write(diagram)).contains(QLatin1String("label=\"a\\\"b\\\\c\"")));
}

TEST(TopologyViewLayoutTest, NamesMapBackToIndices)
{
    EXPECT_EQ(DotLayoutInput::nodeIndex(DotLayoutInput::nodeName(17)), 17);
    EXPECT_EQ(DotLayoutInput::zoneIndex(DotLayoutInput::zoneName(3)), 3);
    EXPECT_EQ(DotLayoutInput::edgeIndex(DotLayoutInput::edgeName(0)), 0);
    EXPECT_EQ(DotLayoutInput::nodeIndex(QStringLiteral("cluster_z1")), -1);
    EXPECT_EQ(DotLayoutInput::nodeIndex(QStringLiteral("nx")), -1);
    EXPECT_EQ(DotLayoutInput::edgeIndex(QStringLiteral("e-1")), -1);
}

TEST(TopologyViewLayoutTest, ReadsARecordedGraphvizAnswerWithYFlipped)
{
    const Expected<TopologyLayout> layout = DotLayoutParser::parse(QByteArray(recordedAnswer), recordedDiagram());
    ASSERT_TRUE(layout.hasValue()) << qPrintable(layout.error().message());
    EXPECT_EQ(layout->source, TopologyLayout::Source::Graphviz);
    EXPECT_EQ(layout->bounds, QRectF(0, 0, 190, 275));
    ASSERT_EQ(layout->nodeCenters.size(), 3);
    EXPECT_EQ(layout->nodeCenters.at(0), QPointF(95, 133));
    EXPECT_EQ(layout->nodeCenters.at(1), QPointF(95, 234));
    EXPECT_EQ(layout->nodeCenters.at(2), QPointF(95, 25));
    ASSERT_EQ(layout->zoneRects.size(), 1);
    EXPECT_EQ(layout->zoneRects.at(0), QRectF(QPointF(8, 77), QPointF(182, 267)));
    ASSERT_EQ(layout->edgeRoutes.size(), 2);
    const TopologyEdgeRoute &route = layout->edgeRoutes.at(0);
    ASSERT_EQ(route.points.size(), 4);
    EXPECT_EQ(route.points.at(0), QPointF(95, 275 - 116.78));
    EXPECT_EQ(route.points.at(3), QPointF(95, 275 - 76.537));
    ASSERT_TRUE(route.arrowTip.has_value());
    EXPECT_EQ(*route.arrowTip, QPointF(95, 275 - 66.311));
    ASSERT_TRUE(route.labelCenter.has_value());
    EXPECT_EQ(*route.labelCenter, QPointF(142, 275 - 91.5));
    EXPECT_FALSE(layout->edgeRoutes.at(1).labelCenter.has_value());
}

TEST(TopologyViewLayoutTest, RejectsAnswersWithoutEveryNode)
{
    QByteArray answer(recordedAnswer);
    answer.replace(R"({"_gvid": 3, "name": "n2", "pos": "95,250"})", R"({"_gvid": 3, "name": "x"})");
    const Expected<TopologyLayout> missing = DotLayoutParser::parse(answer, recordedDiagram());
    ASSERT_FALSE(missing.hasValue());
    EXPECT_EQ(missing.error().message(), QStringLiteral("Graphviz left c out of the layout."));

    const Expected<TopologyLayout> garbage = DotLayoutParser::parse("{\"bb\": ", recordedDiagram());
    ASSERT_FALSE(garbage.hasValue());
    EXPECT_TRUE(garbage.error().message().startsWith(QLatin1String("Graphviz answered with unreadable JSON")));
}

TEST(TopologyViewLayoutTest, GraphvizPlacesDependenciesBelowAndZonesAroundTheirMembers)
{
    ASSERT_FALSE(DotLayoutRunner::findDotProgram().isEmpty()) << "Graphviz dot is needed (Debian graphviz)";
    const TopologyDiagram diagram = threeTierDiagram();
    const QByteArray json = runDot(DotLayoutInput::write(diagram));
    const Expected<TopologyLayout> layout = DotLayoutParser::parse(json, diagram);
    ASSERT_TRUE(layout.hasValue()) << qPrintable(layout.error().message());
    const QList<QPointF> &centers = layout->nodeCenters;
    EXPECT_LT(centers.at(0).y(), centers.at(1).y()); // proxy above app
    EXPECT_LT(centers.at(1).y(), centers.at(2).y()); // app above db
    for (int node : {1, 2})
        EXPECT_TRUE(layout->zoneRects.at(0).contains(nodeBox(centers.at(node)))) << node;
    EXPECT_FALSE(layout->zoneRects.at(0).contains(centers.at(0)));
    for (const QPointF &center : centers)
        EXPECT_TRUE(layout->bounds.contains(nodeBox(center)));
    // Every edge is routed, ends in an arrow at the target's border, and the route carries its label.
    for (int edge = 0; edge < diagram.edges.size(); ++edge) {
        const TopologyEdgeRoute &route = layout->edgeRoutes.at(edge);
        ASSERT_GE(route.points.size(), 4) << edge;
        EXPECT_EQ((route.points.size() - 1) % 3, 0) << edge;
        ASSERT_TRUE(route.arrowTip.has_value()) << edge;
        const QRectF target = nodeBox(centers.at(diagram.edges.at(edge).to)).adjusted(-2, -2, 2, 2);
        EXPECT_TRUE(target.contains(*route.arrowTip)) << edge;
    }
    EXPECT_TRUE(layout->edgeRoutes.at(0).labelCenter.has_value());
}

TEST(TopologyViewLayoutTest, TieredFallbackPutsTiersInRowsAndZonesInColumns)
{
    const TopologyDiagram diagram = threeTierDiagram();
    const TopologyLayout layout = TieredLayout::compute(diagram);
    EXPECT_EQ(layout.source, TopologyLayout::Source::Tiered);
    // Rows: tier 2 (proxy) at the top, tier 0 (db, cache) at the bottom, 108 units apart.
    EXPECT_EQ(layout.nodeCenters.at(0).y(), 16 + 22 + 26);
    EXPECT_EQ(layout.nodeCenters.at(1).y(), 64 + 108);
    EXPECT_EQ(layout.nodeCenters.at(2).y(), 64 + 216);
    EXPECT_EQ(layout.nodeCenters.at(3).y(), 64 + 216);
    // Columns: the backend zone first (padded by 14), then the nodes without a zone.
    EXPECT_EQ(layout.nodeCenters.at(1).x(), 16 + 14 + 88);
    EXPECT_EQ(layout.nodeCenters.at(2).x(), 16 + 14 + 88);
    const double looseLeft = 16 + 14 + 176 + 14 + 48;
    EXPECT_EQ(layout.nodeCenters.at(0).x(), looseLeft + 88);
    EXPECT_EQ(layout.nodeCenters.at(3).x(), looseLeft + 88);
    EXPECT_EQ(layout.zoneRects.at(0),
              QRectF(QPointF(16, 172 - 26 - 14 - 22), QPointF(16 + 14 + 176 + 14, 280 + 26 + 14)));
    // Edges run from border to border; the label sits halfway.
    const TopologyEdgeRoute &dependency = layout.edgeRoutes.at(1);
    EXPECT_EQ(dependency.points.constFirst(), QPointF(118, 172 + 26));
    EXPECT_EQ(dependency.points.constLast(), QPointF(118, 280 - 26));
    EXPECT_EQ(*dependency.arrowTip, QPointF(118, 280 - 26));
    EXPECT_TRUE(layout.edgeRoutes.at(0).labelCenter.has_value());
    EXPECT_FALSE(dependency.labelCenter.has_value());
}

TEST(TopologyViewLayoutTest, TieredFallbackPutsNodesWithoutATierOnTop)
{
    TopologyDiagram diagram = threeTierDiagram();
    diagram.nodes[0].tier = -1; // e.g. part of a cycle, or the internet
    const TopologyLayout layout = TieredLayout::compute(diagram);
    EXPECT_EQ(layout.nodeCenters.at(0).y(), 64);
    EXPECT_EQ(layout.nodeCenters.at(1).y(), 64 + 108); // tier 1 right below
    EXPECT_EQ(layout.nodeCenters.at(2).y(), 64 + 2 * 108);
}

TEST(TopologyViewLayoutTest, BorderPointsLieOnTheNodeRectangle)
{
    EXPECT_EQ(TieredLayout::borderPoint(QPointF(0, 0), QPointF(0, 100)), QPointF(0, 26));
    EXPECT_EQ(TieredLayout::borderPoint(QPointF(0, 0), QPointF(-500, 0)), QPointF(-88, 0));
    EXPECT_EQ(TieredLayout::borderPoint(QPointF(0, 0), QPointF(88, 26)), QPointF(88, 26));
    EXPECT_EQ(TieredLayout::borderPoint(QPointF(5, 5), QPointF(5, 5)), QPointF(5, 5));
}

TEST(TopologyViewLayoutTest, RunnerReportsAProgramThatCannotStart)
{
    DotLayoutRunner runner;
    runner.setDotProgram(QStringLiteral("/nonexistent/leitstand-test/dot"));
    QSignalSpy failed(&runner, &DotLayoutRunner::failed);
    const quint64 first = runner.start("digraph { a -> b }");
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).toULongLong(), first);
    EXPECT_EQ(failed.at(0).at(1).toString(),
              QStringLiteral("Graphviz (dot) could not be started from /nonexistent/leitstand-test/dot."));
}

TEST(TopologyViewLayoutTest, RunnerAnswersOnlyForTheLatestRequest)
{
    ASSERT_FALSE(DotLayoutRunner::findDotProgram().isEmpty());
    DotLayoutRunner runner;
    QSignalSpy succeeded(&runner, &DotLayoutRunner::succeeded);
    QSignalSpy failed(&runner, &DotLayoutRunner::failed);
    runner.start("digraph { a -> b }");
    const quint64 second = runner.start("digraph { c -> d }");
    ASSERT_TRUE(succeeded.wait(10000));
    QTest::qWait(100);
    ASSERT_EQ(succeeded.size(), 1);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(succeeded.at(0).at(0).toULongLong(), second);
    EXPECT_TRUE(succeeded.at(0).at(1).toByteArray().contains("\"name\": \"c\""));
}
