#include "NamePrefix.h"

#include <QList>

#include <algorithm>

namespace Leitstand::Analysis {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('_');
}

QString compact(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!isSeparator(c))
            result.append(c.toLower());
    }
    return result;
}

} // namespace

NamePrefix NamePrefix::of(const QString &name, const QString &expected)
{
    const QString expectedWithDash = expected + QLatin1Char('-');
    if (name.size() > expectedWithDash.size() && name.startsWith(expectedWithDash, Qt::CaseInsensitive))
        return {Kind::Expected, expectedWithDash, name.mid(expectedWithDash.size())};

    // Walk the separated words while they spell the start of the expected prefix; keep at
    // least one word for the service itself. A short common start ("ma") is chance, so a
    // variant must spell four characters, or the whole prefix when that is shorter.
    const QString target = compact(expected);
    const qsizetype minimum = std::min<qsizetype>(4, target.size());
    QString spelled;
    qsizetype end = -1;
    qsizetype position = 0;
    while (position < name.size()) {
        qsizetype next = position;
        while (next < name.size() && !isSeparator(name.at(next)))
            ++next;
        if (next >= name.size())
            break; // the last word is the service
        const QString candidate = spelled + name.mid(position, next - position).toLower();
        if (!target.startsWith(candidate))
            break;
        spelled = candidate;
        if (spelled.size() >= minimum)
            end = next + 1;
        position = next + 1;
    }
    if (end < 0 || target.isEmpty())
        return {Kind::None, QString(), name};
    return {Kind::Variant, name.left(end), name.mid(end)};
}

} // namespace Leitstand::Analysis
