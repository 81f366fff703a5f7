#include "EnvLine.h"

#include <QRegularExpression>

namespace Leitstand {

namespace {

QString unescapeDoubleQuoted(QStringView text)
{
    QString value;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            c = next == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                : next == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                           : next;
        }
        value.append(c);
    }
    return value;
}

QString escapeDoubleQuoted(const QString &value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            escaped.append(QLatin1Char('\\'));
        if (c == QLatin1Char('\n'))
            escaped.append(QStringLiteral("\\n"));
        else
            escaped.append(c);
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

std::optional<EnvLine> EnvLine::parse(const QString &line)
{
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=[ \\t]*"));
    const QRegularExpressionMatch match = assignment.match(line);
    if (!match.hasMatch())
        return std::nullopt;

    EnvLine parsed;
    parsed.key = match.captured(1);
    parsed.keyStart = match.capturedStart(1);
    parsed.valueStart = match.capturedEnd(0);
    const QStringView rest = QStringView(line).mid(parsed.valueStart);
    qsizetype commentFrom = -1;
    if (!rest.isEmpty() && (rest.front() == QLatin1Char('"') || rest.front() == QLatin1Char('\''))) {
        parsed.quote = rest.front();
        qsizetype close = 1;
        while (close < rest.size() && rest.at(close) != parsed.quote) {
            if (parsed.quote == QLatin1Char('"') && rest.at(close) == QLatin1Char('\\'))
                ++close;
            ++close;
        }
        if (close >= rest.size()) {
            // Continues on the next line: shown, but edited in a text editor only.
            parsed.editable = false;
            parsed.valueLength = rest.size();
            parsed.value = rest.mid(1).toString();
            return parsed;
        }
        parsed.valueLength = close + 1;
        const QStringView inner = rest.mid(1, close - 1);
        parsed.value = parsed.quote == QLatin1Char('"') ? unescapeDoubleQuoted(inner) : inner.toString();
        commentFrom = rest.indexOf(QLatin1Char('#'), close + 1);
    } else {
        // Unquoted: the value ends at " #" (a comment) or the line end, trailing blanks trimmed.
        qsizetype end = rest.size();
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest.at(i) == QLatin1Char('#') && (i == 0 || rest.at(i - 1).isSpace())) {
                end = i;
                commentFrom = i;
                break;
            }
        }
        while (end > 0 && rest.at(end - 1).isSpace())
            --end;
        parsed.valueLength = end;
        parsed.value = rest.left(end).toString();
    }
    if (commentFrom >= 0)
        parsed.comment = rest.mid(commentFrom + 1).trimmed().toString();
    return parsed;
}

QString EnvLine::encode(const QString &newValue) const
{
    if (quote == QLatin1Char('\'') && !newValue.contains(QLatin1Char('\'')) && !newValue.contains(QLatin1Char('\n')))
        return QLatin1Char('\'') + newValue + QLatin1Char('\'');
    if (quote == QLatin1Char('"'))
        return escapeDoubleQuoted(newValue);
    // Unquoted stays unquoted unless the value would read differently without quotes.
    static const QRegularExpression needsQuotes(QStringLiteral("^\\s|\\s$|\\s#|^#|^[\"']|\\n"));
    if (needsQuotes.match(newValue).hasMatch())
        return escapeDoubleQuoted(newValue);
    return newValue;
}

} // namespace Leitstand
