#include "YamlTreeBuilder.h"

namespace Leitstand::Internal {

namespace {

YamlNode::Tag tagOf(const std::string &tag)
{
    if (tag.empty() || tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str")
        return YamlNode::Tag::None;
    if (tag == "!reset")
        return YamlNode::Tag::Reset;
    if (tag == "!override")
        return YamlNode::Tag::Override;
    return YamlNode::Tag::Other;
}

} // namespace

YamlTreeBuilder::YamlTreeBuilder(std::shared_ptr<const QString> file, const YamlReadLimits &limits)
    : m_file(std::move(file))
    , m_limits(limits)
{}

YamlMark YamlTreeBuilder::markOf(const YAML::Mark &mark) const
{
    return YamlMark{m_file, mark.line + 1, mark.column + 1};
}

void YamlTreeBuilder::account(const Size &size, const YamlMark &where)
{
    m_total.nodes += size.nodes;
    m_total.bytes += size.bytes;
    if (m_total.nodes > m_limits.maxExpandedNodes) {
        throw YamlBuildError(YamlTreeBuilder::tr("the document expands to more than %1 nodes (an alias bomb?)")
                                 .arg(m_limits.maxExpandedNodes),
                             where);
    }
    if (m_total.bytes > m_limits.maxExpandedScalarBytes) {
        throw YamlBuildError(YamlTreeBuilder::tr("the document expands to more than %1 MiB of text (an alias bomb?)")
                                 .arg(m_limits.maxExpandedScalarBytes / (1024 * 1024)),
                             where);
    }
}

void YamlTreeBuilder::OnDocumentStart(const YAML::Mark &mark)
{
    ++m_documents;
    if (m_documents > 1) {
        throw YamlBuildError(YamlTreeBuilder::tr("a compose file holds one YAML document; this is a second one"),
                             markOf(mark));
    }
}

void YamlTreeBuilder::OnDocumentEnd() {}

void YamlTreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const YamlMark where = markOf(mark);
    const Size size{1, 0};
    account(size, where);
    complete(YamlNode::null(where), anchor, size);
}

void YamlTreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const YamlMark where = markOf(mark);
    const auto it = m_anchors.find(anchor);
    if (it == m_anchors.end())
        throw YamlBuildError(YamlTreeBuilder::tr("alias to an anchor that is not defined"), where);
    account(it->second.size, where);
    addToParent(it->second.node, it->second.size);
}

void YamlTreeBuilder::OnScalar(const YAML::Mark &mark,
                               const std::string &tag,
                               YAML::anchor_t anchor,
                               const std::string &value)
{
    const YamlMark where = markOf(mark);
    const Size size{1, value.size()};
    account(size, where);
    // yaml-cpp marks quoted scalars with the non-specific tag "!", plain ones with "?".
    YamlNode node = YamlNode::scalar(value, where, tag != "?");
    node.setTag(tagOf(tag));
    complete(std::move(node), anchor, size);
}

void YamlTreeBuilder::OnSequenceStart(const YAML::Mark &mark,
                                      const std::string &tag,
                                      YAML::anchor_t anchor,
                                      YAML::EmitterStyle::value)
{
    YamlNode node = YamlNode::sequence(markOf(mark));
    node.setTag(tagOf(tag));
    openFrame(std::move(node), anchor);
}

void YamlTreeBuilder::OnSequenceEnd()
{
    closeFrame();
}

void YamlTreeBuilder::OnMapStart(const YAML::Mark &mark,
                                 const std::string &tag,
                                 YAML::anchor_t anchor,
                                 YAML::EmitterStyle::value)
{
    YamlNode node = YamlNode::mapping(markOf(mark));
    node.setTag(tagOf(tag));
    openFrame(std::move(node), anchor);
}

void YamlTreeBuilder::OnMapEnd()
{
    closeFrame();
}

void YamlTreeBuilder::openFrame(YamlNode node, YAML::anchor_t anchor)
{
    account(Size{1, 0}, node.mark());
    Frame frame;
    frame.node = std::move(node);
    frame.anchor = anchor;
    frame.size = Size{1, 0};
    m_stack.push_back(std::move(frame));
}

void YamlTreeBuilder::closeFrame()
{
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    if (frame.node.isMapping()) {
        if (!frame.expectingKey)
            throw YamlBuildError(YamlTreeBuilder::tr("mapping key without a value"), frame.pendingKeyMark);
        applyMerges(frame);
    }
    complete(std::move(frame.node), frame.anchor, frame.size);
}

void YamlTreeBuilder::complete(YamlNode node, YAML::anchor_t anchor, Size size)
{
    if (anchor != 0)
        m_anchors[anchor] = Anchored{node, size};
    addToParent(std::move(node), size);
}

void YamlTreeBuilder::addToParent(YamlNode node, Size size)
{
    if (m_stack.empty()) {
        m_root = std::move(node);
        m_hasRoot = true;
        return;
    }
    Frame &parent = m_stack.back();
    parent.size.nodes += size.nodes;
    parent.size.bytes += size.bytes;

    if (parent.node.isSequence()) {
        parent.node.append(std::move(node));
        return;
    }

    if (parent.expectingKey) {
        if (node.isMapping() || node.isSequence())
            throw YamlBuildError(
                YamlTreeBuilder::tr("a mapping key must be a plain value, not %1").arg(node.kindName()), node.mark());
        parent.pendingIsMerge = node.isScalar() && !node.isQuoted() && node.scalar() == "<<";
        parent.pendingKey = node.scalar();
        parent.pendingKeyMark = node.mark();
        parent.expectingKey = false;
        return;
    }

    parent.expectingKey = true;
    if (parent.pendingIsMerge) {
        addMergeSource(parent, std::move(node));
        return;
    }
    if (isDuplicateKey(parent)) {
        const YamlNode::Entry *first = parent.node.findEntry(parent.pendingKey);
        throw YamlBuildError(YamlTreeBuilder::tr("duplicate key \"%1\" (first defined at line %2, column %3)")
                                 .arg(QString::fromStdString(parent.pendingKey))
                                 .arg(first->keyMark.line)
                                 .arg(first->keyMark.column),
                             parent.pendingKeyMark);
    }
    parent.node.entries().push_back(
        YamlNode::Entry{std::move(parent.pendingKey), parent.pendingKeyMark, std::move(node)});
}

bool YamlTreeBuilder::isDuplicateKey(Frame &frame)
{
    constexpr std::size_t IndexFrom = 16;
    auto &entries = frame.node.entries();
    if (entries.size() < IndexFrom)
        return frame.node.findEntry(frame.pendingKey) != nullptr;
    if (frame.keyIndex.empty()) {
        for (const YamlNode::Entry &entry : entries)
            frame.keyIndex.insert(entry.key);
    }
    return !frame.keyIndex.insert(frame.pendingKey).second;
}

void YamlTreeBuilder::addMergeSource(Frame &frame, YamlNode source)
{
    if (source.isMapping()) {
        frame.mergeSources.push_back(std::move(source));
        return;
    }
    if (source.isSequence()) {
        for (YamlNode &item : source.items()) {
            if (!item.isMapping())
                throw YamlBuildError(
                    YamlTreeBuilder::tr("a merge key (<<) takes mappings, not %1").arg(item.kindName()), item.mark());
            frame.mergeSources.push_back(std::move(item));
        }
        return;
    }
    throw YamlBuildError(
        YamlTreeBuilder::tr("a merge key (<<) takes a mapping or a list of mappings, not %1").arg(source.kindName()),
        source.mark());
}

// Keys written in the mapping itself win over merged ones; among merged mappings the first
// listed wins, as the YAML merge-key draft specifies.
void YamlTreeBuilder::applyMerges(Frame &frame)
{
    for (YamlNode &source : frame.mergeSources) {
        for (YamlNode::Entry &entry : source.entries()) {
            if (!frame.node.contains(entry.key))
                frame.node.entries().push_back(std::move(entry));
        }
    }
    frame.mergeSources.clear();
}

} // namespace Leitstand::Internal
