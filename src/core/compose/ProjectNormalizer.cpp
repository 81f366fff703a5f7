#include "ProjectNormalizer.h"

#include "normalize/NodeConverter.h"
#include "normalize/NormalizeScope.h"
#include "normalize/ServiceNormalizer.h"
#include "normalize/TopLevelNormalizer.h"

#include <QCoreApplication>
#include <QDir>

namespace Leitstand {

namespace {

using Internal::NormalizeScope;
using Internal::TopLevelNormalizer;

QString tr(const char *text)
{
    return QCoreApplication::translate("Leitstand::ProjectNormalizer", text);
}

// Only what services use is part of the project, as with compose (unless --all-resources).
QJsonObject usedOnly(const QJsonObject &defined, const QSet<QString> &used)
{
    QJsonObject kept;
    for (auto it = defined.begin(); it != defined.end(); ++it) {
        if (used.contains(it.key()))
            kept.insert(it.key(), it.value());
    }
    return kept;
}

} // namespace

Expected<QJsonObject> ProjectNormalizer::normalize(const YamlNode &merged, const NormalizeContext &context)
{
    if (!merged.isMapping())
        return Error(tr("a compose file must be a mapping at the top level, not %1").arg(merged.kindName()),
                     merged.location());

    NormalizeScope scope;
    scope.projectName = context.projectName;
    scope.paths = Internal::HostPathResolver(context.workingDirectory, QDir::homePath());
    scope.environment = context.environment;

    using Section = TopLevelNormalizer::Section;
    auto networks = TopLevelNormalizer::normalize(merged, Section::Networks, scope);
    if (!networks)
        return networks.error();
    auto volumes = TopLevelNormalizer::normalize(merged, Section::Volumes, scope);
    if (!volumes)
        return volumes.error();
    auto secrets = TopLevelNormalizer::normalize(merged, Section::Secrets, scope);
    if (!secrets)
        return secrets.error();
    auto configs = TopLevelNormalizer::normalize(merged, Section::Configs, scope);
    if (!configs)
        return configs.error();

    QJsonObject services;
    if (const YamlNode *section = merged.find("services"); section && !section->isNull()) {
        if (!section->isMapping())
            return Internal::NodeConverter::kindError(*section, QStringLiteral("services"), tr("a mapping"));
        for (const YamlNode::Entry &entry : section->entries()) {
            if (Internal::NodeConverter::isExtension(entry.key))
                continue;
            const QString name = QString::fromStdString(entry.key);
            auto service = Internal::ServiceNormalizer::normalize(name, entry.value, scope);
            if (!service)
                return service.error();
            services.insert(name, *service);
        }
    }

    QJsonObject canonical{{QStringLiteral("name"), context.projectName}, {QStringLiteral("services"), services}};
    QJsonObject usedNetworks = usedOnly(*networks, scope.used.networks);
    if (scope.used.networks.contains(QStringLiteral("default")) && !usedNetworks.contains(QStringLiteral("default")))
        usedNetworks.insert(QStringLiteral("default"), TopLevelNormalizer::defaultNetwork(scope));
    const std::pair<QString, QJsonObject> sections[] = {
        {QStringLiteral("networks"), usedNetworks},
        {QStringLiteral("volumes"), usedOnly(*volumes, scope.used.volumes)},
        {QStringLiteral("secrets"), usedOnly(*secrets, scope.used.secrets)},
        {QStringLiteral("configs"), usedOnly(*configs, scope.used.configs)},
    };
    for (const auto &[key, resources] : sections) {
        if (!resources.isEmpty())
            canonical.insert(key, resources);
    }
    return canonical;
}

} // namespace Leitstand
