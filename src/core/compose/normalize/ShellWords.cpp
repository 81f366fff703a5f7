#include "ShellWords.h"

#include <string>

namespace Leitstand::Internal {

namespace {

enum class Word { None, Plain, Quoted };

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool allDigits(const std::string &text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

} // namespace

std::optional<QStringList> ShellWords::split(std::string_view command)
{
    QStringList words;
    std::string buffer;
    Word word = Word::None;
    bool escaped = false;
    bool doubleQuoted = false;
    bool singleQuoted = false;
    bool backQuoted = false;
    bool dollarQuoted = false;

    for (const char c : command) {
        if (escaped) {
            buffer += c;
            escaped = false;
            word = Word::Plain;
            continue;
        }
        if (c == '\\') {
            if (singleQuoted)
                buffer += c;
            else
                escaped = true;
            continue;
        }
        if (isBlank(c)) {
            if (singleQuoted || doubleQuoted || backQuoted || dollarQuoted) {
                buffer += c;
            } else if (word != Word::None) {
                words.append(QString::fromStdString(buffer));
                buffer.clear();
                word = Word::None;
            }
            continue;
        }
        const bool quoted = singleQuoted || doubleQuoted || backQuoted || dollarQuoted;
        bool stop = false;
        switch (c) {
        case '`':
            if (!singleQuoted && !doubleQuoted && !dollarQuoted)
                backQuoted = !backQuoted;
            break;
        case ')':
            if (!singleQuoted && !doubleQuoted && !backQuoted)
                dollarQuoted = !dollarQuoted;
            break;
        case '(':
            if (!singleQuoted && !doubleQuoted && !backQuoted) {
                if (dollarQuoted || buffer.empty() || buffer.back() != '$')
                    return std::nullopt;
                dollarQuoted = true;
                buffer += c;
                continue;
            }
            break;
        case '"':
            if (!singleQuoted && !dollarQuoted) {
                if (doubleQuoted)
                    word = Word::Quoted;
                doubleQuoted = !doubleQuoted;
                continue;
            }
            break;
        case '\'':
            if (!doubleQuoted && !dollarQuoted) {
                if (singleQuoted)
                    word = Word::Quoted;
                singleQuoted = !singleQuoted;
                continue;
            }
            break;
        case ';':
        case '&':
        case '|':
        case '<':
        case '>':
            if (!quoted) {
                if (c == '>' && allDigits(buffer))
                    word = Word::None;
                stop = true;
            }
            break;
        default:
            break;
        }
        if (stop)
            break;
        word = Word::Plain;
        buffer += c;
    }
    if (word != Word::None)
        words.append(QString::fromStdString(buffer));
    if (escaped || singleQuoted || doubleQuoted || backQuoted || dollarQuoted)
        return std::nullopt;
    return words;
}

} // namespace Leitstand::Internal
