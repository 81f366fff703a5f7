#include "JsonTextLocator.h"

#include <QStringList>

#include <algorithm>

namespace Leitstand::Internal {

namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipWhitespace(const QByteArray &json, qsizetype i)
{
    while (i < json.size() && isJsonWhitespace(json.at(i)))
        ++i;
    return i;
}

// i is at the opening quote; returns the position after the closing one.
qsizetype skipString(const QByteArray &json, qsizetype i)
{
    for (++i; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return i;
}

// The scans below only run on text QJsonDocument has accepted, so they can trust its structure.
qsizetype skipValue(const QByteArray &json, qsizetype i)
{
    i = skipWhitespace(json, i);
    if (i >= json.size())
        return i;
    const char first = json.at(i);
    if (first == '"')
        return skipString(json, i);
    if (first != '{' && first != '[') {
        while (i < json.size() && !isJsonWhitespace(json.at(i)) && json.at(i) != ',' && json.at(i) != ']'
               && json.at(i) != '}')
            ++i;
        return i;
    }
    int depth = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '"') {
            i = skipString(json, i);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        ++i;
    }
    return i;
}

qsizetype findMember(const QByteArray &json, qsizetype i, const QByteArray &key)
{
    i = skipWhitespace(json, i);
    if (i >= json.size() || json.at(i) != '{')
        return -1;
    i = skipWhitespace(json, i + 1);
    while (i < json.size() && json.at(i) == '"') {
        const qsizetype keyEnd = skipString(json, i);
        const bool matches = json.mid(i + 1, keyEnd - i - 2) == key;
        i = skipWhitespace(json, keyEnd);
        if (i >= json.size() || json.at(i) != ':')
            return -1;
        i = skipWhitespace(json, i + 1);
        if (matches)
            return i;
        i = skipWhitespace(json, skipValue(json, i));
        if (i < json.size() && json.at(i) == ',')
            i = skipWhitespace(json, i + 1);
    }
    return -1;
}

qsizetype findElement(const QByteArray &json, qsizetype i, int index)
{
    i = skipWhitespace(json, i);
    if (i >= json.size() || json.at(i) != '[')
        return -1;
    i = skipWhitespace(json, i + 1);
    for (int n = 0; i < json.size() && json.at(i) != ']'; ++n) {
        if (n == index)
            return i;
        i = skipWhitespace(json, skipValue(json, i));
        if (i < json.size() && json.at(i) == ',')
            i = skipWhitespace(json, i + 1);
    }
    return -1;
}

// Offset of the value a path like "hosts[1].stacks[0].name" names, or -1.
qsizetype findValue(const QByteArray &json, const QString &path)
{
    qsizetype i = skipWhitespace(json, 0);
    const QStringList steps = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        const qsizetype bracket = step.indexOf(QLatin1Char('['));
        i = findMember(json, i, step.left(bracket).toUtf8());
        if (i >= 0 && bracket >= 0)
            i = findElement(json, i, step.mid(bracket + 1).chopped(1).toInt());
        if (i < 0)
            return -1;
    }
    return i;
}

} // namespace

SourceLocation JsonTextLocator::locationOf(const QByteArray &json, const QString &filePath, const QString &path)
{
    return locationAt(json, filePath, findValue(json, path));
}

SourceLocation JsonTextLocator::locationAt(const QByteArray &json, const QString &filePath, qsizetype offset)
{
    if (offset < 0)
        return SourceLocation{filePath};
    offset = std::min(offset, json.size());
    const qsizetype lineStart = offset == 0 ? 0 : json.lastIndexOf('\n', offset - 1) + 1;
    const auto line = static_cast<int>(json.left(lineStart).count('\n')) + 1;
    const auto column = static_cast<int>(QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size()) + 1;
    return SourceLocation{filePath, line, column};
}

} // namespace Leitstand::Internal
