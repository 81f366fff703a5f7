#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace Leitstand {

// Looks a variable up by name; std::nullopt when it is not set (which differs from set to "").
using VariableLookup = std::function<std::optional<std::string>(std::string_view)>;

} // namespace Leitstand
