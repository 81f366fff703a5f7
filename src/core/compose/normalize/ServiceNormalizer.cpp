#include "ServiceNormalizer.h"

#include "BuildNormalizer.h"
#include "DeployNormalizer.h"
#include "EnvironmentResolver.h"
#include "HealthCheckNormalizer.h"
#include "HostSettingsNormalizer.h"
#include "NodeConverter.h"
#include "ObjectNormalizer.h"
#include "PortSpecParser.h"
#include "ServiceReferenceNormalizer.h"
#include "VolumeSpecParser.h"

#include <QJsonArray>

#include <functional>

namespace Leitstand::Internal {

namespace {

using Kind = ObjectNormalizer::Kind;
using Field = ObjectNormalizer::Field;

// Every service attribute of the compose specification with what it holds.
constexpr Field kServiceFields[] = {
    {"annotations", Kind::Mapping},
    {"attach", Kind::OptionalBool},
    {"blkio_config", Kind::Plain},
    {"build", Kind::Custom},
    {"cap_add", Kind::StringList},
    {"cap_drop", Kind::StringList},
    {"cgroup", Kind::Text},
    {"cgroup_parent", Kind::Text},
    {"command", Kind::Command},
    {"configs", Kind::Custom},
    {"container_name", Kind::Text},
    {"cpu_count", Kind::Integer},
    {"cpu_percent", Kind::Float32},
    {"cpu_period", Kind::Integer},
    {"cpu_quota", Kind::Integer},
    {"cpu_rt_period", Kind::Integer},
    {"cpu_rt_runtime", Kind::Integer},
    {"cpu_shares", Kind::Integer},
    {"cpus", Kind::Float32},
    {"cpuset", Kind::Text},
    {"credential_spec", Kind::Plain},
    {"depends_on", Kind::Custom},
    {"deploy", Kind::Custom},
    {"develop", Kind::Plain},
    {"device_cgroup_rules", Kind::StringList},
    {"devices", Kind::Custom},
    {"dns", Kind::StringOrList},
    {"dns_opt", Kind::StringList},
    {"dns_search", Kind::StringOrList},
    {"domainname", Kind::Text},
    {"entrypoint", Kind::Command},
    {"env_file", Kind::Custom},
    {"environment", Kind::Custom},
    {"expose", Kind::StringList},
    {"extends", Kind::Custom},
    {"external_links", Kind::StringList},
    {"extra_hosts", Kind::Custom},
    {"gpus", Kind::Plain},
    {"group_add", Kind::StringList},
    {"healthcheck", Kind::Custom},
    {"hostname", Kind::Text},
    {"image", Kind::Text},
    {"init", Kind::OptionalBool},
    {"ipc", Kind::Text},
    {"isolation", Kind::Text},
    {"label_file", Kind::Custom},
    {"labels", Kind::Custom},
    {"links", Kind::StringList},
    {"logging", Kind::Custom},
    {"mac_address", Kind::Text},
    {"mem_limit", Kind::Bytes},
    {"mem_reservation", Kind::Bytes},
    {"mem_swappiness", Kind::Bytes},
    {"memswap_limit", Kind::Bytes},
    {"models", Kind::Plain},
    {"network_mode", Kind::Text},
    {"networks", Kind::Custom},
    {"oom_kill_disable", Kind::Bool},
    {"oom_score_adj", Kind::Integer},
    {"pid", Kind::Text},
    {"pids_limit", Kind::Integer},
    {"platform", Kind::Text},
    {"ports", Kind::Custom},
    {"post_start", Kind::Plain},
    {"pre_stop", Kind::Plain},
    {"privileged", Kind::Bool},
    {"profiles", Kind::StringList},
    {"provider", Kind::Plain},
    {"pull_policy", Kind::Custom},
    {"pull_refresh_after", Kind::Text},
    {"read_only", Kind::Bool},
    {"restart", Kind::Text},
    {"runtime", Kind::Text},
    {"scale", Kind::OptionalInteger},
    {"secrets", Kind::Custom},
    {"security_opt", Kind::StringList},
    {"shm_size", Kind::Bytes},
    {"stdin_open", Kind::Bool},
    {"stop_grace_period", Kind::Duration},
    {"stop_signal", Kind::Text},
    {"storage_opt", Kind::Options},
    {"sysctls", Kind::Mapping},
    {"tmpfs", Kind::StringOrList},
    {"tty", Kind::Bool},
    {"ulimits", Kind::Custom},
    {"use_api_socket", Kind::Bool},
    {"user", Kind::Text},
    {"userns_mode", Kind::Text},
    {"uts", Kind::Text},
    {"volumes", Kind::Custom},
    {"volumes_from", Kind::StringList},
    {"working_dir", Kind::Text},
};

Expected<QJsonArray> volumes(const YamlNode &list, const QString &path, NormalizeScope &scope)
{
    const QString field = path + QStringLiteral(".volumes");
    if (!list.isSequence())
        return NodeConverter::kindError(list, field, ServiceNormalizer::tr("a list"));
    QJsonArray mounts;
    for (const YamlNode &entry : list.items()) {
        auto mount = VolumeSpecParser::normalize(entry, field, scope.paths);
        if (!mount)
            return mount.error();
        const QString source = mount->value(QStringLiteral("source")).toString();
        if (mount->value(QStringLiteral("type")).toString() == QLatin1String("volume") && !source.isEmpty()) {
            if (!scope.defined.volumes.contains(source)) {
                return Error(ServiceNormalizer::tr(
                                 "service \"%1\" refers to undefined volume \"%2\"; declare it under the top-level "
                                 "\"volumes\"")
                                 .arg(path.section(QLatin1Char('.'), 1), source),
                             entry.location());
            }
            scope.used.volumes.insert(source);
        }
        mounts.append(*mount);
    }
    return mounts;
}

Expected<QJsonObject> logging(const YamlNode &node, const QString &field)
{
    static constexpr Field fields[] = {{"driver", Kind::Text}, {"options", Kind::Options}};
    return ObjectNormalizer::normalize(node, field, fields);
}

QJsonValue nonEmpty(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
}

QJsonValue nonEmpty(const QJsonArray &array)
{
    return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
}

template<typename T>
Expected<QJsonValue> lift(Expected<T> converted)
{
    if (!converted)
        return converted.error();
    return nonEmpty(*converted);
}

} // namespace

Expected<QJsonObject> ServiceNormalizer::normalize(const QString &name, const YamlNode &service, NormalizeScope &scope)
{
    const QString path = QStringLiteral("services.") + name;
    const YamlNode emptyBody = YamlNode::mapping(service.mark());
    const YamlNode &body = service.isNull() ? emptyBody : service;
    auto normalized = ObjectNormalizer::normalize(body, path, kServiceFields);
    if (!normalized)
        return normalized.error();

    using Step = std::function<Expected<QJsonValue>(const YamlNode &, const QString &)>;
    const std::pair<const char *, Step> steps[] = {
        {"build",
         [&](const YamlNode &n, const QString &) {
             return lift(BuildNormalizer::normalize(n, path, scope));
         }},
        {"configs",
         [&](const YamlNode &n, const QString &) {
             return lift(ServiceReferenceNormalizer::fileMounts(
                 n, path, "configs", ServiceReferenceNormalizer::FileKind::Config, scope));
         }},
        {"deploy",
         [](const YamlNode &n, const QString &f) {
             return lift(DeployNormalizer::normalize(n, f));
         }},
        {"devices",
         [](const YamlNode &n, const QString &f) {
             return lift(HostSettingsNormalizer::devices(n, f));
         }},
        {"extra_hosts",
         [](const YamlNode &n, const QString &f) {
             return lift(HostSettingsNormalizer::extraHosts(n, f));
         }},
        {"healthcheck",
         [](const YamlNode &n, const QString &f) {
             return lift(HealthCheckNormalizer::normalize(n, f));
         }},
        {"logging",
         [](const YamlNode &n, const QString &f) {
             return lift(logging(n, f));
         }},
        {"ports",
         [](const YamlNode &n, const QString &f) {
             return lift(PortSpecParser::normalize(n, f));
         }},
        {"pull_policy",
         [](const YamlNode &n, const QString &f) -> Expected<QJsonValue> {
             auto policy = ObjectNormalizer::convert(n, f, Kind::Text);
             // compose renamed if_not_present to missing and prints the new name.
             if (policy && policy->toString() == QLatin1String("if_not_present"))
                 return QJsonValue(QStringLiteral("missing"));
             return policy;
         }},
        {"secrets",
         [&](const YamlNode &n, const QString &) {
             return lift(ServiceReferenceNormalizer::fileMounts(
                 n, path, "secrets", ServiceReferenceNormalizer::FileKind::Secret, scope));
         }},
        {"ulimits",
         [](const YamlNode &n, const QString &f) {
             return lift(HostSettingsNormalizer::ulimits(n, f));
         }},
        {"volumes",
         [&](const YamlNode &n, const QString &) {
             return lift(volumes(n, path, scope));
         }},
        {"extends",
         [](const YamlNode &, const QString &) {
             return Expected<QJsonValue>(QJsonValue::Undefined);
         }},
    };
    for (const auto &[key, step] : steps) {
        const YamlNode *node = body.find(key);
        if (!node || node->isNull())
            continue;
        auto converted = step(*node, path + QLatin1Char('.') + QLatin1String(key));
        if (!converted)
            return converted.error();
        if (!converted->isUndefined())
            normalized->insert(QLatin1String(key), *converted);
    }

    // Attributes that depend on several keys or on the project.
    auto networks = ServiceReferenceNormalizer::networks(body, path, scope);
    if (!networks)
        return networks.error();
    auto dependsOn = ServiceReferenceNormalizer::dependsOn(body, path);
    if (!dependsOn)
        return dependsOn.error();
    auto environment = lift(EnvironmentResolver::resolve(body, path, scope));
    if (!environment)
        return environment.error();
    auto labels = lift(EnvironmentResolver::resolveLabels(body, path, scope));
    if (!labels)
        return labels.error();
    const std::pair<QLatin1String, QJsonValue> derived[] = {
        {QLatin1String("networks"), *networks},
        {QLatin1String("depends_on"), *dependsOn},
        {QLatin1String("environment"), *environment},
        {QLatin1String("labels"), *labels},
    };
    for (const auto &[key, value] : derived) {
        if (!value.isUndefined())
            normalized->insert(key, value);
    }

    // Unset command and entrypoint are null rather than absent in compose's JSON, which tells
    // "not set" apart from an explicit empty list that clears the image's own.
    for (const QLatin1String key : {QLatin1String("command"), QLatin1String("entrypoint")}) {
        if (!normalized->contains(key))
            normalized->insert(key, QJsonValue::Null);
    }

    const QJsonObject deploy = normalized->value(QStringLiteral("deploy")).toObject();
    if (normalized->contains(QStringLiteral("scale")) && deploy.contains(QStringLiteral("replicas"))
        && normalized->value(QStringLiteral("scale")) != deploy.value(QStringLiteral("replicas"))) {
        return Error(
            ServiceNormalizer::tr("service \"%1\" sets scale and deploy.replicas to different values").arg(name),
            body.find("scale")->location());
    }
    return normalized;
}

} // namespace Leitstand::Internal
