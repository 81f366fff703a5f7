// The Topology tab on the demo workspace and on small stacks written for the case: the scene
// has the services and relations the compose files declare, the fallback layout takes over
// when dot is missing or too slow, filters hide what they should, clicks highlight and
// activate, and the exports write real files.
#include "views/topology/TopologyView.h"
#include "views/topology/DotLayoutRunner.h"
#include "views/topology/TopologyEdgeItem.h"
#include "views/topology/TopologyFilterBar.h"
#include "views/topology/TopologyGraphicsView.h"
#include "views/topology/TopologyMinimap.h"
#include "views/topology/TopologyNodeItem.h"
#include "views/topology/TopologyScene.h"
#include "views/topology/TopologyZoneItem.h"
#include "workspace/WorkspaceLoader.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <ostream>

#include <chrono>

using namespace Leitstand;

// gtest prints QStrings as arrays of 2-byte objects otherwise; identical in every GUI test file.
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}

namespace {

const LoadedWorkspace &demoWorkspace()
{
    static const LoadedWorkspace workspace = [] {
        Expected<LoadedWorkspace> loaded
            = WorkspaceLoader::loadFile(QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/workspace.json"));
        return loaded ? *loaded : LoadedWorkspace();
    }();
    return workspace;
}

std::pair<const LoadedHost *, const LoadedStack *> demoStack(const QString &name)
{
    for (const LoadedHost &host : demoWorkspace().hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (stack.definition.name == name)
                return {&host, &stack};
        }
    }
    return {nullptr, nullptr};
}

LoadedStack writeStack(const QTemporaryDir &dir, const QString &name, const QString &compose)
{
    QFile file(dir.filePath(name + QStringLiteral("-compose.yaml")));
    if (file.open(QIODevice::WriteOnly))
        file.write(compose.toUtf8());
    file.close();
    WorkspaceStack definition;
    definition.name = name;
    definition.directory = dir.path();
    definition.files = {file.fileName()};
    return WorkspaceLoader::loadStack(definition, {});
}

// Shows the stack and waits until a layout (Graphviz's or the fallback) is on screen.
bool showAndWait(TopologyView &view, const LoadedHost *host, const LoadedStack &stack, int timeout = 10000)
{
    QSignalSpy applied(&view, &TopologyView::layoutApplied);
    view.showStack(host, stack);
    return applied.wait(timeout);
}

QStringList serviceNodes(const TopologyScene &scene)
{
    QStringList ids;
    for (const TopologyNodeItem *item : scene.nodeItems()) {
        if (item->node().isService)
            ids << item->nodeId();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// "from -> to (kind) label" for every edge between two nodes, sorted.
QStringList edgeDescriptions(const TopologyScene &scene)
{
    static const QStringList kindNames{QStringLiteral("healthy"),
                                       QStringLiteral("started"),
                                       QStringLiteral("completed"),
                                       QStringLiteral("uses"),
                                       QStringLiteral("route"),
                                       QStringLiteral("entry")};
    QStringList lines;
    for (const TopologyEdgeItem *item : scene.edgeItems()) {
        const TopologyDiagramEdge &edge = item->edge();
        QString line = QStringLiteral("%1 -> %2 (%3)")
                           .arg(scene.diagram().nodes.at(edge.from).id,
                                scene.diagram().nodes.at(edge.to).id,
                                kindNames.at(int(edge.kind)));
        if (!edge.label.isEmpty())
            line += QLatin1Char(' ') + edge.label;
        lines << line;
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

const QString twoNetworkCompose = QStringLiteral("services:\n"
                                                 "  proxy:\n    image: traefik:v3.1\n"
                                                 "    ports: [\"80:80\"]\n    networks: [front]\n"
                                                 "  app:\n    image: ghcr.io/acme/app:2\n    networks: [front, back]\n"
                                                 "    depends_on:\n      db:\n        condition: service_healthy\n"
                                                 "  db:\n    image: postgres:16\n    networks: [back]\n"
                                                 "    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n"
                                                 "networks:\n  front:\n  back:\n    internal: true\n");

} // namespace

TEST(TopologyViewTest, ShowsOneNodePerServiceOfGroundZeroWithItsRelations)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    ASSERT_TRUE(stack->isLoaded()) << qPrintable(stack->error.toString());
    TopologyView view;
    ASSERT_TRUE(showAndWait(view, host, *stack));
    const TopologyScene &scene = *view.topologyScene();
    EXPECT_EQ(scene.layout().source, TopologyLayout::Source::Graphviz) << qPrintable(view.bannerText());
    EXPECT_TRUE(view.bannerText().isEmpty()) << qPrintable(view.bannerText());

    // The worker is behind the "workers" profile and so not part of the running stack.
    QStringList expected;
    for (const ComposeService &service : stack->project->project.services)
        expected << service.name;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(expected,
              (QStringList{QStringLiteral("agent-zero"),
                           QStringLiteral("e2b-sandbox"),
                           QStringLiteral("n8n"),
                           QStringLiteral("postgres"),
                           QStringLiteral("redis"),
                           QStringLiteral("reverse-proxy")}));
    EXPECT_EQ(serviceNodes(scene), expected);

    EXPECT_EQ(edgeDescriptions(scene),
              (QStringList{QStringLiteral("agent-zero -> e2b-sandbox (started)"),
                           QStringLiteral("agent-zero -> postgres (healthy)"),
                           QStringLiteral("agent-zero -> redis (uses)"),
                           QStringLiteral("e2b-sandbox -> postgres (uses)"),
                           QStringLiteral("n8n -> postgres (healthy)"),
                           QStringLiteral("n8n -> redis (healthy)"),
                           QStringLiteral("outside:internet -> reverse-proxy (entry) 80, 443"),
                           QStringLiteral("outside:loopback -> n8n (entry) 5678"),
                           QStringLiteral("reverse-proxy -> n8n (healthy)")}));

    // Kinds, zone and the badge for the one service the internet reaches.
    EXPECT_EQ(scene.nodeItem(QStringLiteral("postgres"))->node().kind, ServiceKind::Database);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("redis"))->node().kind, ServiceKind::Cache);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("reverse-proxy"))->node().kind, ServiceKind::Proxy);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("n8n"))->node().kind, ServiceKind::App);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("outside:internet"))->node().kind, ServiceKind::External);
    ASSERT_EQ(scene.zoneItems().size(), 1);
    EXPECT_EQ(scene.zoneItems().at(0)->zone().key, QStringLiteral("n8n-network"));
    for (const TopologyNodeItem *item : scene.nodeItems())
        EXPECT_EQ(item->node().publiclyExposed, item->nodeId() == QLatin1String("reverse-proxy"))
            << qPrintable(item->nodeId());
    // Tiers as compose starts them: databases first, the proxy last.
    EXPECT_EQ(scene.nodeItem(QStringLiteral("postgres"))->node().tier, 0);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("n8n"))->node().tier, 1);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("reverse-proxy"))->node().tier, 2);
    EXPECT_LT(scene.nodeItem(QStringLiteral("reverse-proxy"))->y(), scene.nodeItem(QStringLiteral("n8n"))->y());
    EXPECT_LT(scene.nodeItem(QStringLiteral("n8n"))->y(), scene.nodeItem(QStringLiteral("postgres"))->y());
    EXPECT_FALSE(view.minimap()->isVisibleTo(&view)); // seven nodes fit on screen
}

TEST(TopologyViewTest, EdgeStylesFollowTheDependsOnCondition)
{
    TopologyDiagramEdge edge{0, 1, TopologyEdgeKind::DependsHealthy, {}};
    const TopologyEdgeRoute route{{QPointF(0, 0), QPointF(0, 50)}, std::nullopt, std::nullopt};
    EXPECT_EQ(TopologyEdgeItem(0, edge, route).penStyle(), Qt::SolidLine);
    edge.kind = TopologyEdgeKind::DependsStarted;
    EXPECT_EQ(TopologyEdgeItem(0, edge, route).penStyle(), Qt::DashLine);
    edge.kind = TopologyEdgeKind::DependsCompleted;
    EXPECT_EQ(TopologyEdgeItem(0, edge, route).penStyle(), Qt::DotLine);
}

TEST(TopologyViewTest, FallsBackToTheTieredLayoutWhenDotIsMissing)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    TopologyView view;
    view.layoutRunner()->setDotProgram(QStringLiteral("/nonexistent/leitstand-test/dot"));
    ASSERT_TRUE(showAndWait(view, host, *stack));
    EXPECT_EQ(view.topologyScene()->layout().source, TopologyLayout::Source::Tiered);
    EXPECT_EQ(view.bannerText(),
              QStringLiteral("Showing a simple tiered layout: Graphviz (dot) could not be started from "
                             "/nonexistent/leitstand-test/dot."));
    EXPECT_EQ(serviceNodes(*view.topologyScene()).size(), stack->project->project.services.size());
}

TEST(TopologyViewTest, StopsADotThatTakesTooLongAndFallsBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A dot that never answers: the view must not wait for it beyond the limit.
    const QString slowDot = dir.filePath(QStringLiteral("dot"));
    QFile script(slowDot);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 30\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    TopologyView view;
    view.layoutRunner()->setDotProgram(slowDot);
    view.layoutRunner()->setTimeLimit(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(showAndWait(view, host, *stack, 5000));
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_EQ(view.topologyScene()->layout().source, TopologyLayout::Source::Tiered);
    EXPECT_EQ(view.bannerText(),
              QStringLiteral("Showing a simple tiered layout: Graphviz (dot) took longer than 0.3 s and was stopped."));
}

TEST(TopologyViewTest, DiscardsTheLayoutOfAStackThatIsNoLongerShown)
{
    const auto [groundZeroHost, groundZero] = demoStack(QStringLiteral("ground-zero"));
    const auto [dominoHost, domino] = demoStack(QStringLiteral("domino"));
    ASSERT_NE(groundZero, nullptr);
    ASSERT_NE(domino, nullptr);
    TopologyView view;
    QSignalSpy applied(&view, &TopologyView::layoutApplied);
    view.showStack(groundZeroHost, *groundZero);
    view.showStack(dominoHost, *domino);
    ASSERT_TRUE(applied.wait(10000));
    QTest::qWait(200);
    EXPECT_EQ(applied.size(), 1);
    EXPECT_EQ(view.topologyScene()->diagram().stackName, QStringLiteral("domino"));
    EXPECT_EQ(view.topologyScene()->nodeItem(QStringLiteral("agent-zero")), nullptr);
    EXPECT_EQ(serviceNodes(*view.topologyScene()).size(), domino->project->project.services.size());
}

TEST(TopologyViewTest, FilterByNetworkHidesNodesOutsideIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const LoadedStack stack = writeStack(dir, QStringLiteral("zones"), twoNetworkCompose);
    ASSERT_TRUE(stack.isLoaded()) << qPrintable(stack.error.toString());
    TopologyView view;
    ASSERT_TRUE(showAndWait(view, nullptr, stack));
    const TopologyScene &scene = *view.topologyScene();
    ASSERT_EQ(scene.zoneItems().size(), 2);
    // app joins both networks and so stands outside both zones; the internal one says so.
    EXPECT_EQ(scene.nodeItem(QStringLiteral("app"))->node().zone, -1);
    for (const TopologyZoneItem *zone : scene.zoneItems()) {
        const bool internal = zone->zone().key == QLatin1String("back");
        EXPECT_EQ(zone->title(), internal ? QStringLiteral("back (internal)") : QStringLiteral("front"));
    }

    QComboBox *networks = view.filterBar()->networkComboBox();
    ASSERT_EQ(networks->count(), 3); // all, back, front
    networks->setCurrentIndex(networks->findData(QStringLiteral("back")));
    QStringList visible = scene.visibleNodeIds();
    std::sort(visible.begin(), visible.end());
    EXPECT_EQ(visible, (QStringList{QStringLiteral("app"), QStringLiteral("db")}));
    for (const TopologyEdgeItem *edge : scene.edgeItems()) {
        const bool betweenVisible = visible.contains(scene.diagram().nodes.at(edge->edge().from).id)
                                    && visible.contains(scene.diagram().nodes.at(edge->edge().to).id);
        EXPECT_EQ(edge->isVisible(), betweenVisible);
    }

    QComboBox *kinds = view.filterBar()->kindComboBox();
    kinds->setCurrentIndex(kinds->findData(int(ServiceKind::Database)));
    EXPECT_EQ(scene.visibleNodeIds(), QStringList{QStringLiteral("db")});
    networks->setCurrentIndex(0);
    kinds->setCurrentIndex(0);
    EXPECT_EQ(scene.visibleNodeIds().size(), scene.nodeItems().size());

    QComboBox *tiers = view.filterBar()->tierComboBox();
    tiers->setCurrentIndex(tiers->findData(0));
    QStringList tierZero = scene.visibleNodeIds();
    std::sort(tierZero.begin(), tierZero.end());
    EXPECT_EQ(tierZero, (QStringList{QStringLiteral("db"), QStringLiteral("proxy")}));
}

TEST(TopologyViewTest, ClickHighlightsTheNeighbourhoodAndDoubleClickActivates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const LoadedStack stack = writeStack(dir, QStringLiteral("zones"), twoNetworkCompose);
    ASSERT_TRUE(stack.isLoaded());
    TopologyView view;
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(showAndWait(view, nullptr, stack));
    TopologyGraphicsView *canvas = view.graphicsView();
    const TopologyScene &scene = *view.topologyScene();
    const QPoint dbPosition = canvas->mapFromScene(scene.nodeItem(QStringLiteral("db"))->scenePos());

    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, dbPosition);
    EXPECT_EQ(scene.highlightedNode(), QStringLiteral("db"));
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("db"))->isCurrent());
    EXPECT_EQ(scene.nodeItem(QStringLiteral("app"))->opacity(), 1.0);   // depends on db
    EXPECT_LT(scene.nodeItem(QStringLiteral("proxy"))->opacity(), 0.5); // no edge to db

    QSignalSpy activated(&view, &StackView::serviceActivated);
    QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, dbPosition);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("db"));

    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_TRUE(scene.highlightedNode().isEmpty());
    EXPECT_EQ(scene.nodeItem(QStringLiteral("proxy"))->opacity(), 1.0);

    view.selectService(QStringLiteral("proxy"));
    EXPECT_EQ(scene.highlightedNode(), QStringLiteral("proxy"));
    EXPECT_LT(scene.nodeItem(QStringLiteral("db"))->opacity(), 0.5);
}

TEST(TopologyViewTest, ZoomsWithKeysAndWheelAndFitsTheWholeGraph)
{
    const auto [host, stack] = demoStack(QStringLiteral("manacore"));
    ASSERT_NE(stack, nullptr);
    ASSERT_TRUE(stack->isLoaded());
    TopologyView view;
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(showAndWait(view, host, *stack));
    TopologyGraphicsView *canvas = view.graphicsView();
    EXPECT_TRUE(view.minimap()->isVisibleTo(&view)); // 52 containers do not fit on one screen
    // Nearly every ManaCore service is published on all addresses: badges, not fifty lines.
    const TopologyScene &scene = *view.topologyScene();
    int exposed = 0;
    for (const TopologyNodeItem *item : scene.nodeItems())
        exposed += item->node().publiclyExposed ? 1 : 0;
    EXPECT_GT(exposed, 8);
    const TopologyNodeItem *internet = scene.nodeItem(QStringLiteral("outside:internet"));
    ASSERT_NE(internet, nullptr);
    EXPECT_EQ(internet->node().detail, QStringLiteral("reaches %1 service(s)").arg(exposed));
    for (const TopologyEdgeItem *edge : scene.edgeItems())
        EXPECT_NE(edge->edge().from, internet->nodeIndex());
    const double fitted = canvas->zoomLevel();
    EXPECT_LE(fitted, 1.0);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_NEAR(canvas->zoomLevel(), fitted * 1.2, 1e-9);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(canvas->zoomLevel(), fitted, 1e-9);

    QWheelEvent wheel(QPointF(400, 300),
                      canvas->viewport()->mapToGlobal(QPointF(400, 300)),
                      QPoint(),
                      QPoint(0, 240),
                      Qt::NoButton,
                      Qt::ControlModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(canvas->viewport(), &wheel);
    EXPECT_NEAR(canvas->zoomLevel(), fitted * 1.44, 1e-9);

    QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
    EXPECT_NEAR(canvas->zoomLevel(), fitted, 1e-9);
    // The minimap's rectangle is what the canvas shows.
    const QRectF shown = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    EXPECT_EQ(view.minimap()->viewportRect(), shown);
}

TEST(TopologyViewTest, ExportsPngSvgAndDot)
{
    const auto [host, stack] = demoStack(QStringLiteral("ground-zero"));
    ASSERT_NE(stack, nullptr);
    TopologyView view;
    ASSERT_TRUE(showAndWait(view, host, *stack));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("topology.png"));
    ASSERT_TRUE(view.exportPng(png).hasValue());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    const QSizeF scene = view.topologyScene()->sceneRect().size();
    EXPECT_EQ(image.size(), QSize(int(std::ceil(scene.width() * 2)), int(std::ceil(scene.height() * 2))));

    const QString svg = dir.filePath(QStringLiteral("topology.svg"));
    ASSERT_TRUE(view.exportSvg(svg).hasValue());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray drawing = svgFile.readAll();
    EXPECT_TRUE(drawing.contains("<svg"));
    EXPECT_TRUE(drawing.contains("<title>Topology of ground-zero</title>"));
    EXPECT_TRUE(drawing.contains("reverse-proxy")); // names are text, not pixels

    const QString dot = dir.filePath(QStringLiteral("topology.dot"));
    ASSERT_TRUE(view.exportDot(dot).hasValue());
    QFile dotFile(dot);
    ASSERT_TRUE(dotFile.open(QIODevice::ReadOnly));
    const QByteArray text = dotFile.readAll();
    EXPECT_TRUE(text.startsWith("digraph")) << text.left(80).constData();
    EXPECT_TRUE(text.contains("agent-zero"));

    const Outcome refused = view.exportPng(dir.filePath(QStringLiteral("missing/folder/topology.png")));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message().startsWith(QLatin1String("Could not write the image")));
}
