#include "PortsTestSupport.h"

#include "core/analysis/ports/PortSchemeReader.h"

using namespace Leitstand;
using namespace Leitstand::Analysis;

namespace {

ComposeService service(const char *name, const char *image = "")
{
    ComposeService result;
    result.name = QString::fromLatin1(name);
    result.image = QString::fromLatin1(image);
    return result;
}

QString categoryOf(const PortScheme &scheme, const ComposeService &candidate)
{
    const PortCategory *category = scheme.categoryOf(candidate);
    return category ? category->id : QStringLiteral("(none)");
}

} // namespace

TEST(PortSchemeTest, GlobMatching)
{
    EXPECT_TRUE(ServicePatterns::globMatches(u"*-web", u"chat-web"));
    EXPECT_TRUE(ServicePatterns::globMatches(u"*-matrix-*", u"manacore-matrix-web"));
    EXPECT_TRUE(ServicePatterns::globMatches(u"postgres*", u"Postgres"));
    EXPECT_TRUE(ServicePatterns::globMatches(u"n?n", u"n8n"));
    EXPECT_TRUE(ServicePatterns::globMatches(u"*", u""));
    EXPECT_FALSE(ServicePatterns::globMatches(u"*-web", u"web"));
    EXPECT_FALSE(ServicePatterns::globMatches(u"matrix-*", u"manacore-matrix-web"));
    EXPECT_FALSE(ServicePatterns::globMatches(u"n?n", u"n88n"));
}

TEST(PortSchemeTest, ImageRepository)
{
    EXPECT_EQ(ServicePatterns::imageRepository(QStringLiteral("grafana/grafana:11.3.0")),
              QStringLiteral("grafana/grafana"));
    EXPECT_EQ(ServicePatterns::imageRepository(QStringLiteral("docker.io/library/postgres:16")),
              QStringLiteral("postgres"));
    EXPECT_EQ(ServicePatterns::imageRepository(QStringLiteral("localhost:5000/team/app")),
              QStringLiteral("localhost:5000/team/app"));
    EXPECT_EQ(ServicePatterns::imageRepository(QStringLiteral("ghcr.io/Org/App:1@sha256:abc")),
              QStringLiteral("ghcr.io/org/app"));
}

TEST(PortSchemeTest, DefaultSchemeHasSeed004Ranges)
{
    const PortScheme scheme = PortScheme::defaultScheme();
    QStringList ranges;
    for (const PortCategory &category : scheme.categories)
        ranges.append(category.id + QLatin1Char(' ')
                      + (category.hasRange() ? category.rangeText() : QStringLiteral("-")));
    EXPECT_EQ(ranges,
              (QStringList{QStringLiteral("matrix 4000-4099"),
                           QStringLiteral("infrastructure 9000-9199"),
                           QStringLiteral("data -"),
                           QStringLiteral("edge -"),
                           QStringLiteral("native 11000-11999"),
                           QStringLiteral("automation 6000-6099"),
                           QStringLiteral("dashboards 8000-8099"),
                           QStringLiteral("web 5000-5099"),
                           QStringLiteral("core 3000-3099")}));
    EXPECT_TRUE(scheme.reserved.isEmpty());
}

TEST(PortSchemeTest, DefaultCategoriesOfManaCoreServices)
{
    const PortScheme scheme = PortScheme::defaultScheme();
    EXPECT_EQ(categoryOf(scheme, service("chat-web")), QStringLiteral("web"));
    EXPECT_EQ(categoryOf(scheme, service("matrix-web")), QStringLiteral("matrix"));
    EXPECT_EQ(categoryOf(scheme, service("manacore-matrix-web")), QStringLiteral("matrix"));
    EXPECT_EQ(categoryOf(scheme, service("matrix-tts-bot")), QStringLiteral("matrix"));
    EXPECT_EQ(categoryOf(scheme, service("element", "vectorim/element-web:v1.11.85")), QStringLiteral("matrix"));
    EXPECT_EQ(categoryOf(scheme, service("mana-core-auth")), QStringLiteral("core"));
    EXPECT_EQ(categoryOf(scheme, service("api-gateway")), QStringLiteral("core"));
    EXPECT_EQ(categoryOf(scheme, service("postgres-exporter")), QStringLiteral("infrastructure"));
    EXPECT_EQ(categoryOf(scheme, service("postgres", "pgvector/pgvector:pg16")), QStringLiteral("data"));
    EXPECT_EQ(categoryOf(scheme, service("metrics", "grafana/grafana:11")), QStringLiteral("dashboards"));
    EXPECT_EQ(categoryOf(scheme, service("telegram-stats-bot")), QStringLiteral("automation"));
    EXPECT_EQ(categoryOf(scheme, service("ollama-gpu", "ollama/ollama:latest")), QStringLiteral("native"));
    EXPECT_EQ(categoryOf(scheme, service("proxy", "jc21/nginx-proxy-manager:latest")), QStringLiteral("edge"));
    EXPECT_EQ(categoryOf(scheme, service("nocodb", "nocodb/nocodb:0.258.2")), QStringLiteral("(none)"));
}

TEST(PortSchemeTest, ReadsAUserScheme)
{
    const auto scheme = PortSchemeReader::read("reserved: [3020, 3022]\n"
                                               "categories:\n"
                                               "  - id: apps\n"
                                               "    label: Apps\n"
                                               "    ports: 3000-3049\n"
                                               "    services: [\"*-backend\"]\n"
                                               "  - id: db\n"
                                               "    images: [postgres]\n",
                                               QStringLiteral("scheme.yaml"));
    ASSERT_TRUE(scheme.hasValue()) << scheme.error().toString().toStdString();
    EXPECT_EQ(scheme->reserved, (QList<int>{3020, 3022}));
    ASSERT_EQ(scheme->categories.size(), 2);
    EXPECT_EQ(scheme->categories.at(0).firstPort, 3000);
    EXPECT_EQ(scheme->categories.at(0).lastPort, 3049);
    EXPECT_EQ(scheme->categories.at(0).label, QStringLiteral("Apps"));
    EXPECT_FALSE(scheme->categories.at(1).hasRange());
    EXPECT_EQ(scheme->categories.at(1).label, QStringLiteral("db"));
}

TEST(PortSchemeTest, SchemeErrorsPointAtTheLine)
{
    auto errorOf = [](const char *yaml) {
        const auto scheme = PortSchemeReader::read(QByteArray(yaml), QStringLiteral("scheme.yaml"));
        return scheme ? QString() : scheme.error().toString();
    };
    EXPECT_EQ(errorOf("categories:\n  - id: a\n    service: [x]\n"),
              QStringLiteral("scheme.yaml:3:5: categories[0]: unknown key \"service\""));
    EXPECT_EQ(
        errorOf("categories:\n  - id: a\n    ports: 3099-3000\n    services: [x]\n"),
        QStringLiteral("scheme.yaml:3:12: category \"a\": \"ports\" must be a range FIRST-LAST of ports 1-65535"));
    EXPECT_EQ(
        errorOf("categories:\n  - id: a\n"),
        QStringLiteral("scheme.yaml:2:5: category \"a\" matches nothing: give \"services\" or \"images\" patterns"));
    EXPECT_EQ(errorOf("categories: []\n"), QStringLiteral("scheme.yaml:1:13: \"categories\" must be a non-empty list"));
    EXPECT_EQ(errorOf("reserved: [http]\ncategories: []\n"),
              QStringLiteral("scheme.yaml:1:12: reserved[] must be a port between 1 and 65535"));
    EXPECT_EQ(errorOf("categories:\n  - {id: a, services: [x]}\n  - {id: a, services: [y]}\n"),
              QStringLiteral("scheme.yaml:3:5: category \"a\" is defined twice"));
}
