// Times the Topology tab's pipeline on the ManaCore demo stack and on a generated 500-service
// stack: building the diagram from the core topology, the Graphviz layout (a separate `dot`
// process, as the view runs it), reading its answer, the tiered fallback, building the scene
// and painting it. The target is printed next to the figure it concerns: a layout of
// 500 services in under a second. Run with QT_QPA_PLATFORM=offscreen when there is no display.
#include "GeneratedProject.h"
#include "MainWindow.h"
#include "views/topology/DotLayoutInput.h"
#include "views/topology/DotLayoutParser.h"
#include "views/topology/DotLayoutRunner.h"
#include "views/topology/TieredLayout.h"
#include "views/topology/TopologyDiagramBuilder.h"
#include "views/topology/TopologyScene.h"
#include "workspace/WorkspaceLoader.h"

#include "core/compose/ComposeLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Leitstand;

namespace {

double medianMilliseconds(int runs, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Runs dot exactly as the view does (the runner, its arguments and time limit) and waits.
QByteArray runDot(const QByteArray &dot, QString &failure)
{
    DotLayoutRunner runner;
    QEventLoop loop;
    QByteArray answer;
    QObject::connect(&runner, &DotLayoutRunner::succeeded, &loop, [&](quint64, const QByteArray &json) {
        answer = json;
        loop.quit();
    });
    QObject::connect(&runner, &DotLayoutRunner::failed, &loop, [&](quint64, const QString &reason) {
        failure = reason;
        loop.quit();
    });
    runner.start(dot);
    loop.exec();
    return answer;
}

void measure(const char *name, const ComposeProject &project, int runs)
{
    TopologyDiagram diagram;
    const double build = medianMilliseconds(runs, [&] { diagram = TopologyDiagramBuilder::build(project); });
    const QByteArray dot = DotLayoutInput::write(diagram);
    QString failure;
    QByteArray json;
    const double layout = medianMilliseconds(runs, [&] { json = runDot(dot, failure); });
    std::printf("%-12s %4lld nodes %4lld edges\n",
                name,
                static_cast<long long>(diagram.nodes.size()),
                static_cast<long long>(diagram.edges.size()));
    std::printf("  diagram from core topology  %9.2f ms\n", build);
    if (!failure.isEmpty()) {
        std::printf("  dot layout                  failed: %s\n", qPrintable(failure));
    } else {
        std::printf("  dot layout (process)        %9.2f ms   target < 1000 ms for 500 services: %s\n",
                    layout,
                    layout < 1000.0 ? "met" : "MISSED");
    }
    TopologyLayout graphviz;
    const double parse = medianMilliseconds(runs, [&] {
        if (Expected<TopologyLayout> parsed = DotLayoutParser::parse(json, diagram))
            graphviz = *parsed;
    });
    std::printf("  reading dot's JSON          %9.2f ms   (%s, %.0f x %.0f)\n",
                parse,
                DotLayoutInput::prefersLeftToRight(diagram) ? "left to right" : "top to bottom",
                graphviz.bounds.width(),
                graphviz.bounds.height());
    TopologyLayout tiered;
    const double fallback = medianMilliseconds(runs, [&] { tiered = TieredLayout::compute(diagram); });
    std::printf("  tiered fallback layout      %9.2f ms\n", fallback);

    const TopologyLayout &shown = graphviz.nodeCenters.isEmpty() ? tiered : graphviz;
    TopologyScene scene;
    const double sceneBuild = medianMilliseconds(runs, [&] { scene.setDiagram(diagram, shown); });
    std::printf("  scene build                 %9.2f ms\n", sceneBuild);
    // Painting the whole scene once, at the size a 1920x1080 window fits it to: the worst case
    // of a fit-to-window repaint, with every item exposed.
    const QRectF bounds = scene.sceneRect();
    const double scale = std::min(1.0, std::min(1920.0 / bounds.width(), 1080.0 / bounds.height()));
    QImage image(std::max(1, int(bounds.width() * scale)),
                 std::max(1, int(bounds.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    const double paint = medianMilliseconds(runs, [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), bounds);
    });
    std::printf("  paint (%dx%d)           %9.2f ms\n", image.width(), image.height(), paint);
    // One full-size tile, as when zoomed in at 100 %: what a pan repaints.
    QImage tile(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double tilePaint = medianMilliseconds(runs, [&] {
        tile.fill(Qt::white);
        QPainter painter(&tile);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(tile.rect()), QRectF(bounds.topLeft(), QSizeF(1920, 1080)));
    });
    std::printf("  paint at 100 %% (1920x1080)  %9.2f ms   target < 16 ms per frame: %s\n",
                tilePaint,
                tilePaint < 16.0 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const int serviceCount = argc > 1 ? std::atoi(argv[1]) : 500;
    std::printf("Topology view benchmark (median of 5 runs; dot: %s)\n",
                qPrintable(DotLayoutRunner::findDotProgram().isEmpty() ? QStringLiteral("not installed")
                                                                       : DotLayoutRunner::findDotProgram()));

    Expected<LoadedWorkspace> demo = WorkspaceLoader::loadFile(MainWindow::demoWorkspacePath());
    if (!demo) {
        std::fprintf(stderr, "demo workspace: %s\n", qPrintable(demo.error().toString()));
        return 1;
    }
    for (const LoadedHost &host : demo->hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (stack.definition.name == QLatin1String("manacore") && stack.isLoaded())
                measure("ManaCore", stack.project->project, 5);
        }
    }

    QTemporaryDir directory;
    ComposeLoadOptions options;
    options.files = GeneratedProject::write(directory.path(), serviceCount);
    const auto loaded = ComposeLoader::load(options);
    if (!loaded) {
        std::fprintf(stderr, "generated project: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    measure(qPrintable(QStringLiteral("generated-%1").arg(serviceCount)), loaded->project, 5);
    return 0;
}
