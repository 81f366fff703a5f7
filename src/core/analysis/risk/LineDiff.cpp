#include "LineDiff.h"

#include <algorithm>
#include <vector>

namespace Leitstand::Analysis {

namespace {

// Myers' greedy algorithm on before[from, beforeEnd) and after[from, afterEnd). Each round d
// keeps only the diagonals -d..d it can reach, so memory grows with the square of the edit
// distance, not with the product of the lengths.
QList<LineEdit> shortestEditScript(
    const QStringList &before, const QStringList &after, qsizetype from, qsizetype beforeEnd, qsizetype afterEnd)
{
    const qsizetype n = beforeEnd - from;
    const qsizetype m = afterEnd - from;
    const qsizetype max = n + m;
    const qsizetype offset = max + 1;
    std::vector<qsizetype> furthest(static_cast<std::size_t>(2 * max + 3), 0);
    auto at = [&](qsizetype k) -> qsizetype & {
        return furthest[static_cast<std::size_t>(k + offset)];
    };
    std::vector<std::vector<qsizetype>> trace;

    for (qsizetype d = 0; d <= max; ++d) {
        trace.emplace_back(furthest.begin() + (offset - d), furthest.begin() + (offset + d + 1));
        bool reachedEnd = false;
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            qsizetype y = x - k;
            while (x < n && y < m && before[from + x] == after[from + y]) {
                ++x;
                ++y;
            }
            at(k) = x;
            if (x >= n && y >= m) {
                reachedEnd = true;
                break;
            }
        }
        if (reachedEnd)
            break;
    }

    QList<LineEdit> reversed;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = qsizetype(trace.size()) - 1; d >= 0; --d) {
        const std::vector<qsizetype> &round = trace[static_cast<std::size_t>(d)];
        auto previous = [&](qsizetype k) {
            return round[static_cast<std::size_t>(k + d)];
        };
        const qsizetype k = x - y;
        const qsizetype previousK = (k == -d || (k != d && previous(k - 1) < previous(k + 1))) ? k + 1 : k - 1;
        const qsizetype previousX = d == 0 ? 0 : previous(previousK);
        const qsizetype previousY = d == 0 ? 0 : previousX - previousK;
        while (x > previousX && y > previousY) {
            --x;
            --y;
            reversed.append({LineEdit::Kind::Equal, from + x, from + y});
        }
        if (d > 0) {
            if (x == previousX)
                reversed.append({LineEdit::Kind::Insert, -1, from + y - 1});
            else
                reversed.append({LineEdit::Kind::Delete, from + x - 1, -1});
        }
        x = previousX;
        y = previousY;
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

QString hunkRange(qsizetype firstLine, qsizetype count)
{
    // GNU diff: an empty range names the line before it; a range of one line has no count.
    if (count == 0)
        return QStringLiteral("%1,0").arg(firstLine);
    if (count == 1)
        return QString::number(firstLine + 1);
    return QStringLiteral("%1,%2").arg(firstLine + 1).arg(count);
}

void appendLine(QString &out, QChar marker, const QString &line)
{
    out += marker;
    out += line;
    if (!line.endsWith(QLatin1Char('\n')))
        out += QStringLiteral("\n\\ No newline at end of file\n");
}

} // namespace

QStringList LineDiff::splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append(text.mid(start));
            break;
        }
        lines.append(text.mid(start, end - start + 1));
        start = end + 1;
    }
    return lines;
}

QList<LineEdit> LineDiff::edits(const QStringList &before, const QStringList &after)
{
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;

    QList<LineEdit> result;
    for (qsizetype i = 0; i < prefix; ++i)
        result.append({LineEdit::Kind::Equal, i, i});
    result.append(shortestEditScript(before, after, prefix, before.size() - suffix, after.size() - suffix));
    for (qsizetype i = suffix; i > 0; --i)
        result.append({LineEdit::Kind::Equal, before.size() - i, after.size() - i});
    return result;
}

QString LineDiff::unified(const QString &beforeText,
                          const QString &afterText,
                          const QString &beforeName,
                          const QString &afterName,
                          int contextLines)
{
    const QStringList before = splitLines(beforeText);
    const QStringList after = splitLines(afterText);
    const QList<LineEdit> script = edits(before, after);
    const qsizetype context = std::max(0, contextLines);

    QString out;
    qsizetype index = 0;
    while (index < script.size()) {
        if (script[index].kind == LineEdit::Kind::Equal) {
            ++index;
            continue;
        }
        // A hunk runs from `context` lines before this change to `context` lines after the last
        // change that is at most 2 * context unchanged lines away from the previous one.
        const qsizetype hunkStart = std::max<qsizetype>(0, index - context);
        qsizetype hunkEnd = index;
        qsizetype scan = index;
        while (scan < script.size()) {
            if (script[scan].kind != LineEdit::Kind::Equal) {
                hunkEnd = scan + 1;
                ++scan;
                continue;
            }
            qsizetype equalRun = 0;
            while (scan + equalRun < script.size() && script[scan + equalRun].kind == LineEdit::Kind::Equal)
                ++equalRun;
            if (scan + equalRun >= script.size() || equalRun > 2 * context)
                break;
            scan += equalRun;
        }
        hunkEnd = std::min(script.size(), hunkEnd + context);

        qsizetype beforeFirst = -1, afterFirst = -1, beforeCount = 0, afterCount = 0;
        QString body;
        for (qsizetype i = hunkStart; i < hunkEnd; ++i) {
            const LineEdit &edit = script[i];
            if (edit.beforeLine >= 0) {
                if (beforeFirst < 0)
                    beforeFirst = edit.beforeLine;
                ++beforeCount;
            }
            if (edit.afterLine >= 0) {
                if (afterFirst < 0)
                    afterFirst = edit.afterLine;
                ++afterCount;
            }
            switch (edit.kind) {
            case LineEdit::Kind::Equal:
                appendLine(body, QLatin1Char(' '), before[edit.beforeLine]);
                break;
            case LineEdit::Kind::Delete:
                appendLine(body, QLatin1Char('-'), before[edit.beforeLine]);
                break;
            case LineEdit::Kind::Insert:
                appendLine(body, QLatin1Char('+'), after[edit.afterLine]);
                break;
            }
        }
        // An empty side starts where the other side's lines sit in its own file.
        if (beforeFirst < 0)
            beforeFirst = hunkStart == 0 ? 0 : script[hunkStart - 1].beforeLine + 1;
        if (afterFirst < 0)
            afterFirst = hunkStart == 0 ? 0 : script[hunkStart - 1].afterLine + 1;
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(hunkRange(beforeFirst, beforeCount), hunkRange(afterFirst, afterCount));
        out += body;
        index = hunkEnd;
    }
    return out;
}

} // namespace Leitstand::Analysis
