#include "ServiceExtender.h"

#include "ComposeTreeMerger.h"
#include "RelativePathRebaser.h"

#include <QFileInfo>

namespace Leitstand {

namespace {

YamlNode *serviceIn(YamlNode &document, const std::string &name)
{
    YamlNode *services = document.find("services");
    return services ? services->find(name) : nullptr;
}

} // namespace

ServiceExtender::ServiceExtender(ComposeFileReader &reader)
    : m_reader(reader)
{}

Outcome ServiceExtender::resolve(YamlNode &document, const QString &file)
{
    YamlNode *services = document.find("services");
    if (!services || !services->isMapping())
        return Success{};
    std::vector<std::string> names;
    for (const YamlNode::Entry &entry : services->entries())
        names.push_back(entry.key);
    for (const std::string &name : names) {
        QStringList chain;
        auto resolved = resolveService(document, Target{file, name}, chain);
        if (!resolved)
            return resolved.error();
    }
    return Success{};
}

Expected<YamlNode *> ServiceExtender::documentFor(const QString &file, YamlNode &current, const QString &currentFile)
{
    if (file == currentFile)
        return &current;
    auto cached = m_otherDocuments.find(file);
    if (cached == m_otherDocuments.end()) {
        auto read = m_reader.read(file);
        if (!read)
            return read.error();
        RelativePathRebaser::rebaseDocument(*read, QFileInfo(file).absolutePath());
        cached = m_otherDocuments.insert(file, std::move(read).value());
    }
    return &cached.value();
}

Expected<YamlNode> ServiceExtender::resolveService(YamlNode &document, const Target &target, QStringList &chain)
{
    YamlNode *service = serviceIn(document, target.service);
    if (!service)
        return Error(ServiceExtender::tr("service \"%1\" is not defined").arg(QString::fromStdString(target.service)),
                     SourceLocation{target.file});
    const YamlNode *extends = service->isMapping() ? service->find("extends") : nullptr;
    if (!extends || m_resolved.contains(target.key()))
        return *service;

    const QString key = target.key();
    if (chain.contains(key)) {
        chain.append(key);
        return Error(ServiceExtender::tr("extends forms a cycle: %1").arg(chain.join(QStringLiteral(" → "))),
                     extends->location());
    }
    chain.append(key);

    Target base{target.file, {}};
    if (extends->isScalar()) {
        base.service = extends->scalar();
    } else if (extends->isMapping()) {
        const YamlNode *baseService = extends->find("service");
        if (!baseService || !baseService->isScalar())
            return Error(ServiceExtender::tr("extends needs a \"service\""), extends->location());
        base.service = baseService->scalar();
        if (const YamlNode *file = extends->find("file"))
            base.file = file->text();
    } else {
        return Error(
            ServiceExtender::tr("extends must be a service name or a mapping, not %1").arg(extends->kindName()),
            extends->location());
    }

    auto baseDocument = documentFor(base.file, document, target.file);
    if (!baseDocument)
        return baseDocument.error();
    if (!serviceIn(**baseDocument, base.service)) {
        return Error(ServiceExtender::tr("service \"%1\" extends \"%2\", which is not defined in %3")
                         .arg(QString::fromStdString(target.service),
                              QString::fromStdString(base.service),
                              QFileInfo(base.file).fileName()),
                     extends->location());
    }
    auto resolvedBase = resolveService(**baseDocument, base, chain);
    if (!resolvedBase)
        return resolvedBase.error();

    YamlNode merged = std::move(resolvedBase).value();
    YamlNode own = *service;
    own.remove("extends");
    ComposeTreeMerger::mergeService(merged, own);
    merged.setMark(service->mark());

    // The document may have been changed by the recursion; look the service up again.
    YamlNode *slot = serviceIn(document, target.service);
    *slot = merged;
    m_resolved.insert(key);
    chain.removeLast();
    return merged;
}

} // namespace Leitstand
