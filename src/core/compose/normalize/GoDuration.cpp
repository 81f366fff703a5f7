#include "GoDuration.h"

#include <array>
#include <limits>
#include <string>

namespace Leitstand::Internal {

namespace {

constexpr std::uint64_t kNanosecond = 1;
constexpr std::uint64_t kMicrosecond = 1000 * kNanosecond;
constexpr std::uint64_t kMillisecond = 1000 * kMicrosecond;
constexpr std::uint64_t kSecond = 1000 * kMillisecond;
constexpr std::uint64_t kMinute = 60 * kSecond;
constexpr std::uint64_t kHour = 60 * kMinute;
constexpr std::uint64_t kDay = 24 * kHour;
constexpr std::uint64_t kWeek = 7 * kDay;

std::optional<std::uint64_t> unitOf(std::string_view unit)
{
    struct Unit
    {
        std::string_view name;
        std::uint64_t nanoseconds;
    };
    static constexpr std::array<Unit, 10> units{{{"ns", kNanosecond},
                                                 {"us", kMicrosecond},
                                                 {"\xC2\xB5s", kMicrosecond}, // U+00B5 micro sign
                                                 {"\xCE\xBCs", kMicrosecond}, // U+03BC Greek mu
                                                 {"ms", kMillisecond},
                                                 {"s", kSecond},
                                                 {"m", kMinute},
                                                 {"h", kHour},
                                                 {"d", kDay},
                                                 {"w", kWeek}}};
    for (const Unit &candidate : units) {
        if (candidate.name == unit)
            return candidate.nanoseconds;
    }
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Appends the fraction of value / 10^precision without trailing zeros (and without the dot
// when it is zero) in front of text; returns the integer part.
std::uint64_t prependFraction(std::string &text, std::uint64_t value, int precision)
{
    bool print = false;
    for (int i = 0; i < precision; ++i) {
        const auto digit = static_cast<char>('0' + value % 10);
        print = print || digit != '0';
        if (print)
            text.insert(text.begin(), digit);
        value /= 10;
    }
    if (print)
        text.insert(text.begin(), '.');
    return value;
}

void prependInteger(std::string &text, std::uint64_t value)
{
    text.insert(0, std::to_string(value));
}

} // namespace

std::optional<std::int64_t> GoDuration::parse(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text == "0")
        return 0;
    if (text.empty())
        return std::nullopt;

    constexpr std::uint64_t limit = std::numeric_limits<std::int64_t>::max();
    std::uint64_t total = 0;
    while (!text.empty()) {
        if (!isDigit(text.front()) && text.front() != '.')
            return std::nullopt;
        std::uint64_t whole = 0;
        bool digits = false;
        while (!text.empty() && isDigit(text.front())) {
            if (whole > (limit - 9) / 10)
                return std::nullopt;
            whole = whole * 10 + static_cast<std::uint64_t>(text.front() - '0');
            digits = true;
            text.remove_prefix(1);
        }
        std::uint64_t fraction = 0;
        std::uint64_t scale = 1;
        if (!text.empty() && text.front() == '.') {
            text.remove_prefix(1);
            while (!text.empty() && isDigit(text.front())) {
                // Digits beyond what fits change nothing at nanosecond resolution.
                if (scale <= limit / 10) {
                    fraction = fraction * 10 + static_cast<std::uint64_t>(text.front() - '0');
                    scale *= 10;
                }
                digits = true;
                text.remove_prefix(1);
            }
        }
        if (!digits)
            return std::nullopt;
        std::size_t unitLength = 0;
        while (unitLength < text.size() && !isDigit(text[unitLength]) && text[unitLength] != '.')
            ++unitLength;
        if (unitLength == 0)
            return std::nullopt; // "missing unit in duration"
        const auto unit = unitOf(text.substr(0, unitLength));
        if (!unit)
            return std::nullopt;
        text.remove_prefix(unitLength);
        if (whole > limit / *unit)
            return std::nullopt;
        std::uint64_t value = whole * *unit;
        if (fraction > 0) {
            const auto part = static_cast<std::uint64_t>(
                static_cast<long double>(fraction) * static_cast<long double>(*unit) / static_cast<long double>(scale));
            value += part;
        }
        if (value > limit - total)
            return std::nullopt;
        total += value;
    }
    const auto signedTotal = static_cast<std::int64_t>(total);
    return negative ? -signedTotal : signedTotal;
}

QString GoDuration::format(std::int64_t nanoseconds)
{
    const bool negative = nanoseconds < 0;
    std::uint64_t value
        = negative ? 0 - static_cast<std::uint64_t>(nanoseconds) : static_cast<std::uint64_t>(nanoseconds);
    std::string text;
    if (value < kSecond) {
        // Below one second Go switches to the largest sub-second unit: "1.5ms", "250ns".
        if (value == 0)
            return QStringLiteral("0s");
        int precision = 0;
        if (value < kMicrosecond) {
            text = "ns";
        } else if (value < kMillisecond) {
            precision = 3;
            text = "\xC2\xB5s";
        } else {
            precision = 6;
            text = "ms";
        }
        value = prependFraction(text, value, precision);
        prependInteger(text, value);
    } else {
        text = "s";
        value = prependFraction(text, value, 9);
        prependInteger(text, value % 60);
        value /= 60;
        if (value > 0) {
            text.insert(text.begin(), 'm');
            prependInteger(text, value % 60);
            value /= 60;
            if (value > 0) {
                text.insert(text.begin(), 'h');
                prependInteger(text, value);
            }
        }
    }
    if (negative)
        text.insert(text.begin(), '-');
    return QString::fromStdString(text);
}

} // namespace Leitstand::Internal
