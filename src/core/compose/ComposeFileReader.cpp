#include "ComposeFileReader.h"

#include "Interpolator.h"

#include <QCoreApplication>

namespace Leitstand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Leitstand::ComposeFileReader", text);
}

} // namespace

ComposeFileReader::ComposeFileReader(VariableLookup lookup, YamlReadLimits limits)
    : m_lookup(std::move(lookup))
    , m_limits(limits)
{}

Expected<YamlNode> ComposeFileReader::read(const QString &path)
{
    if (const auto cached = m_cache.constFind(path); cached != m_cache.cend())
        return *cached;

    auto document = YamlReader::readFile(path, m_limits);
    if (!document)
        return document.error();
    if (document->isNull())
        return Error(tr("the compose file is empty"), SourceLocation{path, 1, 1});
    if (!document->isMapping()) {
        return Error(tr("a compose file must be a mapping at the top level, not %1").arg(document->kindName()),
                     document->location());
    }
    if (const Outcome checked = checkTopLevel(*document, path); !checked)
        return checked.error();
    if (const Outcome interpolated = Interpolator::interpolateTree(*document, m_lookup); !interpolated)
        return interpolated.error();
    m_cache.insert(path, *document);
    return document;
}

Outcome ComposeFileReader::checkTopLevel(const YamlNode &document, const QString &) const
{
    for (const YamlNode::Entry &entry : document.entries()) {
        const std::string &key = entry.key;
        if (key.rfind("x-", 0) == 0)
            continue;
        const bool mappingSection = key == "services" || key == "networks" || key == "volumes" || key == "secrets"
                                    || key == "configs";
        if (mappingSection && !entry.value.isMapping() && !entry.value.isNull()) {
            return Error(tr("\"%1\" must be a mapping, not %2")
                             .arg(QString::fromStdString(key), entry.value.kindName()),
                         entry.value.location());
        }
        if (key == "include" && !entry.value.isSequence()) {
            return Error(tr("\"include\" must be a list, not %1").arg(entry.value.kindName()),
                         entry.value.location());
        }
        if ((key == "name" || key == "version") && !entry.value.isScalar()) {
            return Error(tr("\"%1\" must be a string, not %2")
                             .arg(QString::fromStdString(key), entry.value.kindName()),
                         entry.value.location());
        }
        const bool known = mappingSection || key == "include" || key == "name" || key == "version";
        if (!known) {
            return Error(tr("unknown top-level key \"%1\" (extensions must start with \"x-\")")
                             .arg(QString::fromStdString(key)),
                         entry.keyMark.toLocation());
        }
    }
    if (const YamlNode *services = document.find("services"); services && services->isMapping()) {
        for (const YamlNode::Entry &entry : services->entries()) {
            if (!entry.value.isMapping() && !entry.value.isNull()) {
                return Error(tr("service \"%1\" must be a mapping, not %2")
                                 .arg(QString::fromStdString(entry.key), entry.value.kindName()),
                             entry.value.location());
            }
        }
    }
    return Success{};
}

} // namespace Leitstand
