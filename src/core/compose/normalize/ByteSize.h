#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace Leitstand::Internal {

// Memory sizes as Docker reads them (go-units RAMInBytes): a number with an optional
// fraction, an optional space and an optional binary unit k, m, g, t or p, optionally
// followed by "i" and "b" in any case: "512m", "1.5G", "2 GiB", "300000". A plain integer,
// negative ones included ("memswap_limit: -1"), is taken as bytes.
class ByteSize final
{
public:
    static std::optional<std::int64_t> parse(std::string_view text);
};

} // namespace Leitstand::Internal
