#include "ComposeFileReader.h"

#include "Interpolator.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

namespace Leitstand {

ComposeFileReader::ComposeFileReader(VariableLookup lookup, YamlReadLimits limits, QHash<QString, QByteArray> contents)
    : m_lookup(std::move(lookup))
    , m_limits(limits)
    , m_contents(std::move(contents))
{}

Expected<YamlNode> ComposeFileReader::read(const QString &path)
{
    if (const auto cached = m_cache.constFind(path); cached != m_cache.cend())
        return *cached;
    auto document = parse(path);
    if (document)
        m_cache.insert(path, *document);
    return document;
}

std::vector<Expected<YamlNode>> ComposeFileReader::readEach(const QStringList &paths) const
{
    std::vector<std::optional<Expected<YamlNode>>> parsed(static_cast<std::size_t>(paths.size()));
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++)
            parsed[static_cast<std::size_t>(i)].emplace(parse(paths[i]));
    };
    const qsizetype helpers = std::min<qsizetype>(paths.size(), QThread::idealThreadCount()) - 1;
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < helpers; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();

    std::vector<Expected<YamlNode>> results;
    results.reserve(parsed.size());
    for (auto &result : parsed)
        results.push_back(std::move(*result));
    return results;
}

Expected<YamlNode> ComposeFileReader::parse(const QString &path) const
{
    const auto given = m_contents.constFind(path);
    auto document = given != m_contents.cend() ? YamlReader::readText(*given, path, m_limits)
                                               : YamlReader::readFile(path, m_limits);
    if (!document)
        return document.error();
    if (document->isNull())
        return Error(ComposeFileReader::tr("the compose file is empty"), SourceLocation{path, 1, 1});
    if (!document->isMapping()) {
        return Error(ComposeFileReader::tr("a compose file must be a mapping at the top level, not %1")
                         .arg(document->kindName()),
                     document->location());
    }
    if (const Outcome checked = checkTopLevel(*document, path); !checked)
        return checked.error();
    if (const Outcome interpolated = Interpolator::interpolateTree(*document, m_lookup); !interpolated)
        return interpolated.error();
    return document;
}

Outcome ComposeFileReader::checkTopLevel(const YamlNode &document, const QString &) const
{
    for (const YamlNode::Entry &entry : document.entries()) {
        const std::string &key = entry.key;
        if (key.rfind("x-", 0) == 0)
            continue;
        const bool mappingSection
            = key == "services" || key == "networks" || key == "volumes" || key == "secrets" || key == "configs";
        if (mappingSection && !entry.value.isMapping() && !entry.value.isNull()) {
            return Error(ComposeFileReader::tr("\"%1\" must be a mapping, not %2")
                             .arg(QString::fromStdString(key), entry.value.kindName()),
                         entry.value.location());
        }
        if (key == "include" && !entry.value.isSequence()) {
            return Error(ComposeFileReader::tr("\"include\" must be a list, not %1").arg(entry.value.kindName()),
                         entry.value.location());
        }
        if ((key == "name" || key == "version") && !entry.value.isScalar()) {
            return Error(ComposeFileReader::tr("\"%1\" must be a string, not %2")
                             .arg(QString::fromStdString(key), entry.value.kindName()),
                         entry.value.location());
        }
        const bool known = mappingSection || key == "include" || key == "name" || key == "version";
        if (!known) {
            return Error(ComposeFileReader::tr("unknown top-level key \"%1\" (extensions must start with \"x-\")")
                             .arg(QString::fromStdString(key)),
                         entry.keyMark.toLocation());
        }
    }
    if (const YamlNode *services = document.find("services"); services && services->isMapping()) {
        for (const YamlNode::Entry &entry : services->entries()) {
            if (!entry.value.isMapping() && !entry.value.isNull()) {
                return Error(ComposeFileReader::tr("service \"%1\" must be a mapping, not %2")
                                 .arg(QString::fromStdString(entry.key), entry.value.kindName()),
                             entry.value.location());
            }
        }
    }
    return Success{};
}

} // namespace Leitstand
