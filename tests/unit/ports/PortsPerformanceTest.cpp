// The analyses of this folder must cost much less than loading the project they look at.
#include "PortsTestSupport.h"

#include "core/analysis/naming/NamingLinter.h"
#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/ports/PortMigrationPlanner.h"
#include "core/analysis/ports/PortSchemeLinter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::PortsTest;

namespace {

// 500 services in the shapes of the demo: backends, frontends, bots, exporters and databases,
// each with two or three ports, a container name, a volume and a few clashes.
QByteArray largeProject()
{
    static const char *const kinds[] = {"backend", "web", "bot", "exporter", "postgres"};
    QByteArray yaml = "services:\n";
    QByteArray volumes = "volumes:\n";
    for (int i = 0; i < 500; ++i) {
        const QByteArray kind = kinds[i % 5];
        const QByteArray name
            = kind == "postgres" ? "postgres-" + QByteArray::number(i) : "app" + QByteArray::number(i) + '-' + kind;
        // Every 50th service takes the three ports of the one before it: three clashes each.
        const int port = 20000 + i * 3 - (i % 50 == 0 && i > 0 ? 3 : 0);
        yaml += "  " + name + ":\n    image: ghcr.io/example/" + kind + ":1\n    container_name: big-" + name + "\n";
        yaml += "    ports:\n      - \"" + QByteArray::number(port) + ":8080\"\n      - \"127.0.0.1:"
                + QByteArray::number(port + 1) + ":9090\"\n      - \"" + QByteArray::number(port + 2) + ":53/udp\"\n";
        yaml += "    expose: [\"7000\"]\n    volumes: [\"" + name + "_data:/data\"]\n";
        volumes += "  " + name + "_data:\n";
    }
    return yaml + volumes;
}

double fastestMilliseconds(const std::function<void()> &work)
{
    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

TEST(PortsPerformanceTest, AnalysesOf500ServicesTakeMuchLessThanLoading)
{
    const TemporaryProject sample(largeProject(), QStringLiteral("big"));
    ComposeProject project;
    const double loading = fastestMilliseconds([&] { project = sample.project(); });
    ASSERT_EQ(project.services.size(), 500);

    const PortScheme portScheme = PortScheme::defaultScheme();
    const NamingScheme namingScheme = NamingScheme::defaultScheme();
    std::size_t results = 0;
    const double analysing = fastestMilliseconds([&] {
        const PortMatrix matrix = PortMatrix::build(project);
        const PortMigrationPlan plan = PortMigrationPlanner::plan({project}, portScheme);
        results = static_cast<std::size_t>(matrix.bindings.size() + matrix.conflicts.size() + plan.moves.size()
                                           + PortSchemeLinter::lint(project, portScheme).size()
                                           + NamingLinter::lint(project, namingScheme).size());
    });
    EXPECT_GT(results, 0u);
    std::printf("matrix %.2f plan %.2f lint %.2f naming %.2f\n",
                fastestMilliseconds([&] { PortMatrix::build(project); }),
                fastestMilliseconds([&] { PortMigrationPlanner::plan({project}, portScheme); }),
                fastestMilliseconds([&] { PortSchemeLinter::lint(project, portScheme); }),
                fastestMilliseconds([&] { NamingLinter::lint(project, namingScheme); }));
    const PortMatrix matrix = PortMatrix::build(project);
    EXPECT_EQ(matrix.bindings.size(), 2000); // 3 published + 1 exposed per service
    EXPECT_EQ(matrix.conflicts.size(), 27);  // services 50, 100, ..., 450: tcp, loopback tcp, udp

    RecordProperty("load_ms", QString::number(loading, 'f', 2).toStdString());
    RecordProperty("analyses_ms", QString::number(analysing, 'f', 2).toStdString());
    std::printf("500 services: loading %.2f ms, port and naming analyses %.2f ms\n", loading, analysing);
    // "Much less": a quarter leaves room for a busy machine without hiding a slow algorithm.
    EXPECT_LT(analysing * 4, loading);
}
