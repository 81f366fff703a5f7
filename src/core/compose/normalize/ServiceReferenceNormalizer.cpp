#include "ServiceReferenceNormalizer.h"

#include "NodeConverter.h"
#include "ObjectNormalizer.h"

namespace Leitstand::Internal {

namespace {

using Kind = ObjectNormalizer::Kind;

QString serviceName(const QString &path)
{
    return path.section(QLatin1Char('.'), 1);
}

// `section` is the top-level key the resource belongs under ("networks", "secrets", ...).
Error undefined(
    const QString &path, const QString &what, const QString &name, const char *section, const SourceLocation &where)
{
    return Error(ServiceReferenceNormalizer::tr(
                     "service \"%1\" refers to undefined %2 \"%3\"; declare it under the top-level \"%4\"")
                     .arg(serviceName(path), what, name, QLatin1String(section)),
                 where);
}

Expected<QJsonValue> attachment(const YamlNode &value, const QString &field)
{
    static constexpr ObjectNormalizer::Field fields[] = {{"aliases", Kind::StringList},
                                                         {"driver_opts", Kind::Options},
                                                         {"gw_priority", Kind::Integer},
                                                         {"interface_name", Kind::Text},
                                                         {"ipv4_address", Kind::Text},
                                                         {"ipv6_address", Kind::Text},
                                                         {"link_local_ips", Kind::StringList},
                                                         {"mac_address", Kind::Text},
                                                         {"priority", Kind::Integer}};
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    auto object = ObjectNormalizer::normalize(value, field, fields);
    if (!object)
        return object.error();
    return QJsonValue(*object);
}

QJsonObject started(bool restart)
{
    QJsonObject dependency{{QStringLiteral("condition"), QStringLiteral("service_started")},
                           {QStringLiteral("required"), true}};
    if (restart)
        dependency.insert(QStringLiteral("restart"), true);
    return dependency;
}

Expected<QJsonObject> dependency(const YamlNode &value, const QString &field)
{
    static constexpr ObjectNormalizer::Field fields[]
        = {{"condition", Kind::Text}, {"required", Kind::OptionalBool}, {"restart", Kind::Bool}};
    if (!value.isMapping())
        return NodeConverter::kindError(value, field, ServiceReferenceNormalizer::tr("a mapping with a \"condition\""));
    auto object = ObjectNormalizer::normalize(value, field, fields);
    if (!object)
        return object.error();
    const QString condition = object->value(QStringLiteral("condition")).toString(QStringLiteral("service_started"));
    if (condition != QLatin1String("service_started") && condition != QLatin1String("service_healthy")
        && condition != QLatin1String("service_completed_successfully")) {
        return Error(ServiceReferenceNormalizer::tr(
                         "\"%1.condition\" must be service_started, service_healthy or service_completed_successfully, "
                         "not \"%2\"")
                         .arg(field, condition),
                     value.find("condition")->location());
    }
    object->insert(QStringLiteral("condition"), condition);
    if (!object->contains(QStringLiteral("required")))
        object->insert(QStringLiteral("required"), true);
    return object;
}

// Links, volumes_from and "service:NAME" namespaces make compose start the other service
// first; it adds them to depends_on unless they are already there.
void addImplicitDependencies(const YamlNode &service, QJsonObject &dependsOn)
{
    auto add = [&](const QString &name, bool restart) {
        if (!name.isEmpty() && !dependsOn.contains(name))
            dependsOn.insert(name, started(restart));
    };
    if (const YamlNode *links = service.find("links"); links && links->isSequence()) {
        for (const YamlNode &link : links->items()) {
            const QStringList parts = link.text().split(QLatin1Char(':'));
            add(parts.size() == 2 ? parts.first() : link.text(), true);
        }
    }
    for (const char *namespaceKey : {"network_mode", "ipc", "pid", "uts", "cgroup"}) {
        const YamlNode *reference = service.find(namespaceKey);
        if (reference && reference->isScalar() && reference->text().startsWith(QLatin1String("service:")))
            add(reference->text().mid(8), true);
    }
    if (const YamlNode *volumesFrom = service.find("volumes_from"); volumesFrom && volumesFrom->isSequence()) {
        for (const YamlNode &source : volumesFrom->items()) {
            if (!source.text().startsWith(QLatin1String("container:")))
                add(source.text().section(QLatin1Char(':'), 0, 0), false);
        }
    }
}

} // namespace

Expected<QJsonValue> ServiceReferenceNormalizer::networks(const YamlNode &service,
                                                          const QString &path,
                                                          NormalizeScope &scope)
{
    const QString field = path + QStringLiteral(".networks");
    const YamlNode *networks = service.find("networks");
    const bool hasNetworks = networks && !networks->isNull() && !(networks->isSequence() && networks->items().empty())
                             && !(networks->isMapping() && networks->entries().empty());
    if (const YamlNode *mode = service.find("network_mode"); mode && !mode->isNull()) {
        if (hasNetworks) {
            return Error(ServiceReferenceNormalizer::tr(
                             "service \"%1\" sets both network_mode and networks, which exclude each other")
                             .arg(serviceName(path)),
                         networks->location());
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonObject attached;
    auto attach = [&](const QString &name, const YamlNode *value, const SourceLocation &where) -> Outcome {
        if (name != QLatin1String("default") && !scope.defined.networks.contains(name))
            return undefined(path, ServiceReferenceNormalizer::tr("network"), name, "networks", where);
        scope.used.networks.insert(name);
        auto converted
            = value ? attachment(*value, field + QLatin1Char('.') + name) : Expected<QJsonValue>(QJsonValue());
        if (!converted)
            return converted.error();
        attached.insert(name, *converted);
        return Success{};
    };
    if (!hasNetworks) {
        if (const Outcome done = attach(QStringLiteral("default"), nullptr, service.location()); !done)
            return done.error();
    } else if (networks->isSequence()) {
        for (const YamlNode &item : networks->items()) {
            if (!item.isScalar())
                return NodeConverter::kindError(
                    item, field + QStringLiteral("[]"), ServiceReferenceNormalizer::tr("a network name"));
            if (const Outcome done = attach(item.text(), nullptr, item.location()); !done)
                return done.error();
        }
    } else if (networks->isMapping()) {
        for (const YamlNode::Entry &entry : networks->entries()) {
            const Outcome done = attach(QString::fromStdString(entry.key), &entry.value, entry.keyMark.toLocation());
            if (!done)
                return done.error();
        }
    } else {
        return NodeConverter::kindError(*networks, field, ServiceReferenceNormalizer::tr("a list or a mapping"));
    }
    return QJsonValue(attached);
}

Expected<QJsonValue> ServiceReferenceNormalizer::dependsOn(const YamlNode &service, const QString &path)
{
    const QString field = path + QStringLiteral(".depends_on");
    QJsonObject dependsOn;
    if (const YamlNode *declared = service.find("depends_on"); declared && !declared->isNull()) {
        if (declared->isSequence()) {
            for (const YamlNode &item : declared->items()) {
                if (!item.isScalar())
                    return NodeConverter::kindError(
                        item, field + QStringLiteral("[]"), ServiceReferenceNormalizer::tr("a service name"));
                dependsOn.insert(item.text(), started(false));
            }
        } else if (declared->isMapping()) {
            for (const YamlNode::Entry &entry : declared->entries()) {
                const QString name = QString::fromStdString(entry.key);
                auto converted = dependency(entry.value, field + QLatin1Char('.') + name);
                if (!converted)
                    return converted.error();
                dependsOn.insert(name, *converted);
            }
        } else {
            return NodeConverter::kindError(*declared, field, ServiceReferenceNormalizer::tr("a list or a mapping"));
        }
    }
    addImplicitDependencies(service, dependsOn);
    return dependsOn.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(dependsOn);
}

Expected<QJsonArray> ServiceReferenceNormalizer::fileMounts(
    const YamlNode &list, const QString &path, const char *key, FileKind kind, NormalizeScope &scope)
{
    const QString field = path + QLatin1Char('.') + QLatin1String(key);
    static constexpr ObjectNormalizer::Field fields[] = {{"source", Kind::Text},
                                                         {"target", Kind::Text},
                                                         {"uid", Kind::Text},
                                                         {"gid", Kind::Text},
                                                         {"mode", Kind::FileMode}};
    if (!list.isSequence())
        return NodeConverter::kindError(list, field, ServiceReferenceNormalizer::tr("a list"));
    const bool secret = kind != FileKind::Config;
    QSet<QString> &used = secret ? scope.used.secrets : scope.used.configs;
    const QSet<QString> &defined = secret ? scope.defined.secrets : scope.defined.configs;
    QJsonArray mounts;
    for (const YamlNode &item : list.items()) {
        QJsonObject mount;
        if (item.isScalar()) {
            mount.insert(QStringLiteral("source"), item.text());
        } else {
            auto converted = ObjectNormalizer::normalize(item, field + QStringLiteral("[]"), fields);
            if (!converted)
                return converted.error();
            mount = std::move(converted).value();
        }
        const QString source = mount.value(QStringLiteral("source")).toString();
        if (source.isEmpty())
            return Error(ServiceReferenceNormalizer::tr("\"%1\": an entry needs a \"source\"").arg(field),
                         item.location());
        if (!defined.contains(source))
            return undefined(path,
                             secret ? ServiceReferenceNormalizer::tr("secret")
                                    : ServiceReferenceNormalizer::tr("config"),
                             source,
                             secret ? "secrets" : "configs",
                             item.location());
        used.insert(source);
        if (kind == FileKind::Secret && !mount.contains(QStringLiteral("target")))
            mount.insert(QStringLiteral("target"), QStringLiteral("/run/secrets/") + source);
        mounts.append(mount);
    }
    return mounts;
}

} // namespace Leitstand::Internal
