#include "ValueConverter.h"

#include "ByteSize.h"
#include "GoDuration.h"

#include <charconv>
#include <cmath>

namespace Leitstand::Internal {

namespace {

Error typeError(const YamlNode &node, const QString &field, const QString &expected)
{
    if (!node.isScalar()) {
        return Error(ValueConverter::tr("\"%1\" must be %2, not %3").arg(field, expected, node.kindName()),
                     node.location());
    }
    return Error(ValueConverter::tr("\"%1\" must be %2, not \"%3\"").arg(field, expected, node.text()),
                 node.location());
}

std::optional<qint64> parseInteger(std::string_view text, int base)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    qint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value, base);
    if (text.empty() || error != std::errc() || pointer != end)
        return std::nullopt;
    return value;
}

std::optional<double> parseDouble(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || pointer != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

Expected<QString> ValueConverter::text(const YamlNode &node, const QString &field)
{
    if (!node.isScalar())
        return typeError(node, field, ValueConverter::tr("a string"));
    return node.text();
}

Expected<bool> ValueConverter::boolean(const YamlNode &node, const QString &field)
{
    if (node.isScalar()) {
        const QString value = node.text().toLower();
        if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("y")
            || value == QLatin1String("on"))
            return true;
        if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("n")
            || value == QLatin1String("off"))
            return false;
    }
    return typeError(node, field, ValueConverter::tr("true or false"));
}

Expected<qint64> ValueConverter::integer(const YamlNode &node, const QString &field)
{
    if (node.isScalar()) {
        if (const auto value = parseInteger(node.scalar(), 10))
            return *value;
    }
    return typeError(node, field, ValueConverter::tr("an integer"));
}

Expected<double> ValueConverter::float32(const YamlNode &node, const QString &field)
{
    const auto value = node.isScalar() ? parseDouble(node.scalar()) : std::nullopt;
    if (!value)
        return typeError(node, field, ValueConverter::tr("a number"));
    // Go prints float32 values with the fewest digits that read back to the same float.
    const auto rounded = static_cast<float>(*value);
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded);
    double shortest = 0;
    std::from_chars(buffer, result.ptr, shortest);
    return shortest;
}

Expected<double> ValueConverter::float64(const YamlNode &node, const QString &field)
{
    if (const auto value = node.isScalar() ? parseDouble(node.scalar()) : std::nullopt)
        return *value;
    return typeError(node, field, ValueConverter::tr("a number"));
}

Expected<QString> ValueConverter::byteCount(const YamlNode &node, const QString &field)
{
    if (const auto bytes = node.isScalar() ? ByteSize::parse(node.scalar()) : std::nullopt)
        return QString::number(*bytes);
    return typeError(node, field, ValueConverter::tr("a size such as \"512m\" or \"1g\""));
}

Expected<QString> ValueConverter::duration(const YamlNode &node, const QString &field)
{
    if (const auto nanoseconds = node.isScalar() ? GoDuration::parse(node.scalar()) : std::nullopt)
        return GoDuration::format(*nanoseconds);
    return typeError(node, field, ValueConverter::tr("a duration such as \"30s\" or \"1m30s\""));
}

Expected<QString> ValueConverter::fileMode(const YamlNode &node, const QString &field)
{
    std::optional<qint64> mode;
    if (node.isScalar()) {
        std::string_view text = node.scalar();
        if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'O'))
            mode = parseInteger(text.substr(2), 8);
        else if (node.isQuoted() || (text.size() > 1 && text[0] == '0'))
            mode = parseInteger(text, 8);
        else
            mode = parseInteger(text, 10);
    }
    if (!mode || *mode < 0)
        return typeError(node, field, ValueConverter::tr("a file mode such as 0440"));
    return QLatin1Char('0') + QString::number(*mode, 8);
}

} // namespace Leitstand::Internal
