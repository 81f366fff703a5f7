// Loads a generated 500-service project (anchors, interpolation, three merged files) and
// prints our time next to two peers measured in the same run: yaml-cpp alone parsing the same
// files, and Debian's `docker-compose config` (1.29) resolving the same project.
// Targets: at least 50x faster than docker-compose, at most 2x yaml-cpp's bare parse.
#include "GeneratedProject.h"
#include "core/compose/ComposeLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMilliseconds(int runs, const std::function<bool()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int serviceCount = argc > 1 ? std::atoi(argv[1]) : 500;
    QTemporaryDir directory;
    const QStringList files = GeneratedProject::write(directory.path(), serviceCount);

    Leitstand::ComposeLoadOptions options;
    options.files = files;
    options.environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    std::size_t services = 0;
    const double ours = medianMilliseconds(15, [&] {
        const auto loaded = Leitstand::ComposeLoader::load(options);
        if (!loaded) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error().toString()));
            return false;
        }
        services = static_cast<std::size_t>(loaded->project.services.size());
        return true;
    });
    if (ours < 0)
        return 1;

    const double yamlCpp = medianMilliseconds(15, [&] {
        for (const QString &file : files)
            (void)YAML::LoadFile(file.toStdString());
        return true;
    });

    double dockerCompose = -1;
    if (!QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty()) {
        dockerCompose = medianMilliseconds(3, [&] {
            QProcess process;
            process.setWorkingDirectory(directory.path());
            QStringList arguments;
            for (const QString &file : files)
                arguments << QStringLiteral("-f") << file;
            arguments << QStringLiteral("config");
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(QStringLiteral("docker-compose"), arguments);
            return process.waitForFinished(300000) && process.exitCode() == 0;
        });
    }

    std::printf("loader benchmark: %d services generated, %zu loaded, 3 files\n", serviceCount, services);
    std::printf("  leitstand ComposeLoader::load   %9.2f ms (median of 15)\n", ours);
    std::printf("  yaml-cpp YAML::LoadFile (bare)  %9.2f ms (median of 15)\n", yamlCpp);
    if (dockerCompose > 0)
        std::printf("  docker-compose 1.29 config      %9.2f ms (median of 3)\n", dockerCompose);
    else
        std::printf("  docker-compose 1.29 config      not measured (not installed or failed)\n");
    const double vsYaml = ours / yamlCpp;
    std::printf(
        "  ratio leitstand / yaml-cpp      %9.2fx (target <= 2.0x: %s)\n", vsYaml, vsYaml <= 2.0 ? "met" : "MISSED");
    if (dockerCompose > 0) {
        const double speedup = dockerCompose / ours;
        std::printf("  speed-up over docker-compose    %9.1fx (target >= 50x: %s)\n",
                    speedup,
                    speedup >= 50 ? "met" : "MISSED");
    }
    return 0;
}
