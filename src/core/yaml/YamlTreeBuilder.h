#pragma once

#include "YamlNode.h"
#include "YamlReader.h"

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Leitstand::Internal {

// Thrown inside the builder to abort yaml-cpp's parse; YamlReader turns it into an Error.
class YamlBuildError final : public std::runtime_error
{
public:
    YamlBuildError(QString message, YamlMark mark)
        : std::runtime_error("yaml build error")
        , m_message(std::move(message))
        , m_mark(std::move(mark))
    {}
    const QString &message() const { return m_message; }
    const YamlMark &mark() const { return m_mark; }

private:
    QString m_message;
    YamlMark m_mark;
};

// Receives yaml-cpp's parse events and builds a YamlNode tree from them. Working from events
// rather than YAML::Node lets us see quoting, tags and duplicate keys, resolve merge keys, and
// stop an alias bomb before it is expanded.
class YamlTreeBuilder final : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(YamlTreeBuilder)

public:
    YamlTreeBuilder(std::shared_ptr<const QString> file, const YamlReadLimits &limits);

    bool hasRoot() const { return m_hasRoot; }
    YamlNode takeRoot() { return std::move(m_root); }
    int documentCount() const { return m_documents; }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark,
                  const std::string &tag,
                  YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &tag,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark,
                    const std::string &tag,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;

private:
    struct Size
    {
        std::size_t nodes = 0;
        std::size_t bytes = 0;
    };
    struct Frame
    {
        YamlNode node;
        YAML::anchor_t anchor = 0;
        Size size;
        bool expectingKey = true;
        bool pendingIsMerge = false;
        std::string pendingKey;
        YamlMark pendingKeyMark;
        std::vector<YamlNode> mergeSources;
        // Keys seen so far, once the mapping is large enough that scanning for duplicates
        // would make reading it quadratic (a services section with hundreds of entries).
        std::unordered_set<std::string> keyIndex;
    };
    struct Anchored
    {
        YamlNode node;
        Size size;
    };

    YamlMark markOf(const YAML::Mark &mark) const;
    void account(const Size &size, const YamlMark &where);
    void complete(YamlNode node, YAML::anchor_t anchor, Size size);
    void addToParent(YamlNode node, Size size);
    bool isDuplicateKey(Frame &frame);
    void addMergeSource(Frame &frame, YamlNode source);
    static void applyMerges(Frame &frame);
    void openFrame(YamlNode node, YAML::anchor_t anchor);
    void closeFrame();

    std::shared_ptr<const QString> m_file;
    YamlReadLimits m_limits;
    Size m_total;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    YamlNode m_root;
    bool m_hasRoot = false;
    int m_documents = 0;
};

} // namespace Leitstand::Internal
