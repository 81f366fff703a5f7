// The topology of real compose files from ../shared/corpus, expected values read off the files.
#include "TopologyTestSupport.h"

#include "core/analysis/topology/DependencyAnalysis.h"

using namespace TopologyTest;

// Sentry: depends_on built from anchors merged into each entry (`<<: *depends_on-healthy`),
// COMPOSE_PROFILES=feature-complete from .env.
TEST(CorpusTopologyTest, SentryTiersWithoutCycles)
{
    const auto loaded = load(corpusDir("real/sentry-self-hosted"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    ASSERT_EQ(loaded->project.services.size(), 57);
    const StartupOrder order = DependencyAnalysis::order(loaded->project);

    EXPECT_TRUE(order.cycles.isEmpty());
    EXPECT_TRUE(order.unordered.isEmpty());
    ASSERT_EQ(order.tiers.size(), 5);
    EXPECT_EQ(order.tiers.at(0),
              names({"clickhouse",
                     "kafka",
                     "memcached",
                     "postgres",
                     "redis",
                     "seaweedfs",
                     "smtp",
                     "symbolicator",
                     "symbolicator-cleanup"}));
    EXPECT_EQ(order.tiers.at(1),
              names({"pgbouncer",
                     "snuba-api",
                     "snuba-eap-items-consumer",
                     "snuba-errors-consumer",
                     "snuba-generic-metrics-counters-consumer",
                     "snuba-group-attributes-consumer",
                     "snuba-issue-occurrence-consumer",
                     "snuba-metrics-consumer",
                     "snuba-outcomes-accepted-consumer",
                     "snuba-outcomes-billing-consumer",
                     "snuba-outcomes-consumer",
                     "snuba-profiling-functions-consumer",
                     "snuba-profiling-profile-chunks-consumer",
                     "snuba-profiling-profiles-consumer",
                     "snuba-replacer",
                     "snuba-replays-consumer",
                     "snuba-subscription-consumer-eap-items",
                     "snuba-subscription-consumer-events",
                     "snuba-subscription-consumer-generic-metrics-counters",
                     "snuba-subscription-consumer-metrics",
                     "snuba-subscription-consumer-transactions",
                     "snuba-transactions-consumer",
                     "taskbroker",
                     "uptime-checker",
                     "vroom"}));
    EXPECT_EQ(order.tiers.at(2),
              names({"attachments-consumer",
                     "events-consumer",
                     "generic-metrics-consumer",
                     "ingest-feedback-events",
                     "ingest-monitors",
                     "ingest-occurrences",
                     "metrics-consumer",
                     "monitors-clock-tasks",
                     "monitors-clock-tick",
                     "post-process-forwarder-errors",
                     "post-process-forwarder-issue-platform",
                     "post-process-forwarder-transactions",
                     "process-segments",
                     "process-spans",
                     "sentry-cleanup",
                     "taskscheduler",
                     "taskworker",
                     "transactions-consumer",
                     "uptime-results",
                     "web"}));
    EXPECT_EQ(order.tiers.at(3), names({"launchpad-taskworker", "relay"}));
    EXPECT_EQ(order.tiers.at(4), names({"nginx"}));

    const Findings findings = DependencyAnalysis::lint(loaded->project);
    EXPECT_TRUE(findingList(findings, QStringLiteral("dependency-cycle")).isEmpty());
    // Every sentry-defaults service names kafka and redis, which snuba-api already waits for
    // (healthy); relay and launchpad-taskworker repeat kafka behind web/taskbroker. nginx names
    // web and relay with restart: true, which is a reason of its own.
    EXPECT_EQ(findingList(findings, QStringLiteral("redundant-dependency")).size(), 20 * 2 + 2 + 1);
    // ... and waits only for memcached, seaweedfs, snuba-api and symbolicator to start,
    // although each has a health check.
    EXPECT_EQ(findingList(findings, QStringLiteral("missing-healthy-condition")).size(), 20 * 4);
    EXPECT_TRUE(findingList(findings, QStringLiteral("disabled-dependency")).isEmpty());
}

TEST(CorpusTopologyTest, SentryErrorsOnlyLeavesNoDependencyDangling)
{
    const auto loaded = load(corpusDir("real/sentry-self-hosted"), {QStringLiteral("errors-only")});
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const StartupOrder order = DependencyAnalysis::order(loaded->project);
    EXPECT_EQ(order.tiers.size(), 5);
    EXPECT_EQ(order.tierOf(QStringLiteral("nginx")), 4);
    EXPECT_EQ(order.tierOf(QStringLiteral("vroom")), -1); // feature-complete only
    EXPECT_TRUE(
        findingList(DependencyAnalysis::lint(loaded->project), QStringLiteral("disabled-dependency")).isEmpty());
}

// n8n-ai-starter-kit: the ollama services exist only under the cpu or gpu-nvidia profile, and
// so do the services that depend on them.
TEST(CorpusTopologyTest, N8nStarterKitDefaultProfiles)
{
    const auto loaded = load(corpusDir("real/n8n-ai-starter-kit"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    QStringList disabled;
    for (const DisabledService &service : loaded->project.disabledServices)
        disabled.append(service.name + QLatin1Char(':') + service.profiles.join(QLatin1Char(',')));
    EXPECT_EQ(disabled,
              names({"ollama-cpu:cpu",
                     "ollama-gpu:gpu-nvidia",
                     "ollama-pull-llama-cpu:cpu",
                     "ollama-pull-llama-gpu:gpu-nvidia"}));

    const TopologyReport report = TopologyBuilder::build(loaded->project);
    EXPECT_EQ(report.order.tiers, nameLists({{"minio", "nginx", "postgres", "qdrant"}, {"n8n-import"}, {"n8n"}}));
    // Their dependents are disabled too: nothing dangles, no disabled node is drawn.
    EXPECT_TRUE(findingList(report.findings, QStringLiteral("disabled-dependency")).isEmpty());
    EXPECT_EQ(report.graph.node(QStringLiteral("service:ollama-cpu")), nullptr);
    // n8n-import completes only after postgres is healthy, so n8n's own wait for it is implied.
    EXPECT_EQ(findingList(report.findings), names({"n8n: redundant-dependency"}));
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Uses), names({"n8n -> postgres", "n8n-import -> postgres"}));
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::DependsOn),
              names({"n8n -> n8n-import", "n8n -> postgres", "n8n-import -> postgres"}));
    for (const TopologyEdge &edge : report.graph.edges(EdgeKind::DependsOn)) {
        if (edge.to == QLatin1String("service:n8n-import")) {
            EXPECT_EQ(edge.attributes.value(QStringLiteral("condition")).toString(),
                      QStringLiteral("service_completed_successfully"));
        }
    }
}

TEST(CorpusTopologyTest, N8nStarterKitCpuProfile)
{
    const auto loaded = load(corpusDir("real/n8n-ai-starter-kit"), {QStringLiteral("cpu")});
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const TopologyReport report = TopologyBuilder::build(loaded->project);
    EXPECT_EQ(report.order.tiers,
              nameLists({{"minio", "nginx", "ollama-cpu", "postgres", "qdrant"},
                         {"n8n-import", "ollama-pull-llama-cpu"},
                         {"n8n"}}));
    EXPECT_EQ(loaded->project.disabledServices.size(), 2);
    EXPECT_TRUE(findingList(report.findings, QStringLiteral("disabled-dependency")).isEmpty());
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Publish).filter(QStringLiteral("ollama-cpu")),
              names({"outside:internet -> ollama-cpu"}));
}
