#include "core/compose/DotEnvParser.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace Leitstand;

namespace {

using Entries = DotEnvParser::Entries;
using Value = std::optional<std::string>;

Entries parse(const QByteArray &text, const VariableLookup &lookup = {})
{
    auto result = DotEnvParser::parse(text, QStringLiteral("test.env"), lookup);
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().toString().toStdString());
    return result ? result.value() : Entries();
}

Error parseError(const QByteArray &text)
{
    auto result = DotEnvParser::parse(text, QStringLiteral("test.env"));
    EXPECT_FALSE(result.hasValue()) << text.toStdString();
    return result ? Error() : result.error();
}

// The last value of each key, as the callers apply them.
std::map<std::string, Value> values(const Entries &entries)
{
    std::map<std::string, Value> map;
    for (const auto &[key, value] : entries)
        map[key] = value;
    return map;
}

VariableLookup lookupFrom(std::map<std::string, std::string, std::less<>> variables)
{
    return [variables = std::move(variables)](std::string_view name) -> Value {
        const auto it = variables.find(name);
        return it == variables.end() ? std::nullopt : Value(it->second);
    };
}

} // namespace

TEST(DotEnvParserTest, KeyValueLinesInFileOrder)
{
    const Entries entries = parse("A=1\nB=two words\nC=\nD=b=c\nA=again");
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[0], (std::pair<std::string, Value>{"A", "1"}));
    EXPECT_EQ(entries[1], (std::pair<std::string, Value>{"B", "two words"}));
    EXPECT_EQ(entries[2], (std::pair<std::string, Value>{"C", ""}));
    EXPECT_EQ(entries[3], (std::pair<std::string, Value>{"D", "b=c"}));
    EXPECT_EQ(entries[4], (std::pair<std::string, Value>{"A", "again"}));
}

TEST(DotEnvParserTest, SkipsBlankLinesAndComments)
{
    const Entries entries = parse("\n# comment\n   # indented comment\nA=1\n\n\t\nB=2\n# last");
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].first, "A");
    EXPECT_EQ(entries[1].first, "B");
    EXPECT_TRUE(parse("").empty());
    EXPECT_TRUE(parse("# only a comment").empty());
}

TEST(DotEnvParserTest, ExportPrefixAndKeyForms)
{
    const auto map = values(parse("export A=1\nexport\tB=2\nexport C\nexporter=3\nA_B.c-d=4\nE = 5\nF: 6\n  G=7\n"));
    EXPECT_EQ(map.at("A"), "1");
    EXPECT_EQ(map.at("B"), "2");
    EXPECT_EQ(map.at("C"), std::nullopt);
    EXPECT_EQ(map.at("exporter"), "3");
    EXPECT_EQ(map.at("A_B.c-d"), "4");
    EXPECT_EQ(map.at("E"), "5");
    EXPECT_EQ(map.at("F"), "6"); // compose also reads the YAML-like form
    EXPECT_EQ(map.at("G"), "7");
    EXPECT_EQ(map.size(), 8u);
}

TEST(DotEnvParserTest, BareKeyMeansInheritEvenOnTheLastLine)
{
    const Entries entries = parse("BARE\nA=1\nLAST", lookupFrom({{"BARE", "from-shell"}}));
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0], (std::pair<std::string, Value>{"BARE", std::nullopt}));
    EXPECT_EQ(entries[2], (std::pair<std::string, Value>{"LAST", std::nullopt}));
}

TEST(DotEnvParserTest, UnquotedValuesAreTrimmedAndLoseInlineComments)
{
    const auto map = values(parse("A=  padded value   \n"
                                  "B=x # comment\n"
                                  "C=x#not-a-comment\n"
                                  "D=x\t# only a space starts a comment\n"
                                  "E= # right after the = it is the value\n"
                                  "F=x\xc2\xa0\n"));
    EXPECT_EQ(map.at("A"), "padded value");
    EXPECT_EQ(map.at("B"), "x");
    EXPECT_EQ(map.at("C"), "x#not-a-comment");
    EXPECT_EQ(map.at("D"), "x\t# only a space starts a comment");
    EXPECT_EQ(map.at("E"), "# right after the = it is the value");
    EXPECT_EQ(map.at("F"), "x");
}

TEST(DotEnvParserTest, SingleQuotesAreLiteral)
{
    const auto map = values(parse("A='$SET ${X:-y} \\n'\n"
                                  "B='it\\'s'\n"
                                  "C='a # b' # comment\n"
                                  "D='  spaced  '\n"
                                  "E=''\n"
                                  "F='two\nlines'\n",
                                  lookupFrom({{"SET", "set"}})));
    EXPECT_EQ(map.at("A"), "$SET ${X:-y} \\n");
    EXPECT_EQ(map.at("B"), "it's");
    EXPECT_EQ(map.at("C"), "a # b");
    EXPECT_EQ(map.at("D"), "  spaced  ");
    EXPECT_EQ(map.at("E"), "");
    EXPECT_EQ(map.at("F"), "two\nlines");
}

TEST(DotEnvParserTest, DoubleQuotesKnowEscapes)
{
    const auto map = values(parse("A=\"line1\\nline2\\ttab \\\\ back \\\" quote\\r\"\n"
                                  "B=\"\\$SET is literal\"\n"
                                  "C=\"\\0101\\0351\"\n"
                                  "D=\"\\q \\x41 \\0 \\09\"\n"
                                  "J=\"{\\\"hello\\\": \\\"json\\\"}\"\n"
                                  "K=\"a # b\" # comment\n"
                                  "L=\"\"\n",
                                  lookupFrom({{"SET", "set"}})));
    EXPECT_EQ(map.at("A"), "line1\nline2\ttab \\ back \" quote\r");
    EXPECT_EQ(map.at("B"), "$SET is literal");
    EXPECT_EQ(map.at("C"), "A\xc3\xa9");
    EXPECT_EQ(map.at("D"), "\\q \\x41 \\ \\9");
    EXPECT_EQ(map.at("J"), "{\"hello\": \"json\"}");
    EXPECT_EQ(map.at("K"), "a # b");
    EXPECT_EQ(map.at("L"), "");
}

TEST(DotEnvParserTest, DoubleQuotedValuesSpanLines)
{
    const Entries entries = parse("KEY=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT=1\n");
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].second, "-----BEGIN-----\nabc\n-----END-----");
    EXPECT_EQ(entries[1], (std::pair<std::string, Value>{"NEXT", "1"}));
}

TEST(DotEnvParserTest, TextAfterAClosingQuoteStartsTheNextStatement)
{
    const auto map = values(parse("A=\"x\"B=y\n"));
    EXPECT_EQ(map.at("A"), "x");
    EXPECT_EQ(map.at("B"), "y");
}

TEST(DotEnvParserTest, InterpolatesUnquotedAndDoubleQuotedValues)
{
    const auto map = values(parse("A=1\n"
                                  "B=${A}-$A\n"
                                  "C=\"${A:-x} ${MISSING:-def}\"\n"
                                  "D='${A}'\n"
                                  "E=${MISSING}\n"
                                  "F=$$HOME\n"
                                  "G=${LATER}\n"
                                  "LATER=too late\n"
                                  "A=2\n"
                                  "H=$A\n"));
    EXPECT_EQ(map.at("B"), "1-1");
    EXPECT_EQ(map.at("C"), "1 def");
    EXPECT_EQ(map.at("D"), "${A}");
    EXPECT_EQ(map.at("E"), "");
    EXPECT_EQ(map.at("F"), "$HOME");
    EXPECT_EQ(map.at("G"), "");
    EXPECT_EQ(map.at("H"), "2");
}

TEST(DotEnvParserTest, LookupComesBeforeTheFilesOwnKeys)
{
    // Compose asks the environment it was given first; the file's own earlier keys only fill gaps.
    const auto map
        = values(parse("TAG=from-file\nIMAGE=app:$TAG\nOWN=x\nCOPY=$OWN\n", lookupFrom({{"TAG", "from-shell"}})));
    EXPECT_EQ(map.at("TAG"), "from-file");
    EXPECT_EQ(map.at("IMAGE"), "app:from-shell");
    EXPECT_EQ(map.at("COPY"), "x");
}

TEST(DotEnvParserTest, InterpolationErrorsNameFileAndLine)
{
    const Error required = parseError("A=1\nB=${MISSING:?set MISSING}\n");
    EXPECT_EQ(required.location().file, QStringLiteral("test.env"));
    EXPECT_EQ(required.location().line, 2);
    EXPECT_TRUE(required.message().contains(QStringLiteral("set MISSING")));

    const Error syntax = parseError("A=1\n\nB=\"x ${\"\n");
    EXPECT_EQ(syntax.location().line, 3);
}

TEST(DotEnvParserTest, InvalidLinesAreErrorsWithPosition)
{
    const Error space = parseError("A=1\nB C=2\n");
    EXPECT_EQ(space.location(), (SourceLocation{QStringLiteral("test.env"), 2, 1}));
    EXPECT_TRUE(space.message().contains(QStringLiteral("B C")));

    const Error character = parseError("A=1\n\nB!=2\n");
    EXPECT_EQ(character.location(), (SourceLocation{QStringLiteral("test.env"), 3, 2}));
    EXPECT_TRUE(character.message().contains(QStringLiteral("\"!\"")));

    const Error unterminated = parseError("A=1\nB=\"never closed\nC=3\n");
    EXPECT_EQ(unterminated.location(), (SourceLocation{QStringLiteral("test.env"), 2, 3}));

    const Error single = parseError("A='open");
    EXPECT_EQ(single.location().line, 1);

    const Error noKey = parseError("=value\n");
    EXPECT_EQ(noKey.location(), (SourceLocation{QStringLiteral("test.env"), 1, 1}));

    EXPECT_EQ(parseError("A=1\r\n\r\nB-\xe2\x82\xac=2\r\n").location().line, 3);
}

TEST(DotEnvParserTest, CrLfLineEndings)
{
    const Entries entries = parse("# comment\r\n"
                                  "A=1\r\n"
                                  "B=two words \r\n"
                                  "C=\"quoted\"\r\n"
                                  "D='single' # comment\r\n"
                                  "BARE\r\n"
                                  "E=\r\n"
                                  "F=$A\r\n"
                                  "\r\n");
    const auto map = values(entries);
    EXPECT_EQ(entries.size(), 7u);
    EXPECT_EQ(map.at("A"), "1");
    EXPECT_EQ(map.at("B"), "two words");
    EXPECT_EQ(map.at("C"), "quoted");
    EXPECT_EQ(map.at("D"), "single");
    EXPECT_EQ(map.at("BARE"), std::nullopt);
    EXPECT_EQ(map.at("E"), "");
    EXPECT_EQ(map.at("F"), "1");
}

TEST(DotEnvParserTest, Utf8ValuesKeysAndByteOrderMark)
{
    const auto map = values(parse("\xef\xbb\xbfGREETING=gr\xc3\xbc\xc3\x9f dich \xe2\x98\x83\n"
                                  "NAME=\"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\"\n"
                                  "\xc3\x9c"
                                  "BER=1\n"
                                  "COPY=${GREETING}!\n"));
    EXPECT_EQ(map.at("GREETING"), "gr\xc3\xbc\xc3\x9f dich \xe2\x98\x83");
    EXPECT_EQ(map.at("NAME"), "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
    EXPECT_EQ(map.at("\xc3\x9c"
                     "BER"),
              "1");
    EXPECT_EQ(map.at("COPY"), "gr\xc3\xbc\xc3\x9f dich \xe2\x98\x83!");
}

TEST(DotEnvParserTest, ParseFileReadsAndReportsMissingFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral(".env"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("TAG=1.2\nIMAGE=app:${TAG}\n");
    file.close();

    const auto entries = DotEnvParser::parseFile(path);
    ASSERT_TRUE(entries.hasValue());
    EXPECT_EQ(values(*entries).at("IMAGE"), "app:1.2");

    const QString missing = dir.filePath(QStringLiteral("missing.env"));
    const auto error = DotEnvParser::parseFile(missing);
    ASSERT_FALSE(error.hasValue());
    EXPECT_TRUE(error.error().toString().contains(missing));
}
