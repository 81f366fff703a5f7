// LineDiff shows the operator the edit before it is saved (the save review of the editor).
#include "core/analysis/risk/LineDiff.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

#include <vector>

using namespace Leitstand::Analysis;

namespace {

// The length of the longest common subsequence, by the textbook dynamic programme: an
// independent measure of the shortest edit script.
qsizetype longestCommonSubsequence(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<qsizetype>> table(static_cast<std::size_t>(a.size() + 1),
                                              std::vector<qsizetype>(static_cast<std::size_t>(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            auto &cell = table[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            const auto &down = table[static_cast<std::size_t>(i + 1)];
            cell = a[i] == b[j] ? down[static_cast<std::size_t>(j + 1)] + 1
                                : std::max(down[static_cast<std::size_t>(j)],
                                           table[static_cast<std::size_t>(i)][static_cast<std::size_t>(j + 1)]);
        }
    }
    return table[0][0];
}

// Checks that the script turns `before` into `after` and is as short as possible.
void expectMinimalScript(const QStringList &before, const QStringList &after)
{
    const QList<LineEdit> script = LineDiff::edits(before, after);
    QStringList rebuilt;
    qsizetype nextBefore = 0, nextAfter = 0, changes = 0;
    for (const LineEdit &edit : script) {
        if (edit.kind != LineEdit::Kind::Insert) {
            ASSERT_EQ(edit.beforeLine, nextBefore);
            ++nextBefore;
        }
        if (edit.kind != LineEdit::Kind::Delete) {
            ASSERT_EQ(edit.afterLine, nextAfter);
            ++nextAfter;
            rebuilt.append(after[edit.afterLine]);
        }
        if (edit.kind == LineEdit::Kind::Equal)
            ASSERT_EQ(before[edit.beforeLine], after[edit.afterLine]);
        else
            ++changes;
    }
    EXPECT_EQ(nextBefore, before.size());
    EXPECT_EQ(rebuilt, after);
    EXPECT_EQ(changes, before.size() + after.size() - 2 * longestCommonSubsequence(before, after));
}

TEST(ChangeRiskLineDiffTest, EqualTextsHaveNoDiff)
{
    EXPECT_EQ(
        LineDiff::unified(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"), QStringLiteral("x"), QStringLiteral("y")),
        QString());
}

TEST(ChangeRiskLineDiffTest, OneChangedLineWithContext)
{
    const QString before = QStringLiteral("services:\n  web:\n    image: nginx\n    restart: always\n"
                                          "    ports: [\"80:80\"]\n  db:\n    image: postgres\n    restart: always\n");
    QString after = before;
    after.replace(QStringLiteral("nginx"), QStringLiteral("nginx:1.25"));
    after.append(QStringLiteral("    privileged: true\n"));
    EXPECT_EQ(LineDiff::unified(before, after, QStringLiteral("a/compose.yaml"), QStringLiteral("b/compose.yaml"), 1),
              QStringLiteral("--- a/compose.yaml\n+++ b/compose.yaml\n"
                             "@@ -2,3 +2,3 @@\n"
                             "   web:\n"
                             "-    image: nginx\n"
                             "+    image: nginx:1.25\n"
                             "     restart: always\n"
                             "@@ -8 +8,2 @@\n"
                             "     restart: always\n"
                             "+    privileged: true\n"));
    // With three lines of context the two changes share one hunk.
    EXPECT_TRUE(LineDiff::unified(before, after, QStringLiteral("a"), QStringLiteral("b"))
                    .startsWith(QStringLiteral("--- a\n+++ b\n@@ -1,8 +1,9 @@\n services:\n")));
}

TEST(ChangeRiskLineDiffTest, InsertionAtTheTopAndMissingFinalNewline)
{
    EXPECT_EQ(LineDiff::unified(QString(), QStringLiteral("a\n"), QStringLiteral("old"), QStringLiteral("new")),
              QStringLiteral("--- old\n+++ new\n@@ -0,0 +1 @@\n+a\n"));
    EXPECT_EQ(LineDiff::unified(
                  QStringLiteral("a\nb"), QStringLiteral("a\nb\n"), QStringLiteral("old"), QStringLiteral("new")),
              QStringLiteral("--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"));
}

TEST(ChangeRiskLineDiffTest, ScriptsAreMinimalOnSmallCases)
{
    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    expectMinimalScript({}, {});
    expectMinimalScript(abc, {});
    expectMinimalScript({}, abc);
    expectMinimalScript(abc, {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")});
    expectMinimalScript(QStringLiteral("a b c a b b a").split(QLatin1Char(' ')),
                        QStringLiteral("c b a b a c").split(QLatin1Char(' ')));
}

// Real compose files with deterministic edits: every seventh line dropped, every eleventh
// duplicated, a block moved from the front to the back.
TEST(ChangeRiskLineDiffTest, ScriptsAreMinimalOnCorpusFiles)
{
    QDirIterator files(QStringLiteral(LEITSTAND_CORPUS_DIR),
                       {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                       QDir::Files,
                       QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext() && checked < 12) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QStringList before = LineDiff::splitLines(QString::fromUtf8(file.readAll()));
        if (before.size() < 20 || before.size() > 400)
            continue;
        QStringList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (i % 7 == 3)
                continue;
            after.append(before[i]);
            if (i % 11 == 5)
                after.append(before[i]);
        }
        after.append(after.mid(0, 5));
        after.remove(0, 5);
        SCOPED_TRACE(file.fileName().toStdString());
        expectMinimalScript(before, after);
        ++checked;
    }
    EXPECT_EQ(checked, 12);
}

} // namespace
