#include "core/compose/Interpolator.h"
#include "core/compose/DotEnvParser.h"
#include "core/yaml/YamlReader.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace Leitstand;

namespace {

// SET and EMPTY are set (EMPTY to ""), everything else is unset; lookups are counted.
struct Variables
{
    std::map<std::string, std::string, std::less<>> values{{"SET", "value"}, {"EMPTY", ""}, {"OTHER", "other"}};
    int lookups = 0;

    VariableLookup lookup()
    {
        return [this](std::string_view name) -> std::optional<std::string> {
            ++lookups;
            const auto it = values.find(name);
            return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
        };
    }
};

YamlMark mark(int line = 3, int column = 12)
{
    return YamlMark{std::make_shared<const QString>(QStringLiteral("compose.yaml")), line, column};
}

std::string expand(std::string_view text)
{
    Variables variables;
    const auto result = Interpolator::interpolate(text, variables.lookup(), mark());
    EXPECT_TRUE(result.hasValue()) << text << ": " << (result ? "" : result.error().toString().toStdString());
    return result ? result.value() : std::string("<error>");
}

Error expandError(std::string_view text, const YamlMark &where = mark())
{
    Variables variables;
    const auto result = Interpolator::interpolate(text, variables.lookup(), where);
    EXPECT_FALSE(result.hasValue()) << text << " expanded to " << (result ? result.value() : "");
    return result ? Error() : result.error();
}

struct Case
{
    const char *text;
    const char *expected;
};

void expectAll(std::initializer_list<Case> cases)
{
    for (const Case &c : cases)
        EXPECT_EQ(expand(c.text), c.expected) << "for " << c.text;
}

} // namespace

TEST(InterpolatorTest, PlainReferences)
{
    expectAll({{"$SET", "value"},
               {"${SET}", "value"},
               {"a ${SET} b $SET c", "a value b value c"},
               {"${UNSET}", ""},
               {"$UNSET", ""},
               {"${EMPTY}", ""},
               {"$SET-bar", "value-bar"}, // an unbraced name ends where name characters end
               {"$SET_x", ""},
               {"$SET.x", "value.x"},
               {"${SET}${OTHER}", "valueother"},
               {"${set}", ""}}); // names are case-sensitive
}

TEST(InterpolatorTest, DefaultOperatorsTreatEmptyDifferently)
{
    expectAll({{"${SET:-d}", "value"},
               {"${EMPTY:-d}", "d"},
               {"${UNSET:-d}", "d"},
               {"${SET-d}", "value"},
               {"${EMPTY-d}", ""},
               {"${UNSET-d}", "d"},
               {"${UNSET:-}", ""},
               {"${UNSET-}", ""},
               {"${UNSET:-a b  c}", "a b  c"},
               {"${UNSET:-/non:-alphanumeric}", "/non:-alphanumeric"},
               {"${UNSET-myerror?msg}", "myerror?msg"}});
}

TEST(InterpolatorTest, AlternativeOperatorsTreatEmptyDifferently)
{
    expectAll({{"${SET:+alt}", "alt"},
               {"${EMPTY:+alt}", ""},
               {"${UNSET:+alt}", ""},
               {"${SET+alt}", "alt"},
               {"${EMPTY+alt}", "alt"},
               {"${UNSET+alt}", ""},
               {"--flag=${SET:+on}", "--flag=on"}});
}

TEST(InterpolatorTest, RequiredOperatorsPassSetValues)
{
    expectAll({{"${SET:?message}", "value"}, {"${SET?message}", "value"}, {"${EMPTY?message}", ""}});
}

TEST(InterpolatorTest, RequiredOperatorsFailWithNameMessageAndPlace)
{
    for (const char *text :
         {"x ${UNSET:?set UNSET first}", "x ${EMPTY:?set UNSET first}", "x ${UNSET?set UNSET first}"}) {
        const Error error = expandError(text);
        EXPECT_TRUE(error.message().contains(QStringLiteral("required variable")));
        EXPECT_TRUE(error.message().contains(QStringLiteral("is missing a value: set UNSET first"))) << text;
        EXPECT_EQ(error.location(), (SourceLocation{QStringLiteral("compose.yaml"), 3, 12}));
        EXPECT_TRUE(error.toString().startsWith(QStringLiteral("compose.yaml:3:12: ")));
    }
    EXPECT_TRUE(expandError("${UNSET:?set UNSET first}").message().contains(QStringLiteral("\"UNSET\"")));
    EXPECT_TRUE(expandError("${EMPTY:?}").message().endsWith(QStringLiteral("\"EMPTY\" is missing a value")));
    EXPECT_TRUE(expandError("${UNSET?}").message().endsWith(QStringLiteral("\"UNSET\" is missing a value")));
    // The message is interpolated too; the first operator after the name decides.
    EXPECT_TRUE(expandError("${UNSET:?need ${SET}}").message().endsWith(QStringLiteral(": need value")));
    EXPECT_TRUE(expandError("${UNSET?bar-baz}").message().endsWith(QStringLiteral(": bar-baz")));
}

TEST(InterpolatorTest, Nesting)
{
    expectAll({{"${UNSET:-${ALSO_UNSET:-deep}}", "deep"},
               {"${UNSET:-${SET:-deep}}", "value"},
               {"${UNSET-$SET}", "value"},
               {"${UNSET-${SET}}", "value"},
               {"${UNSET-${SET} ${SET}}", "value value"},
               {"${EMPTY:-${EMPTY:-${UNSET:-three}}}", "three"},
               {"${SET:+[${OTHER}]}", "[other]"},
               {"${SET:+$$}", "$"},
               {"${UNSET:-a}-${SET}-tail}", "a-value-tail}"},
               {"${UNSET:-{\"k\": 1}}", "{\"k\": 1}"},
               {"${UNSET:-x}}", "x}"}});
}

TEST(InterpolatorTest, DefaultsAreExpandedEvenWhenNotUsed)
{
    // Compose expands the text after the operator before it looks at the variable.
    EXPECT_FALSE(Interpolator::interpolate("${SET:-${UNSET:?boom}}", Variables().lookup(), mark()).hasValue());
    EXPECT_FALSE(Interpolator::interpolate("${SET:-${1}}", Variables().lookup(), mark()).hasValue());
}

TEST(InterpolatorTest, DoubleDollarIsALiteralDollar)
{
    expectAll({{"$$", "$"},
               {"cost $$5", "cost $5"},
               {"$${SET}", "${SET}"},
               {"$$SET", "$SET"},
               {"$$$SET", "$value"},
               {"$$$$", "$$"},
               {"$$$", "$$"},
               {"echo $${HOME:-/root}", "echo ${HOME:-/root}"}});
}

TEST(InterpolatorTest, DollarBeforeNoNameStaysLiteral)
{
    expectAll({{"a$ b", "a$ b"},
               {"price: 5$", "price: 5$"},
               {"$", "$"},
               {"$1", "$1"},
               {"$-x", "$-x"},
               {"$}", "$}"},
               {"50%$.", "50%$."},
               {"$\u00e9t\u00e9", "$\u00e9t\u00e9"},
               {"^[a-z]+$", "^[a-z]+$"}});
}

TEST(InterpolatorTest, KeepsUtf8AroundReferences)
{
    expectAll(
        {{"gr\u00fc\u00df ${SET} \u2603", "gr\u00fc\u00df value \u2603"}, {"${UNSET:-\u65e5\u672c}", "\u65e5\u672c"}});
}

TEST(InterpolatorTest, SyntaxErrorsPointAtTheDollar)
{
    struct Bad
    {
        const char *text;
        int line;
        int column;
    };
    for (const Bad &bad : {Bad{"nginx:${TAG", 3, 18},
                           Bad{"${", 3, 12},
                           Bad{"${}", 3, 12},
                           Bad{"${1a}", 3, 12},
                           Bad{"${ }", 3, 12},
                           Bad{"${ foo}", 3, 12},
                           Bad{"${foo }", 3, 12},
                           Bad{"${foo!}", 3, 12},
                           Bad{"${A:x}", 3, 12},
                           Bad{"${A:=x}", 3, 12},
                           Bad{"ok ${A:-x", 3, 15},
                           Bad{"${A:-x\n}", 3, 12},
                           Bad{"${SET}\nab${", 4, 3},
                           Bad{"ab ${UNSET:-${1}}", 3, 24},
                           Bad{"${\u00e4}", 3, 12}}) {
        const Error error = expandError(bad.text);
        EXPECT_EQ(error.location(), (SourceLocation{QStringLiteral("compose.yaml"), bad.line, bad.column}))
            << bad.text << " -> " << error.toString().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("$$"))) << bad.text;
    }
    EXPECT_TRUE(expandError("${1a}").message().contains(QStringLiteral("variable name")));
    EXPECT_TRUE(expandError("nginx:${TAG").message().contains(QStringLiteral("nginx:${TAG")));
}

TEST(InterpolatorTest, RejectsNestingBeyondTheBound)
{
    std::string deep;
    for (int i = 0; i < 200; ++i)
        deep += "${UNSET:-";
    deep += "x" + std::string(200, '}');
    EXPECT_FALSE(Interpolator::interpolate(deep, Variables().lookup(), mark()).hasValue());
}

TEST(InterpolatorTest, WorksWithoutLookup)
{
    const auto result = Interpolator::interpolate("${A:-a}$B${C}", {}, mark());
    ASSERT_TRUE(result.hasValue());
    EXPECT_EQ(result.value(), "a");
}

TEST(InterpolatorTest, FastPathAsksNothingAndLeavesScalarsAlone)
{
    Variables variables;
    const std::string longText(200, 'x');
    const auto result = Interpolator::interpolate(longText, variables.lookup(), mark());
    ASSERT_TRUE(result.hasValue());
    EXPECT_EQ(result.value(), longText);
    EXPECT_EQ(variables.lookups, 0);

    YamlNode root = YamlNode::mapping();
    root.set("plain", YamlNode::scalar(longText));
    root.set("list", YamlNode::sequence());
    root.find("list")->append(YamlNode::scalar(longText + "-item"));
    const char *before = root.find("plain")->scalar().data();
    const char *itemBefore = root.find("list")->items().front().scalar().data();
    ASSERT_TRUE(Interpolator::interpolateTree(root, variables.lookup()).hasValue());
    EXPECT_EQ(root.find("plain")->scalar().data(), before);
    EXPECT_EQ(root.find("list")->items().front().scalar().data(), itemBefore);
    EXPECT_EQ(variables.lookups, 0);
}

TEST(InterpolatorTest, TreeInterpolatesValuesButNotKeys)
{
    const QByteArray text = "x-common: &common\n"
                            "  image: \"registry/${IMAGE:-app}:${TAG-latest}\"\n"
                            "services:\n"
                            "  ${SET}:\n"
                            "    <<: *common\n"
                            "    environment:\n"
                            "      - A=$SET\n"
                            "      - B=${EMPTY:-fallback}\n"
                            "    command: [\"echo\", \"$$HOME\", '${OTHER}']\n"
                            "    labels:\n"
                            "      price: 5$\n"
                            "      nothing:\n"
                            "    ports:\n"
                            "      - ${EXPOSE_PORT-:2283:2283}\n";
    auto document = YamlReader::readText(text, QStringLiteral("compose.yaml"));
    ASSERT_TRUE(document.hasValue()) << document.error().toString().toStdString();
    Variables variables;
    ASSERT_TRUE(Interpolator::interpolateTree(*document, variables.lookup()).hasValue());

    EXPECT_EQ(document->find("x-common")->find("image")->scalar(), "registry/app:latest");
    const YamlNode *services = document->find("services");
    ASSERT_EQ(services->entries().size(), 1u);
    EXPECT_EQ(services->entries().front().key, "${SET}");
    const YamlNode &service = services->entries().front().value;
    EXPECT_EQ(service.find("image")->scalar(), "registry/app:latest");
    EXPECT_EQ(service.find("environment")->items()[0].scalar(), "A=value");
    EXPECT_EQ(service.find("environment")->items()[1].scalar(), "B=fallback");
    EXPECT_EQ(service.find("command")->items()[1].scalar(), "$HOME");
    EXPECT_EQ(service.find("command")->items()[2].scalar(), "other");
    EXPECT_EQ(service.find("labels")->find("price")->scalar(), "5$");
    EXPECT_TRUE(service.find("labels")->find("nothing")->isNull());
    EXPECT_EQ(service.find("ports")->items()[0].scalar(), ":2283:2283");
}

TEST(InterpolatorTest, TreeErrorsCarryTheScalarsMark)
{
    Variables variables;
    auto required = YamlReader::readText("services:\n  web:\n    image: ${TAG:?set TAG}\n", QStringLiteral("c.yml"));
    ASSERT_TRUE(required.hasValue());
    const Outcome missing = Interpolator::interpolateTree(*required, variables.lookup());
    ASSERT_FALSE(missing.hasValue());
    EXPECT_EQ(missing.error().location(), (SourceLocation{QStringLiteral("c.yml"), 3, 12}));
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("set TAG")));

    auto plain = YamlReader::readText("services:\n  web:\n    image: nginx:${TAG\n", QStringLiteral("c.yml"));
    ASSERT_TRUE(plain.hasValue());
    const Outcome bad = Interpolator::interpolateTree(*plain, variables.lookup());
    ASSERT_FALSE(bad.hasValue());
    EXPECT_EQ(bad.error().location(), (SourceLocation{QStringLiteral("c.yml"), 3, 18}));

    // Inside quotes the text no longer lines up with the source: the scalar's own mark it is.
    auto quoted = YamlReader::readText("services:\n  web:\n    image: \"nginx:${TAG\"\n", QStringLiteral("c.yml"));
    ASSERT_TRUE(quoted.hasValue());
    const Outcome badQuoted = Interpolator::interpolateTree(*quoted, variables.lookup());
    ASSERT_FALSE(badQuoted.hasValue());
    EXPECT_EQ(badQuoted.error().location(), (SourceLocation{QStringLiteral("c.yml"), 3, 12}));
}

TEST(InterpolatorTest, RealFilesWithTheirDotEnv)
{
    const QString immich = QStringLiteral(LEITSTAND_CORPUS_DIR "/real/immich/");
    auto immichEnv = DotEnvParser::parseFile(immich + QStringLiteral(".env"));
    ASSERT_TRUE(immichEnv.hasValue()) << immichEnv.error().toString().toStdString();
    std::map<std::string, std::string, std::less<>> values;
    for (const auto &[key, value] : *immichEnv)
        values[key] = value.value_or("");
    const VariableLookup lookup = [&values](std::string_view name) -> std::optional<std::string> {
        const auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    auto immichFile = YamlReader::readFile(immich + QStringLiteral("docker-compose.yml"));
    ASSERT_TRUE(immichFile.hasValue());
    ASSERT_TRUE(Interpolator::interpolateTree(*immichFile, lookup).hasValue());
    const YamlNode *server = immichFile->find("services")->find("immich-server");
    EXPECT_EQ(server->find("image")->scalar(), "ghcr.io/immich-app/immich-server:v2");
    EXPECT_EQ(server->find("volumes")->items()[0].scalar(), "./library:/data");
    EXPECT_EQ(server->find("ports")->items()[0].scalar(), ":2283:2283");

    const QString sentry = QStringLiteral(LEITSTAND_CORPUS_DIR "/real/sentry-self-hosted/");
    auto sentryEnv = DotEnvParser::parseFile(sentry + QStringLiteral(".env"));
    ASSERT_TRUE(sentryEnv.hasValue()) << sentryEnv.error().toString().toStdString();
    values.clear();
    for (const auto &[key, value] : *sentryEnv)
        values[key] = value.value_or("");
    auto sentryFile = YamlReader::readFile(sentry + QStringLiteral("docker-compose.yml"));
    ASSERT_TRUE(sentryFile.hasValue());
    ASSERT_TRUE(Interpolator::interpolateTree(*sentryFile, lookup).hasValue());
    const YamlNode *services = sentryFile->find("services");
    EXPECT_EQ(services->find("snuba-api")->find("image")->scalar(), "ghcr.io/getsentry/snuba:nightly");
    EXPECT_EQ(services->find("snuba-api")->find("healthcheck")->find("retries")->scalar(), "10");
    EXPECT_EQ(services->find("nginx")->find("ports")->items()[0].scalar(), "9000:80/tcp");
    EXPECT_EQ(services->find("sentry-cleanup")->find("command")->scalar(),
              "\"0 0 * * * gosu sentry sentry cleanup --days 90\"");
    EXPECT_NE(services->find("taskworker")->find("command")->scalar().find("--concurrency=4 "), std::string::npos);
    EXPECT_EQ(services->find("web")->find("platform")->scalar(), "");
}
