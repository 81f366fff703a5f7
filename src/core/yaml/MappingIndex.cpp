#include "MappingIndex.h"

namespace Leitstand {

namespace {

constexpr std::size_t IndexFrom = 16;

} // namespace

MappingIndex::MappingIndex(YamlNode &mapping)
    : m_mapping(mapping)
{
    rebuild();
}

YamlNode *MappingIndex::find(std::string_view key)
{
    if (!m_indexed)
        return m_mapping.find(key);
    const auto it = m_positions.find(std::string(key));
    return it == m_positions.end() ? nullptr : &m_mapping.entries()[it->second].value;
}

void MappingIndex::set(const YamlNode::Entry &entry, YamlNode value)
{
    if (YamlNode *existing = find(entry.key)) {
        *existing = std::move(value);
        return;
    }
    m_mapping.entries().push_back(YamlNode::Entry{entry.key, entry.keyMark, std::move(value)});
    if (m_indexed)
        m_positions.emplace(entry.key, m_mapping.entries().size() - 1);
}

void MappingIndex::remove(std::string_view key)
{
    if (m_mapping.remove(key))
        rebuild();
}

void MappingIndex::rebuild()
{
    const auto &entries = m_mapping.entries();
    m_indexed = entries.size() >= IndexFrom;
    m_positions.clear();
    if (!m_indexed)
        return;
    for (std::size_t i = 0; i < entries.size(); ++i)
        m_positions.emplace(entries[i].key, i);
}

} // namespace Leitstand
