#include "ShellQuoting.h"

#include <algorithm>

namespace Leitstand {

namespace {

bool isSafeUnquoted(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
           || c == QLatin1Char('/') || c == QLatin1Char(':') || c == QLatin1Char('=') || c == QLatin1Char('@')
           || c == QLatin1Char('%') || c == QLatin1Char('+') || c == QLatin1Char(',');
}

} // namespace

QString ShellQuoting::quoteArgument(const QString &argument)
{
    if (!argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), isSafeUnquoted))
        return argument;
    // Inside single quotes nothing is special except the quote itself, which is closed,
    // escaped and reopened.
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellQuoting::joinCommand(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &argument : arguments)
        quoted.append(quoteArgument(argument));
    return quoted.join(QLatin1Char(' '));
}

} // namespace Leitstand
