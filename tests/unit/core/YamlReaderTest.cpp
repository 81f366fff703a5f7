#include "core/yaml/YamlReader.h"

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

YamlNode read(const char *text)
{
    auto result = YamlReader::readText(QByteArray(text), QStringLiteral("test.yml"));
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().toString().toStdString());
    return result ? result.value() : YamlNode();
}

Error readError(const char *text)
{
    auto result = YamlReader::readText(QByteArray(text), QStringLiteral("test.yml"));
    EXPECT_FALSE(result.hasValue());
    return result ? Error() : result.error();
}

} // namespace

TEST(YamlReaderTest, KeepsScalarsAsWritten)
{
    const YamlNode root = read("a: y\nb: on\nc: no\nd: 010\ne: '1.0'\n");
    ASSERT_TRUE(root.isMapping());
    EXPECT_EQ(root.find("a")->scalar(), "y");
    EXPECT_EQ(root.find("b")->scalar(), "on");
    EXPECT_EQ(root.find("c")->scalar(), "no");
    EXPECT_EQ(root.find("d")->scalar(), "010");
    EXPECT_FALSE(root.find("d")->isQuoted());
    EXPECT_TRUE(root.find("e")->isQuoted());
}

TEST(YamlReaderTest, KeepsMappingOrder)
{
    const YamlNode root = read("z: 1\na: 2\nm: 3\n");
    ASSERT_EQ(root.entries().size(), 3u);
    EXPECT_EQ(root.entries()[0].key, "z");
    EXPECT_EQ(root.entries()[1].key, "a");
    EXPECT_EQ(root.entries()[2].key, "m");
}

TEST(YamlReaderTest, NullForms)
{
    const YamlNode root = read("a:\nb: ~\nc: null\nd: 'null'\n");
    EXPECT_TRUE(root.find("a")->isNull());
    EXPECT_TRUE(root.find("b")->isNull());
    EXPECT_TRUE(root.find("c")->isNull());
    EXPECT_TRUE(root.find("d")->isScalar());
}

TEST(YamlReaderTest, MergeKeySingleAndList)
{
    const YamlNode root = read("x-a: &a {p: 1, q: 1}\n"
                               "x-b: &b {q: 2, r: 2}\n"
                               "one:\n  <<: *a\n  p: own\n"
                               "two:\n  <<: [*a, *b]\n");
    const YamlNode *one = root.find("one");
    EXPECT_EQ(one->find("p")->scalar(), "own");
    EXPECT_EQ(one->find("q")->scalar(), "1");
    EXPECT_FALSE(one->contains("<<"));
    const YamlNode *two = root.find("two");
    EXPECT_EQ(two->find("q")->scalar(), "1"); // first listed wins
    EXPECT_EQ(two->find("r")->scalar(), "2");
}

TEST(YamlReaderTest, ExplicitKeyAfterMergeWins)
{
    const YamlNode root = read("base: &base {image: a, restart: always}\n"
                               "svc:\n  <<: *base\n  image: b\n");
    EXPECT_EQ(root.find("svc")->find("image")->scalar(), "b");
    EXPECT_EQ(root.find("svc")->find("restart")->scalar(), "always");
}

TEST(YamlReaderTest, MergeInsideNestedDependsOn)
{
    const YamlNode root = read("x-dep: &dep\n  redis:\n    condition: service_healthy\n"
                               "services:\n  web:\n    depends_on:\n      <<: *dep\n"
                               "      db:\n        condition: service_started\n");
    const YamlNode *deps = root.find("services")->find("web")->find("depends_on");
    ASSERT_NE(deps, nullptr);
    EXPECT_EQ(deps->find("redis")->find("condition")->scalar(), "service_healthy");
    EXPECT_EQ(deps->find("db")->find("condition")->scalar(), "service_started");
}

TEST(YamlReaderTest, QuotedMergeKeyIsAnOrdinaryKey)
{
    const YamlNode root = read("m:\n  '<<': x\n");
    EXPECT_EQ(root.find("m")->find("<<")->scalar(), "x");
}

TEST(YamlReaderTest, DuplicateKeyNamesBothPositions)
{
    const Error error = readError("services:\n  web:\n    image: a\n    image: b\n");
    EXPECT_EQ(error.location().line, 4);
    EXPECT_EQ(error.location().column, 5);
    EXPECT_TRUE(error.message().contains(QStringLiteral("image")));
    EXPECT_TRUE(error.message().contains(QStringLiteral("line 3")));
    EXPECT_EQ(error.location().file, QStringLiteral("test.yml"));
}

// Large mappings find duplicates through an index instead of a scan; the answer must not change.
TEST(YamlReaderTest, DuplicateKeyInALargeMappingNamesBothPositions)
{
    QByteArray text("services:\n");
    for (int i = 0; i < 40; ++i)
        text += QByteArray("  s") + QByteArray::number(i) + ": {image: x}\n";
    text += "  s7: {image: y}\n";
    auto result = YamlReader::readText(text, QStringLiteral("test.yml"));
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().location().line, 42);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("\"s7\"")));
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("line 9")));
}

TEST(YamlReaderTest, ComposeTags)
{
    const YamlNode root = read("a: !reset []\nb: !override [x]\nc: !!str 5\n");
    EXPECT_EQ(root.find("a")->tag(), YamlNode::Tag::Reset);
    EXPECT_EQ(root.find("b")->tag(), YamlNode::Tag::Override);
    EXPECT_EQ(root.find("c")->tag(), YamlNode::Tag::None);
    EXPECT_EQ(root.find("c")->scalar(), "5");
}

TEST(YamlReaderTest, PositionsAreOneBased)
{
    const YamlNode root = read("services:\n  web:\n    image: nginx\n");
    const YamlNode *image = root.find("services")->find("web")->find("image");
    EXPECT_EQ(image->mark().line, 3);
    EXPECT_EQ(image->mark().column, 12);
}

TEST(YamlReaderTest, SyntaxErrorHasPosition)
{
    const Error error = readError("services:\n  web: [a, b\n");
    EXPECT_GT(error.location().line, 0);
    EXPECT_TRUE(error.message().startsWith(QStringLiteral("invalid YAML")));
}

TEST(YamlReaderTest, AliasBombIsBounded)
{
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'k'; ++name) {
        text += std::string(1, name) + ": &" + name + " [";
        for (int i = 0; i < 10; ++i)
            text += std::string(i ? ", *" : "*") + previous;
        text += "]\n";
        previous = name;
    }
    const Error error = readError(text.c_str());
    EXPECT_TRUE(error.message().contains(QStringLiteral("alias bomb")));
}

TEST(YamlReaderTest, DeepNestingIsAnError)
{
    const std::string text = std::string(10000, '[') + std::string(10000, ']');
    const Error error = readError(text.c_str());
    EXPECT_FALSE(error.message().isEmpty());
}

TEST(YamlReaderTest, BinaryGarbageIsRejected)
{
    const QByteArray garbage("services:\n  web:\x00\xff\xfe", 18);
    auto result = YamlReader::readText(garbage, QStringLiteral("bin.yml"));
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().location().line, 2);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("UTF-8")));
}

TEST(YamlReaderTest, OversizedTextIsRejected)
{
    YamlReadLimits limits;
    limits.maxFileBytes = 1024;
    auto result = YamlReader::readText(QByteArray(4096, 'a'), QStringLiteral("big.yml"), limits);
    ASSERT_FALSE(result.hasValue());
}

TEST(YamlReaderTest, SecondDocumentIsAnError)
{
    const Error error = readError("a: 1\n---\nb: 2\n");
    EXPECT_EQ(error.location().line, 2); // the "---" that starts it
}
