#include "PortsTestSupport.h"

#include "core/analysis/naming/NamePrefix.h"
#include "core/analysis/naming/NamingLinter.h"

#include <algorithm>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::PortsTest;

namespace {

const Finding *findingFor(const Findings &findings, const QString &service, const QString &text)
{
    const auto found = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return finding.service == service && finding.message.contains(text);
    });
    return found == findings.cend() ? nullptr : &*found;
}

QString describe(const NamePrefix &prefix)
{
    static const char *const kinds[] = {"expected", "variant", "none"};
    return QString::fromLatin1(kinds[static_cast<int>(prefix.kind)]) + QLatin1Char(' ') + prefix.prefix
           + QLatin1Char('|') + prefix.rest;
}

} // namespace

TEST(NamingLinterTest, PrefixVariantsOfSeed004)
{
    const QString project = QStringLiteral("manacore");
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("manacore-postgres"), project)),
              QStringLiteral("expected manacore-|postgres"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("mana-core-auth"), project)),
              QStringLiteral("variant mana-core-|auth"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("mana-api-gateway"), project)),
              QStringLiteral("variant mana-|api-gateway"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("manacore_redis"), project)),
              QStringLiteral("variant manacore_|redis"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("chat-backend"), project)), QStringLiteral("none |chat-backend"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("man-page"), project)), QStringLiteral("none |man-page"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("matrix-web"), project)), QStringLiteral("none |matrix-web"));
    EXPECT_EQ(describe(NamePrefix::of(QStringLiteral("manacore"), project)), QStringLiteral("none |manacore"));
}

TEST(NamingLinterTest, ManaCoreContainers)
{
    const ComposeProject project = manacore();
    const Findings findings = NamingLinter::lint(project, NamingScheme::defaultScheme());
    // 52 containers: the ten Matrix bots and manacore-matrix-web already read
    // manacore-matrix-{service}; the other 41 do not. Plus one prefix summary and 20 volumes.
    EXPECT_EQ(findings.size(), 41 + 1 + 20);
    EXPECT_TRUE(std::all_of(
        findings.cbegin(), findings.cend(), [](const Finding &f) { return f.code == QStringLiteral("naming"); }));

    const Finding *chatBackend = findingFor(findings, QStringLiteral("chat-backend"), QStringLiteral("container"));
    ASSERT_NE(chatBackend, nullptr);
    EXPECT_EQ(chatBackend->message,
              QStringLiteral("container name \"chat-backend\" has no \"manacore-\" prefix; the naming scheme gives "
                             "\"manacore-app-chat-backend\""));
    const Finding *auth = findingFor(findings, QStringLiteral("mana-core-auth"), QStringLiteral("container"));
    ASSERT_NE(auth, nullptr);
    EXPECT_EQ(
        auth->message,
        QStringLiteral("container name \"mana-core-auth\" uses the prefix \"mana-core-\" instead of \"manacore-\"; "
                       "the naming scheme gives \"manacore-core-auth\""));
    const Finding *postgres = findingFor(findings, QStringLiteral("postgres"), QStringLiteral("container"));
    ASSERT_NE(postgres, nullptr);
    EXPECT_EQ(postgres->message,
              QStringLiteral("container name \"manacore-postgres\" does not follow \"{project}-{category}-{service}\"; "
                             "the naming scheme gives \"manacore-infra-postgres\""));
    const Finding *grafana = findingFor(findings, QStringLiteral("grafana"), QStringLiteral("container"));
    ASSERT_NE(grafana, nullptr);
    EXPECT_TRUE(grafana->message.endsWith(QStringLiteral("\"manacore-mon-grafana\"")));
    const Finding *matrixWeb = findingFor(findings, QStringLiteral("matrix-web"), QStringLiteral("container"));
    ASSERT_NE(matrixWeb, nullptr);
    EXPECT_EQ(matrixWeb->message,
              QStringLiteral("container name \"matrix-web\" has no \"manacore-\" prefix; the naming scheme gives "
                             "\"manacore-matrix-web\" (the name is also claimed by \"manacore-matrix-web\")"));
    EXPECT_EQ(findingFor(findings, QStringLiteral("matrix-mana-bot"), QStringLiteral("container")), nullptr);
    EXPECT_EQ(findingFor(findings, QStringLiteral("manacore-matrix-web"), QStringLiteral("container")), nullptr);
}

TEST(NamingLinterTest, ManaCorePrefixSummary)
{
    const Findings findings = NamingLinter::lint(manacore(), NamingScheme::defaultScheme());
    const Finding *summary = findingFor(findings, QString(), QStringLiteral("prefixes"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(
        summary->message,
        QStringLiteral("container names use 4 different prefixes (\"manacore-\": 28, no prefix: 20, \"mana-\": 3, "
                       "\"mana-core-\": 1); the naming scheme uses \"manacore-\""));
}

TEST(NamingLinterTest, ManaCoreVolumes)
{
    const Findings findings = NamingLinter::lint(manacore(), NamingScheme::defaultScheme());
    const Finding *postgres = findingFor(findings, QStringLiteral("postgres"), QStringLiteral("volume"));
    ASSERT_NE(postgres, nullptr);
    EXPECT_EQ(postgres->message,
              QStringLiteral("volume \"postgres_data\" is named \"manacore-postgres\"; the naming scheme gives "
                             "\"manacore-postgres-data\""));
    const Finding *bot = findingFor(findings, QStringLiteral("matrix-mana-bot"), QStringLiteral("volume"));
    ASSERT_NE(bot, nullptr);
    EXPECT_EQ(bot->message,
              QStringLiteral("volume \"matrix_mana_bot_data\" is named \"manacore_matrix_mana_bot_data\"; the naming "
                             "scheme gives \"manacore-matrix-mana-bot-data\""));
}

TEST(NamingLinterTest, ConsistentProjectIsClean)
{
    const TemporaryProject sample("name: shop\n"
                                  "services:\n"
                                  "  postgres:\n    image: postgres:16\n    container_name: shop-infra-postgres\n"
                                  "    volumes: [\"db:/var/lib/postgresql/data\", \"cache:/cache\"]\n"
                                  "  shop-web:\n    image: shop/web\n    container_name: shop-app-web\n"
                                  "  worker:\n    image: shop/worker\n" // no container_name: compose names it
                                  "volumes:\n"
                                  "  db:\n    name: shop-db-data\n"
                                  "  cache:\n    name: shop-cache-data\n"
                                  "  legacy:\n    external: true\n");
    EXPECT_EQ(NamingLinter::lint(sample.project(), NamingScheme::defaultScheme()), Findings());
}

TEST(NamingLinterTest, CustomPrefixAndPatterns)
{
    const TemporaryProject sample("name: sese-infra\n"
                                  "services:\n"
                                  "  redis:\n    image: redis:7\n    container_name: sese-redis\n"
                                  "    volumes: [\"redis_data:/data\"]\n"
                                  "volumes:\n  redis_data:\n");
    NamingScheme scheme = NamingScheme::defaultScheme();
    scheme.prefix = QStringLiteral("sese");
    scheme.containerPattern = QStringLiteral("{project}-{service}");
    scheme.volumePattern = QStringLiteral("{project}_{service}_data");
    const Findings findings = NamingLinter::lint(sample.project(), scheme);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().message,
              QStringLiteral("volume \"redis_data\" is named \"sese-infra_redis_data\"; the naming scheme gives "
                             "\"sese_redis_data\""));
}
