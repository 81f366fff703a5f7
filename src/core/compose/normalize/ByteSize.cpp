#include "ByteSize.h"

#include <cctype>
#include <charconv>
#include <string>

namespace Leitstand::Internal {

namespace {

std::optional<std::int64_t> plainInteger(std::string_view text)
{
    std::int64_t value = 0;
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || pointer != end)
        return std::nullopt;
    return value;
}

std::int64_t multiplierOf(char unit)
{
    switch (std::tolower(static_cast<unsigned char>(unit))) {
    case 'k':
        return std::int64_t{1} << 10;
    case 'm':
        return std::int64_t{1} << 20;
    case 'g':
        return std::int64_t{1} << 30;
    case 't':
        return std::int64_t{1} << 40;
    case 'p':
        return std::int64_t{1} << 50;
    default:
        return 0;
    }
}

} // namespace

std::optional<std::int64_t> ByteSize::parse(std::string_view text)
{
    if (const auto integer = plainInteger(text))
        return integer;

    std::size_t position = 0;
    while (position < text.size() && std::isdigit(static_cast<unsigned char>(text[position])))
        ++position;
    if (position == 0)
        return std::nullopt;
    if (position < text.size() && text[position] == '.') {
        const std::size_t fractionStart = ++position;
        while (position < text.size() && std::isdigit(static_cast<unsigned char>(text[position])))
            ++position;
        if (position == fractionStart)
            return std::nullopt;
    }
    const std::string number(text.substr(0, position));
    std::string_view suffix = text.substr(position);
    if (!suffix.empty() && suffix.front() == ' ')
        suffix.remove_prefix(1);

    std::int64_t multiplier = 1;
    if (!suffix.empty() && multiplierOf(suffix.front()) != 0) {
        multiplier = multiplierOf(suffix.front());
        suffix.remove_prefix(1);
    }
    if (!suffix.empty() && (suffix.front() == 'i' || suffix.front() == 'I'))
        suffix.remove_prefix(1);
    if (!suffix.empty() && (suffix.front() == 'b' || suffix.front() == 'B'))
        suffix.remove_prefix(1);
    if (!suffix.empty())
        return std::nullopt;

    // go-units multiplies a float64 and truncates, so "1.5k" is 1536 and "0.1k" is 102.
    // from_chars, unlike strtod, ignores the process locale (a German one reads "1,5").
    double value = 0;
    std::from_chars(number.data(), number.data() + number.size(), value);
    const double size = value * static_cast<double>(multiplier);
    if (size >= 9.2e18)
        return std::nullopt;
    return static_cast<std::int64_t>(size);
}

} // namespace Leitstand::Internal
