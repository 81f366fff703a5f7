#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand::Analysis {

// One step of the shortest edit script between two lists of lines. Indexes are 0-based;
// a deleted line has no afterLine and an inserted one no beforeLine (-1).
struct LineEdit
{
    enum class Kind { Equal, Delete, Insert };

    Kind kind = Kind::Equal;
    qsizetype beforeLine = -1;
    qsizetype afterLine = -1;

    friend bool operator==(const LineEdit &, const LineEdit &) = default;
};

// A line diff (Myers' O(ND) algorithm) and its unified form, as `diff -u` prints it, so that
// the operator reviews an edit in the shape every tool shows. Lines are compared with their
// line end, so a file that loses its final newline shows as changed.
class LineDiff final
{
public:
    static QList<LineEdit> edits(const QStringList &before, const QStringList &after);

    // Empty when the texts are equal. Hunks carry `contextLines` unchanged lines around changes.
    static QString unified(const QString &beforeText,
                           const QString &afterText,
                           const QString &beforeName,
                           const QString &afterName,
                           int contextLines = 3);

    // The lines of a text, each keeping its "\n" (the last one only when the text ends with it).
    static QStringList splitLines(const QString &text);
};

} // namespace Leitstand::Analysis
