#pragma once

#include <QString>

#include <optional>

namespace Leitstand {

// One KEY=VALUE line of a .env file, with where its value is written so that an edit replaces
// exactly those characters and keeps the rest of the line (export, spacing, the comment).
struct EnvLine
{
    QString key;
    QString value;          // as the application sees it: unquoted, escapes resolved
    qsizetype keyStart = 0; // character offsets in the line
    qsizetype valueStart = 0;
    qsizetype valueLength = 0; // the value as written, quotes included
    QChar quote;               // '"', '\'' or null when unquoted
    QString comment;           // the text after "#" on the same line, trimmed
    bool editable = true;      // false for a quoted value that continues on the next line

    // Null for blank lines, comment lines and text that is not an assignment.
    static std::optional<EnvLine> parse(const QString &line);

    // The value as it must be written to mean `value` again, in the line's quoting when possible.
    QString encode(const QString &newValue) const;
};

} // namespace Leitstand
