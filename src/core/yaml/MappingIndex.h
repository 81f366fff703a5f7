#pragma once

#include "YamlNode.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace Leitstand {

// Finds a mapping's entries by key in constant time while entries are set and removed, so that
// merging two large sections (hundreds of services) is not quadratic. Small mappings are
// scanned, which is faster than hashing them.
class MappingIndex final
{
public:
    explicit MappingIndex(YamlNode &mapping);

    YamlNode *find(std::string_view key);
    // Replaces the value of an existing key, keeping its position and mark, or appends `entry`'s
    // key with `value`.
    void set(const YamlNode::Entry &entry, YamlNode value);
    void remove(std::string_view key);

private:
    void rebuild();

    YamlNode &m_mapping;
    bool m_indexed = false;
    std::unordered_map<std::string, std::size_t> m_positions;
};

} // namespace Leitstand
