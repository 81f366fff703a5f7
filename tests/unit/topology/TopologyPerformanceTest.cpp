// The analysis of a large project must cost much less than loading it: 500 services, each with
// a dependency, environment values naming other services, Traefik labels, a network and a volume.
#include "TopologyTestSupport.h"

#include "core/analysis/topology/DependencyAnalysis.h"
#include "core/analysis/topology/TopologyDotWriter.h"
#include "core/analysis/topology/TopologyJsonWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>
#include <limits>

using namespace TopologyTest;

namespace {

QByteArray largeProject(int serviceCount)
{
    QString text = QStringLiteral("services:\n  proxy:\n    image: traefik:v3.1\n    ports: [\"443:443\"]\n");
    for (int i = 0; i < serviceCount; ++i) {
        const QString name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        text += QStringLiteral("  %1:\n    image: registry.local/%1:1.0\n    networks: [zone%2]\n"
                               "    volumes: [\"data-%3:/data\"]\n"
                               "    healthcheck: {test: [\"CMD\", \"true\"]}\n"
                               "    labels:\n      traefik.http.routers.%1.rule: Host(`%1.example.test`)\n"
                               "      traefik.http.services.%1.loadbalancer.server.port: \"8080\"\n"
                               "    environment:\n      UPSTREAM_URL: http://svc-%4:8080/api\n"
                               "      DB_HOST: svc-%5\n      MODE: plain-value-%3\n")
                    .arg(name)
                    .arg(i % 5)
                    .arg(i)
                    .arg((i * 7 + 3) % serviceCount, 3, 10, QLatin1Char('0'))
                    .arg((i / 10) * 10, 3, 10, QLatin1Char('0'));
        if (i > 0) {
            text += QStringLiteral("    depends_on:\n      svc-%1: {condition: service_healthy}\n")
                        .arg(i - 1, 3, 10, QLatin1Char('0'));
            if (i > 2) // for svc-002, svc-001 would be named twice
                text += QStringLiteral("      svc-%1: {condition: service_started}\n")
                            .arg(i / 2, 3, 10, QLatin1Char('0'));
        }
    }
    text += QStringLiteral("networks:\n");
    for (int zone = 0; zone < 5; ++zone)
        text += QStringLiteral("  zone%1: {internal: %2}\n")
                    .arg(zone)
                    .arg(zone == 0 ? QStringLiteral("true") : QStringLiteral("false"));
    text += QStringLiteral("volumes:\n");
    for (int i = 0; i < serviceCount; ++i)
        text += QStringLiteral("  data-%1:\n").arg(i);
    return text.toUtf8();
}

} // namespace

TEST(TopologyPerformanceTest, FiveHundredServicesAnalyseFasterThanTheyLoad)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(largeProject(500));
    file.close();

    // The best of a few runs each, so a busy machine disturbs the comparison less.
    qint64 loadNs = std::numeric_limits<qint64>::max();
    qint64 analyseNs = std::numeric_limits<qint64>::max();
    TopologyReport report;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto loaded = load(dir.path());
        loadNs = std::min(loadNs, timer.nsecsElapsed());
        ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
        timer.restart();
        report = TopologyBuilder::build(loaded->project);
        analyseNs = std::min(analyseNs, timer.nsecsElapsed());
    }
    std::cout << "[ measured ] load " << loadNs / 1000 << " µs, topology with lints " << analyseNs / 1000 << " µs\n";

    EXPECT_EQ(report.order.tiers.size(), 500); // the chain svc-000 -> ... -> svc-499
    EXPECT_EQ(report.routes.size(), 500);
    QSet<QPair<int, int>> uses; // what the generator wrote: UPSTREAM_URL and DB_HOST, never itself
    for (int i = 0; i < 500; ++i) {
        for (const int target : {(i * 7 + 3) % 500, (i / 10) * 10}) {
            if (target != i)
                uses.insert({i, target});
        }
    }
    EXPECT_EQ(report.graph.edges(EdgeKind::Uses).size(), uses.size());
    // svc-N waits for svc-(N/2), which the chain through svc-(N-1) already guarantees.
    EXPECT_EQ(findingList(report.findings, QStringLiteral("redundant-dependency")).size(), 497);
    const auto svc100 = std::find_if(report.findings.cbegin(), report.findings.cend(), [](const Finding &finding) {
        return finding.service == QLatin1String("svc-100") && finding.code == QLatin1String("redundant-dependency");
    });
    ASSERT_NE(svc100, report.findings.cend());
    EXPECT_EQ(svc100->message,
              QStringLiteral("depends_on \"svc-050\" is already implied through \"svc-099\" "
                             "(svc-100 → svc-099 → … → svc-050)"));
    EXPECT_LT(analyseNs, loadNs);
}
