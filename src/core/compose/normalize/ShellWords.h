#pragma once

#include <QStringList>

#include <optional>
#include <string_view>

namespace Leitstand::Internal {

// Splits a command written as one string into words the way compose does (go-shellwords
// without variable or backtick expansion): blanks separate words, quotes group them, a
// backslash outside single quotes takes the next character literally. Compose stops at the
// first unquoted ; & | < or > and drops the rest, so "a && b" runs only "a"; we show the
// same words so the canonical document tells what will really run. A "2>" style redirect
// loses its descriptor digits too.
class ShellWords final
{
public:
    // nullopt for unbalanced quotes or a parenthesis outside "$(...)", which compose rejects
    // as an invalid command line.
    static std::optional<QStringList> split(std::string_view command);
};

} // namespace Leitstand::Internal
