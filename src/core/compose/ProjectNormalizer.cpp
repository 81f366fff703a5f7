#include "ProjectNormalizer.h"

#include "normalize/NodeConverter.h"
#include "normalize/NormalizeScope.h"
#include "normalize/ServiceNormalizer.h"
#include "normalize/TopLevelNormalizer.h"

#include <QDir>
#include <QThread>

#include <algorithm>
#include <optional>
#include <thread>
#include <vector>

namespace Leitstand {

namespace {

using Internal::NormalizeScope;
using Internal::TopLevelNormalizer;

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

void unite(NormalizeScope::Resources &into, const NormalizeScope::Resources &from)
{
    into.networks.unite(from.networks);
    into.volumes.unite(from.volumes);
    into.secrets.unite(from.secrets);
    into.configs.unite(from.configs);
}

// Services normalize independently, so large projects split them across the cores; each slice
// records what it uses in its own scope. Small projects stay on one thread, where starting one
// would cost more than it saves.
Expected<QJsonObject> normalizeServices(const YamlNode &section, NormalizeScope &scope)
{
    std::vector<const YamlNode::Entry *> entries;
    for (const YamlNode::Entry &entry : section.entries()) {
        if (!Internal::NodeConverter::isExtension(entry.key))
            entries.push_back(&entry);
    }
    constexpr std::size_t MinimumSlice = 64;
    const std::size_t sliceCount = std::clamp<std::size_t>(
        entries.size() / MinimumSlice, 1, static_cast<std::size_t>(std::max(1, QThread::idealThreadCount())));

    struct Slice
    {
        NormalizeScope scope;
        std::vector<std::pair<QString, QJsonValue>> services;
        std::optional<Error> error;
    };
    std::vector<Slice> slices(sliceCount, Slice{scope, {}, {}});
    const auto normalizeSlice = [&](std::size_t index) {
        Slice &slice = slices[index];
        const std::size_t begin = entries.size() * index / sliceCount;
        const std::size_t end = entries.size() * (index + 1) / sliceCount;
        for (std::size_t i = begin; i < end; ++i) {
            const QString name = QString::fromStdString(entries[i]->key);
            auto service = Internal::ServiceNormalizer::normalize(name, entries[i]->value, slice.scope);
            if (!service) {
                slice.error = service.error();
                return;
            }
            slice.services.emplace_back(name, std::move(service).value());
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t index = 1; index < sliceCount; ++index)
        helpers.emplace_back(normalizeSlice, index);
    normalizeSlice(0);
    for (std::thread &helper : helpers)
        helper.join();

    QJsonObject services;
    for (const Slice &slice : slices) {
        if (slice.error)
            return *slice.error;
        unite(scope.used, slice.scope.used);
        for (const auto &[name, service] : slice.services)
            services.insert(name, service);
    }
    return services;
}

} // namespace

Expected<QJsonObject> ProjectNormalizer::normalize(const YamlNode &merged, const NormalizeContext &context)
{
    if (!merged.isMapping())
        return Error(
            ProjectNormalizer::tr("a compose file must be a mapping at the top level, not %1").arg(merged.kindName()),
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
            return Internal::NodeConverter::kindError(
                *section, QStringLiteral("services"), ProjectNormalizer::tr("a mapping"));
        auto normalized = normalizeServices(*section, scope);
        if (!normalized)
            return normalized.error();
        services = std::move(normalized).value();
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
