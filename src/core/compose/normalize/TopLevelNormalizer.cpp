#include "TopLevelNormalizer.h"

#include "NodeConverter.h"
#include "ObjectNormalizer.h"
#include "ValueConverter.h"

#include <QJsonArray>

#include <span>

namespace Leitstand::Internal {

namespace {

using Kind = ObjectNormalizer::Kind;
using Field = ObjectNormalizer::Field;
using Section = TopLevelNormalizer::Section;

constexpr Field kNetworkFields[] = {{"name", Kind::Text},
                                    {"driver", Kind::Text},
                                    {"driver_opts", Kind::Options},
                                    {"ipam", Kind::Custom},
                                    {"external", Kind::Custom},
                                    {"internal", Kind::Bool},
                                    {"attachable", Kind::Bool},
                                    {"labels", Kind::Mapping},
                                    {"enable_ipv4", Kind::OptionalBool},
                                    {"enable_ipv6", Kind::OptionalBool}};
constexpr Field kVolumeFields[] = {{"name", Kind::Text},
                                   {"driver", Kind::Text},
                                   {"driver_opts", Kind::Options},
                                   {"external", Kind::Custom},
                                   {"labels", Kind::Mapping}};
constexpr Field kFileObjectFields[] = {{"name", Kind::Text},
                                       {"file", Kind::Text},
                                       {"environment", Kind::Text},
                                       {"content", Kind::Text},
                                       {"external", Kind::Custom},
                                       {"labels", Kind::Mapping},
                                       {"driver", Kind::Text},
                                       {"driver_opts", Kind::Options},
                                       {"template_driver", Kind::Text}};

const char *sectionKey(Section section)
{
    switch (section) {
    case Section::Networks:
        return "networks";
    case Section::Volumes:
        return "volumes";
    case Section::Secrets:
        return "secrets";
    case Section::Configs:
        return "configs";
    }
    return "";
}

std::span<const Field> fieldsOf(Section section)
{
    switch (section) {
    case Section::Networks:
        return kNetworkFields;
    case Section::Volumes:
        return kVolumeFields;
    case Section::Secrets:
    case Section::Configs:
        return kFileObjectFields;
    }
    return {};
}

QSet<QString> &definedSet(NormalizeScope &scope, Section section)
{
    switch (section) {
    case Section::Networks:
        return scope.defined.networks;
    case Section::Volumes:
        return scope.defined.volumes;
    case Section::Secrets:
        return scope.defined.secrets;
    case Section::Configs:
        break;
    }
    return scope.defined.configs;
}

Expected<QJsonObject> ipam(const YamlNode &node, const QString &field)
{
    static constexpr Field fields[] = {{"driver", Kind::Text}, {"config", Kind::Custom}, {"options", Kind::Options}};
    static constexpr Field poolFields[]
        = {{"subnet", Kind::Text}, {"gateway", Kind::Text}, {"ip_range", Kind::Text}, {"aux_addresses", Kind::Mapping}};
    auto normalized = ObjectNormalizer::normalize(node, field, fields);
    if (!normalized)
        return normalized.error();
    if (const YamlNode *config = node.find("config"); config && !config->isNull()) {
        if (!config->isSequence())
            return NodeConverter::kindError(
                *config, field + QStringLiteral(".config"), TopLevelNormalizer::tr("a list"));
        QJsonArray pools;
        for (const YamlNode &pool : config->items()) {
            auto converted = ObjectNormalizer::normalize(pool, field + QStringLiteral(".config[]"), poolFields);
            if (!converted)
                return converted.error();
            pools.append(*converted);
        }
        if (!pools.isEmpty())
            normalized->insert(QStringLiteral("config"), pools);
    }
    return normalized;
}

// external: true/false, or the legacy {name: x}, which means true and names the resource.
Outcome applyExternal(const YamlNode &definition, const QString &field, QJsonObject &resource)
{
    const YamlNode *external = definition.find("external");
    if (!external || external->isNull())
        return Success{};
    if (external->isMapping()) {
        resource.insert(QStringLiteral("external"), true);
        const YamlNode *legacyName = external->find("name");
        if (!legacyName || legacyName->isNull())
            return Success{};
        const QString name = legacyName->text();
        if (resource.contains(QStringLiteral("name")) && resource.value(QStringLiteral("name")).toString() != name) {
            return Error(
                TopLevelNormalizer::tr("\"%1\" sets name and external.name differently; keep only name").arg(field),
                legacyName->location());
        }
        resource.insert(QStringLiteral("name"), name);
        return Success{};
    }
    auto value = ValueConverter::boolean(*external, field + QStringLiteral(".external"));
    if (!value)
        return value.error();
    if (*value)
        resource.insert(QStringLiteral("external"), true);
    return Success{};
}

} // namespace

Expected<QJsonObject> TopLevelNormalizer::normalize(const YamlNode &document, Section section, NormalizeScope &scope)
{
    const char *key = sectionKey(section);
    const YamlNode *definitions = document.find(key);
    QJsonObject normalized;
    if (!definitions || definitions->isNull())
        return normalized;
    if (!definitions->isMapping())
        return NodeConverter::kindError(*definitions, QLatin1String(key), TopLevelNormalizer::tr("a mapping"));

    for (const YamlNode::Entry &entry : definitions->entries()) {
        if (NodeConverter::isExtension(entry.key))
            continue;
        const QString resourceKey = QString::fromStdString(entry.key);
        const QString field = QLatin1String(key) + QLatin1Char('.') + resourceKey;
        const YamlNode emptyDefinition = YamlNode::mapping(entry.value.mark());
        const YamlNode &definition = entry.value.isNull() ? emptyDefinition : entry.value;
        auto resource = ObjectNormalizer::normalize(definition, field, fieldsOf(section));
        if (!resource)
            return resource.error();
        if (const Outcome external = applyExternal(definition, field, *resource); !external)
            return external.error();
        if (!resource->contains(QStringLiteral("name"))) {
            const bool external = resource->value(QStringLiteral("external")).toBool();
            resource->insert(QStringLiteral("name"),
                             external ? resourceKey : scope.projectName + QLatin1Char('_') + resourceKey);
        }

        if (section == Section::Networks) {
            QJsonObject addressing;
            if (const YamlNode *node = definition.find("ipam"); node && !node->isNull()) {
                auto converted = ipam(*node, field + QStringLiteral(".ipam"));
                if (!converted)
                    return converted.error();
                addressing = std::move(converted).value();
            }
            // compose's model holds ipam as a plain struct, so its JSON always has the key.
            resource->insert(QStringLiteral("ipam"), addressing);
        }
        if (section == Section::Volumes) {
            // A local volume with o=bind is a bind mount in disguise; its device is a host path.
            QJsonObject options = resource->value(QStringLiteral("driver_opts")).toObject();
            if (resource->value(QStringLiteral("driver")).toString() == QLatin1String("local")
                && options.value(QStringLiteral("o")).toString() == QLatin1String("bind")
                && options.contains(QStringLiteral("device"))) {
                options.insert(QStringLiteral("device"),
                               scope.paths.absolute(options.value(QStringLiteral("device")).toString()));
                resource->insert(QStringLiteral("driver_opts"), options);
            }
        }
        if (section == Section::Secrets || section == Section::Configs) {
            if (resource->contains(QStringLiteral("file")))
                resource->insert(QStringLiteral("file"),
                                 scope.paths.absolute(resource->value(QStringLiteral("file")).toString()));
            // compose never prints a secret's content, nor a config's that comes from a variable.
            if (section == Section::Secrets || resource->contains(QStringLiteral("environment")))
                resource->remove(QStringLiteral("content"));
        }
        definedSet(scope, section).insert(resourceKey);
        normalized.insert(resourceKey, *resource);
    }
    return normalized;
}

QJsonObject TopLevelNormalizer::defaultNetwork(const NormalizeScope &scope)
{
    return QJsonObject{{QStringLiteral("name"), scope.projectName + QStringLiteral("_default")},
                       {QStringLiteral("ipam"), QJsonObject()}};
}

} // namespace Leitstand::Internal
