#include "DotEnvParser.h"

#include "../yaml/YamlNode.h"
#include "Interpolator.h"

#include <QChar>
#include <QFile>

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_map>

namespace Leitstand {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct CodePoint
{
    char32_t value = 0;
    std::size_t length = 1;
};

// Invalid UTF-8 decodes to U+FFFD one byte at a time, as Go's range loop does.
CodePoint decodeAt(std::string_view text, std::size_t pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80)
        return {lead, 1};
    const std::size_t length = lead >= 0xF8 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || pos + length > text.size())
        return {0xFFFD, 1};
    char32_t value = lead & (0x7Fu >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[pos + i]);
        if ((next & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = (value << 6) | (next & 0x3Fu);
    }
    return {value, length};
}

// Blanks within a line; compose counts NEL and NBSP among them but not the line break.
bool isInlineSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0;
}

bool isKeyChar(char32_t c)
{
    return c == '_' || c == '.' || c == '-' || c == '[' || c == ']' || QChar::isLetter(c) || QChar::isNumber(c);
}

std::string_view trimRight(std::string_view text)
{
    while (!text.empty()) {
        std::size_t last = text.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80)
            --last;
        const CodePoint cp = decodeAt(text, last);
        if (last + cp.length != text.size() || !QChar::isSpace(cp.value))
            break;
        text.remove_suffix(text.size() - last);
    }
    return text;
}

// The escapes compose knows inside double quotes. "\$" becomes "$$" so interpolation keeps
// the dollar; "\0" plus three octal digits is a code point; anything else stays as written.
std::string unescape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i++];
            continue;
        }
        const char c = text[i + 1];
        const std::string_view simple = "abfnrtv\\\"";
        if (const std::size_t at = simple.find(c); at != std::string_view::npos) {
            out += "\a\b\f\n\r\t\v\\\""[at];
            i += 2;
        } else if (c == '$') {
            out += "$$";
            i += 2;
        } else if (c == '0') {
            const std::string_view next = text.substr(i + 2, 3);
            const std::string_view number = next.substr(0, std::min(next.find_first_not_of("0123456789"), next.size()));
            char32_t value = 0;
            bool octal = number.size() == 3;
            for (const char d : number) {
                octal = octal && d <= '7';
                value = value * 8 + static_cast<char32_t>(d - '0');
            }
            if (octal && value <= 0xFF) {
                out += QString(QChar(static_cast<char16_t>(value))).toStdString();
            } else {
                // Compose drops the "0" and keeps the rest when the number is no octal byte.
                out += '\\';
                out += number;
            }
            i += 2 + number.size();
        } else {
            out += '\\';
            ++i;
        }
    }
    return out;
}

std::size_t lineEnd(std::string_view text, std::size_t from)
{
    return std::min(text.find('\n', from), text.size());
}

std::string_view restOfLine(std::string_view text, std::size_t from)
{
    return trimRight(text.substr(from, lineEnd(text, from) - from));
}

struct Cursor
{
    std::string_view text;
    std::shared_ptr<const QString> file;
    std::size_t pos = 0;
    std::size_t countedTo = 0;
    std::size_t lineStart = 0;
    int line = 1;
};

YamlMark markAt(Cursor &cursor, std::size_t offset)
{
    for (; cursor.countedTo < offset; ++cursor.countedTo) {
        if (cursor.text[cursor.countedTo] == '\n') {
            ++cursor.line;
            cursor.lineStart = cursor.countedTo + 1;
        }
    }
    return YamlMark{cursor.file, cursor.line, static_cast<int>(offset - cursor.lineStart) + 1};
}

Error errorAt(Cursor &cursor, std::size_t offset, const QString &message)
{
    return Error(message, markAt(cursor, offset).toLocation());
}

void skipInlineSpace(Cursor &cursor)
{
    while (cursor.pos < cursor.text.size()) {
        const CodePoint cp = decodeAt(cursor.text, cursor.pos);
        if (!isInlineSpace(cp.value))
            return;
        cursor.pos += cp.length;
    }
}

// Moves past blank lines and comment lines; false at the end of the text.
bool skipToStatement(Cursor &cursor)
{
    const std::string_view text = cursor.text;
    while (cursor.pos < text.size()) {
        const CodePoint cp = decodeAt(text, cursor.pos);
        if (QChar::isSpace(cp.value)) {
            cursor.pos += cp.length;
        } else if (text[cursor.pos] == '#') {
            cursor.pos = lineEnd(text, cursor.pos);
        } else {
            return true;
        }
    }
    return false;
}

Expected<std::string> readValue(Cursor &cursor, const VariableLookup &lookup)
{
    const std::string_view text = cursor.text;
    const std::size_t start = cursor.pos;
    const char quote = start < text.size() ? text[start] : '\0';
    if (quote != '"' && quote != '\'') {
        const std::size_t end = lineEnd(text, start);
        std::string_view raw = text.substr(start, end - start);
        raw = trimRight(raw.substr(0, raw.find(" #")));
        cursor.pos = end;
        return Interpolator::interpolate(raw, lookup, markAt(cursor, start));
    }

    // A backslash before the quote character drops out; before anything else it stays, for the
    // escapes of double quotes to be read afterwards.
    std::string chars;
    bool escaped = false;
    for (std::size_t i = start + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (escaped) {
            escaped = false;
            if (c != quote)
                chars += '\\';
            chars += c;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == quote) {
            cursor.pos = i + 1;
            if (quote == '\'')
                return chars;
            return Interpolator::interpolate(unescape(chars), lookup, markAt(cursor, start + 1));
        } else {
            chars += c;
        }
    }
    return errorAt(
        cursor, start, DotEnvParser::tr("the quoted value is never closed: %1").arg(fromUtf8(restOfLine(text, start))));
}

// An empty key without a value is "export" alone on its line, which compose passes over.
Expected<DotEnvParser::Entries::value_type> readStatement(Cursor &cursor, const VariableLookup &lookup)
{
    const std::string_view text = cursor.text;
    const std::size_t start = cursor.pos;
    if (text.substr(start).starts_with("export") && start + 6 < text.size()
        && std::string_view(" \t\f\r\n").find(text[start + 6]) != std::string_view::npos) {
        cursor.pos = start + 6;
        skipInlineSpace(cursor);
    }

    const std::size_t keyBegin = cursor.pos;
    std::size_t i = keyBegin;
    char terminator = '\0';
    while (i < text.size()) {
        const CodePoint cp = decodeAt(text, i);
        if (cp.value == '=' || cp.value == ':' || cp.value == '\n') {
            terminator = static_cast<char>(cp.value);
            break;
        }
        if (!isInlineSpace(cp.value) && !isKeyChar(cp.value)) {
            return errorAt(cursor,
                           i,
                           DotEnvParser::tr("unexpected character \"%1\" in variable name \"%2\"")
                               .arg(fromUtf8(text.substr(i, cp.length)), fromUtf8(restOfLine(text, keyBegin))));
        }
        i += cp.length;
    }

    DotEnvParser::Entries::value_type statement{trimRight(text.substr(keyBegin, i - keyBegin)), std::nullopt};
    const std::string &key = statement.first;
    if (key.find_first_of(" \t\v\f\r") != std::string::npos)
        return errorAt(cursor, keyBegin, DotEnvParser::tr("variable name \"%1\" contains a space").arg(fromUtf8(key)));
    if (terminator == '\n' || terminator == '\0') {
        // A name alone, even on the last line without a line break, is taken from the environment.
        cursor.pos = terminator == '\n' ? i + 1 : text.size();
        return statement;
    }
    if (key.empty())
        return errorAt(
            cursor,
            i,
            DotEnvParser::tr("\"%1\" without a variable name before it").arg(QString(QLatin1Char(terminator))));

    cursor.pos = i + 1;
    skipInlineSpace(cursor);
    auto value = readValue(cursor, lookup);
    if (!value)
        return value.error();
    statement.second = std::move(value).value();
    return statement;
}

} // namespace

Expected<DotEnvParser::Entries> DotEnvParser::parse(const QByteArray &text,
                                                    const QString &fileName,
                                                    const VariableLookup &lookup)
{
    Cursor cursor{std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                  std::make_shared<const QString>(fileName)};
    // Editors on Windows like to start the file with a byte order mark; it is no part of a key.
    if (cursor.text.starts_with("\xEF\xBB\xBF"))
        cursor.pos = cursor.countedTo = cursor.lineStart = 3;

    Entries entries;
    std::unordered_map<std::string, std::string> assigned;
    const VariableLookup interpolationLookup = [&](std::string_view name) -> std::optional<std::string> {
        if (lookup) {
            if (auto value = lookup(name))
                return value;
        }
        if (const auto it = assigned.find(std::string(name)); it != assigned.end())
            return it->second;
        return std::nullopt;
    };

    while (skipToStatement(cursor)) {
        auto statement = readStatement(cursor, interpolationLookup);
        if (!statement)
            return statement.error();
        auto &[key, value] = *statement;
        if (key.empty() && !value)
            continue;
        if (value)
            assigned[key] = *value;
        entries.push_back(std::move(statement).value());
    }
    return entries;
}

Expected<DotEnvParser::Entries> DotEnvParser::parseFile(const QString &path, const VariableLookup &lookup)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(DotEnvParser::tr("cannot read the env file \"%1\": %2").arg(path, file.errorString()),
                     SourceLocation{path});
    return parse(file.readAll(), path, lookup);
}

} // namespace Leitstand
