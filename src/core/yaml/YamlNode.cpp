#include "YamlNode.h"

namespace Leitstand {

SourceLocation YamlMark::toLocation() const
{
    return SourceLocation{file ? *file : QString(), line, column};
}

YamlNode YamlNode::null(YamlMark mark)
{
    YamlNode node;
    node.m_mark = std::move(mark);
    return node;
}

YamlNode YamlNode::scalar(std::string text, YamlMark mark, bool quoted)
{
    YamlNode node;
    node.m_kind = Kind::Scalar;
    node.m_scalar = std::move(text);
    node.m_mark = std::move(mark);
    node.m_quoted = quoted;
    return node;
}

YamlNode YamlNode::sequence(YamlMark mark)
{
    YamlNode node;
    node.m_kind = Kind::Sequence;
    node.m_mark = std::move(mark);
    return node;
}

YamlNode YamlNode::mapping(YamlMark mark)
{
    YamlNode node;
    node.m_kind = Kind::Mapping;
    node.m_mark = std::move(mark);
    return node;
}

QString YamlNode::kindName() const
{
    switch (m_kind) {
    case Kind::Null:
        return YamlNode::tr("null");
    case Kind::Scalar:
        return YamlNode::tr("a string");
    case Kind::Sequence:
        return YamlNode::tr("a list");
    case Kind::Mapping:
        return YamlNode::tr("a mapping");
    }
    return {};
}

void YamlNode::append(YamlNode node)
{
    m_items.push_back(std::move(node));
}

const YamlNode::Entry *YamlNode::findEntry(std::string_view key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const YamlNode *YamlNode::find(std::string_view key) const
{
    const Entry *entry = findEntry(key);
    return entry ? &entry->value : nullptr;
}

YamlNode *YamlNode::find(std::string_view key)
{
    for (Entry &entry : m_entries) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

YamlNode &YamlNode::set(std::string key, YamlNode value, YamlMark keyMark)
{
    if (YamlNode *existing = find(key)) {
        *existing = std::move(value);
        return *existing;
    }
    m_entries.push_back(Entry{std::move(key), std::move(keyMark), std::move(value)});
    return m_entries.back().value;
}

bool YamlNode::remove(std::string_view key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->key == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

std::size_t YamlNode::nodeCount() const
{
    std::size_t count = 1;
    for (const YamlNode &item : m_items)
        count += item.nodeCount();
    for (const Entry &entry : m_entries)
        count += 1 + entry.value.nodeCount();
    return count;
}

} // namespace Leitstand
