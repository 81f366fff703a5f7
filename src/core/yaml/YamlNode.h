#pragma once

#include "../SourceLocation.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace Leitstand {

// Where a node starts: the file it came from and a 1-based line and column.
struct YamlMark
{
    std::shared_ptr<const QString> file;
    int line = 0;
    int column = 0;

    SourceLocation toLocation() const;
};

// The document tree the compose loader works on. Unlike yaml-cpp's own nodes it keeps every
// scalar as the text that was written (no y/on/no booleans), remembers whether a scalar was
// quoted, keeps mapping order, carries the compose tags !reset and !override, and is a plain
// value type: copying a node copies its subtree.
class YamlNode final
{
    Q_DECLARE_TR_FUNCTIONS(YamlNode)

public:
    enum class Kind : std::uint8_t { Null, Scalar, Sequence, Mapping };
    enum class Tag : std::uint8_t { None, Reset, Override, Other };

    struct Entry;

    YamlNode() = default;
    static YamlNode null(YamlMark mark = {});
    static YamlNode scalar(std::string text, YamlMark mark = {}, bool quoted = false);
    static YamlNode sequence(YamlMark mark = {});
    static YamlNode mapping(YamlMark mark = {});

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    // "a mapping", "a list", "a string", "null": for error messages.
    QString kindName() const;

    const std::string &scalar() const { return m_scalar; }
    QString text() const { return QString::fromStdString(m_scalar); }
    void setScalar(std::string text) { m_scalar = std::move(text); }
    bool isQuoted() const { return m_quoted; }
    // Whether interpolation substituted a variable in this scalar: the analyses tell a value
    // written into the file (a literal password) from one that came from the environment.
    bool isInterpolated() const { return m_interpolated; }
    void setInterpolated(bool interpolated) { m_interpolated = interpolated; }

    Tag tag() const { return m_tag; }
    void setTag(Tag tag) { m_tag = tag; }

    const YamlMark &mark() const { return m_mark; }
    void setMark(YamlMark mark) { m_mark = std::move(mark); }
    SourceLocation location() const { return m_mark.toLocation(); }

    // Sequence access.
    const std::vector<YamlNode> &items() const { return m_items; }
    std::vector<YamlNode> &items() { return m_items; }
    void append(YamlNode node);

    // Mapping access; keys are unique (the reader rejects duplicates).
    const std::vector<Entry> &entries() const { return m_entries; }
    std::vector<Entry> &entries() { return m_entries; }
    const YamlNode *find(std::string_view key) const;
    YamlNode *find(std::string_view key);
    const Entry *findEntry(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    // Replaces the value of an existing key (keeping its position) or appends a new entry.
    YamlNode &set(std::string key, YamlNode value, YamlMark keyMark = {});
    bool remove(std::string_view key);

    // Number of nodes in this subtree, this one included.
    std::size_t nodeCount() const;

private:
    Kind m_kind = Kind::Null;
    Tag m_tag = Tag::None;
    bool m_quoted = false;
    bool m_interpolated = false;
    std::string m_scalar;
    YamlMark m_mark;
    std::vector<YamlNode> m_items;
    std::vector<Entry> m_entries;
};

struct YamlNode::Entry
{
    std::string key;
    YamlMark keyMark;
    YamlNode value;
};

} // namespace Leitstand
