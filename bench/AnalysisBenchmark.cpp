// Runs every analysis of issue 3 on a generated 500-service project and prints each time next to
// the time of loading the same project, measured in the same run. Target: all analyses together
// take less time than the load. Building the Kubernetes manifests is printed apart: it is the
// export of `leitstand-cli k8s`, not an analysis.
#include "GeneratedProject.h"
#include "core/analysis/ProjectReview.h"
#include "core/analysis/kubernetes/KubernetesManifestBuilder.h"
#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/ports/PortMigrationPlanner.h"
#include "core/analysis/ports/PortScheme.h"
#include "core/analysis/topology/DependencyAnalysis.h"
#include "core/analysis/topology/TopologyBuilder.h"
#include "core/analysis/topology/TopologyDotWriter.h"
#include "core/compose/ComposeLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

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

} // namespace

int main(int argc, char *argv[])
{
    using namespace Leitstand;
    using namespace Leitstand::Analysis;

    QCoreApplication application(argc, argv);
    const int serviceCount = argc > 1 ? std::atoi(argv[1]) : 500;
    QTemporaryDir directory;
    ComposeLoadOptions options;
    options.files = GeneratedProject::write(directory.path(), serviceCount);

    const auto loaded = ComposeLoader::load(options);
    if (!loaded) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const ComposeProject &project = loaded->project;
    constexpr int Runs = 11;
    const double load = medianMilliseconds(Runs, [&] { (void)ComposeLoader::load(options); });

    struct Row
    {
        const char *name;
        double milliseconds;
    };
    const PortScheme scheme = PortScheme::defaultScheme();
    const std::vector<Row> rows{
        {"topology graph", medianMilliseconds(Runs, [&] { (void)TopologyBuilder::build(project); })},
        {"dependency lints", medianMilliseconds(Runs, [&] { (void)DependencyAnalysis::lint(project); })},
        {"topology DOT",
         medianMilliseconds(Runs, [&] { (void)TopologyDotWriter::write(TopologyBuilder::build(project)); })},
        {"port matrix + clashes", medianMilliseconds(Runs, [&] { (void)PortMatrix::build(project); })},
        {"port migration plan", medianMilliseconds(Runs, [&] { (void)PortMigrationPlanner::plan({project}, scheme); })},
        {"review (all lints)",
         medianMilliseconds(Runs, [&] { (void)ProjectReview::run(project, ProjectReview::defaultLints()); })},
    };
    // Writing manifests is an export (`leitstand-cli k8s`), not part of the review; shown apart.
    const double manifests = medianMilliseconds(Runs, [&] { (void)KubernetesManifestBuilder::build(project); });

    std::printf("analysis benchmark: %d services generated, %lld loaded (median of %d)\n",
                serviceCount,
                static_cast<long long>(project.services.size()),
                Runs);
    std::printf("  load (peer)                      %9.2f ms\n", load);
    double total = 0;
    for (const Row &row : rows) {
        std::printf("  %-32s %9.2f ms\n", row.name, row.milliseconds);
        total += row.milliseconds;
    }
    std::printf("  all analyses together            %9.2f ms\n", total);
    std::printf("  kubernetes manifests (export)    %9.2f ms (%.2fx the load)\n", manifests, manifests / load);
    std::printf("  ratio analyses / load            %9.2fx (target < 1.0x: %s)\n",
                total / load,
                total < load ? "met" : "MISSED");
    return 0;
}
