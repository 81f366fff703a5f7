// Dependency lints on small fixtures under tests/data/topology, one situation each.
#include "TopologyTestSupport.h"

#include "core/analysis/topology/DependencyAnalysis.h"

using namespace TopologyTest;

TEST(DependencyFixtureTest, CycleIsSpelledOut)
{
    const auto loaded = load(fixtureDir("cycle"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const StartupOrder order = DependencyAnalysis::order(loaded->project);
    EXPECT_EQ(order.tiers, nameLists({{"e"}}));
    EXPECT_EQ(order.cycles, nameLists({{"a", "b", "c", "a"}, {"loop", "loop"}}));
    EXPECT_EQ(order.unordered, names({"a", "b", "c", "d", "loop"}));

    const Findings findings = DependencyAnalysis::lint(loaded->project);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings.at(0).code, QStringLiteral("dependency-cycle"));
    EXPECT_EQ(findings.at(0).service, QStringLiteral("a"));
    EXPECT_EQ(findings.at(0).severity, Finding::Severity::Blocker);
    EXPECT_EQ(findings.at(0).message,
              QStringLiteral("dependency cycle: a → b → c → a; none of these services can start"));
    EXPECT_EQ(findings.at(0).location.line, 3);
    EXPECT_TRUE(findings.at(0).location.file.endsWith(QLatin1String("cycle/compose.yaml")));
    EXPECT_EQ(findings.at(1).message,
              QStringLiteral("dependency cycle: loop → loop; none of these services can start"));
}

TEST(DependencyFixtureTest, CycleEdgesAreMarkedInTheGraph)
{
    const auto loaded = load(fixtureDir("cycle"));
    ASSERT_TRUE(loaded);
    const TopologyReport report = TopologyBuilder::build(loaded->project);
    EXPECT_EQ(report.graph.node(QStringLiteral("service:d"))->attributes.value(QStringLiteral("tier")).toInt(), -1);
    EXPECT_EQ(report.graph.node(QStringLiteral("service:e"))->attributes.value(QStringLiteral("tier")).toInt(), 0);
}

TEST(DependencyFixtureTest, RedundantOnlyWhereTheGuaranteeHolds)
{
    const auto loaded = load(fixtureDir("redundant"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(DependencyAnalysis::order(loaded->project).tiers,
              nameLists({{"cache", "db"}, {"api", "loose"}, {"gap", "keep", "optional", "worker"}}));
    const Findings findings = DependencyAnalysis::lint(loaded->project);
    EXPECT_EQ(
        findingList(findings),
        names({"loose: missing-healthy-condition", "worker: redundant-dependency", "worker: redundant-dependency"}));
    ASSERT_EQ(findings.size(), 3);
    EXPECT_EQ(findings.at(0).message,
              QStringLiteral("waits only until \"db\" has started, although \"db\" has a health check; use "
                             "condition: service_healthy"));
    EXPECT_EQ(findings.at(1).message,
              QStringLiteral("depends_on \"cache\" is already implied through \"api\" (worker → api → cache)"));
    EXPECT_EQ(findings.at(2).message,
              QStringLiteral("depends_on \"db\" is already implied through \"api\" (worker → api → db)"));
    EXPECT_EQ(findings.at(1).severity, Finding::Severity::Warning);
}

TEST(DependencyFixtureTest, DependencyDisabledByProfiles)
{
    const auto loaded = load(fixtureDir("disabled-dependency"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const Findings findings = DependencyAnalysis::lint(loaded->project);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings.at(0).code, QStringLiteral("disabled-dependency"));
    EXPECT_EQ(findings.at(0).service, QStringLiteral("app"));
    EXPECT_EQ(findings.at(0).severity, Finding::Severity::Blocker);
    EXPECT_EQ(findings.at(0).message,
              QStringLiteral("depends on \"cache\", which the active profiles disable, so compose refuses to start "
                             "this service (enable \"cache\" with profile cache, full)"));
    EXPECT_EQ(findings.at(1).code, QStringLiteral("disabled-dependency"));
    EXPECT_EQ(findings.at(1).severity, Finding::Severity::Info); // required: false

    // The disabled dependencies are drawn, marked; tools (disabled, depended on by nobody) is not.
    const TopologyReport report = TopologyBuilder::build(loaded->project);
    const TopologyNode *cache = report.graph.node(QStringLiteral("service:cache"));
    ASSERT_NE(cache, nullptr);
    EXPECT_TRUE(cache->attributes.value(QStringLiteral("disabled")).toBool());
    EXPECT_EQ(cache->attributes.value(QStringLiteral("profiles")).toVariant().toStringList(), names({"cache", "full"}));
    EXPECT_EQ(report.graph.node(QStringLiteral("service:tools")), nullptr);
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::DependsOn), names({"app -> cache", "app -> search"}));
    EXPECT_EQ(report.order.tiers, nameLists({{"app"}}));
}

TEST(DependencyFixtureTest, EnablingTheProfileResolvesIt)
{
    const auto loaded = load(fixtureDir("disabled-dependency"), {QStringLiteral("full")});
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(findingList(DependencyAnalysis::lint(loaded->project)), names({"app: disabled-dependency"}));
    EXPECT_EQ(DependencyAnalysis::order(loaded->project).tiers, nameLists({{"cache"}, {"app"}}));
}
