#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace Leitstand::Internal {

// Durations the way compose reads and prints them: parsed like Go's time.ParseDuration with
// the extra units "d" and "w" (go-str2duration), printed like Go's Duration.String(), so
// "90s" comes out as "1m30s" and "1h" as "1h0m0s", exactly as `docker compose config` does.
class GoDuration final
{
public:
    // Nanoseconds, or nullopt when the text is not a duration (a bare number other than "0"
    // is not one: it has no unit).
    static std::optional<std::int64_t> parse(std::string_view text);
    static QString format(std::int64_t nanoseconds);
};

} // namespace Leitstand::Internal
