#include "ProjectModelBuilder.h"

#include <QJsonArray>

#include <algorithm>

namespace Leitstand {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

// A JSON null (a variable that is not set) becomes a null QString, unlike "" (set but empty).
KeyValueList sortedPairs(const QJsonObject &object)
{
    KeyValueList pairs;
    for (const QString &key : sortedKeys(object)) {
        const QJsonValue value = object.value(key);
        QString text = value.toString();
        if (!value.isNull() && text.isNull())
            text = QStringLiteral(""); // set but empty must stay distinguishable from unset
        pairs.append({key, value.isNull() ? QString() : text});
    }
    return pairs;
}

QString number(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : QString();
}

// Canonical sizes are byte counts; the model shows them the way people write them.
QString readableBytes(const QString &bytes)
{
    bool ok = false;
    const qint64 value = bytes.toLongLong(&ok);
    if (!ok || value <= 0)
        return bytes;
    const std::pair<qint64, const char *> units[]
        = {{qint64(1) << 40, "TiB"}, {qint64(1) << 30, "GiB"}, {qint64(1) << 20, "MiB"}, {qint64(1) << 10, "KiB"}};
    for (const auto &[size, unit] : units) {
        if (value % size == 0)
            return QString::number(value / size) + QLatin1Char(' ') + QLatin1String(unit);
    }
    return bytes;
}

PortBinding port(const QJsonObject &entry)
{
    PortBinding binding;
    binding.hostIp = string(entry, "host_ip");
    binding.published = string(entry, "published");
    binding.target = entry.value(QStringLiteral("target")).toInt();
    binding.protocol = entry.value(QStringLiteral("protocol")).toString(QStringLiteral("tcp"));
    binding.mode = entry.value(QStringLiteral("mode")).toString(QStringLiteral("ingress"));
    binding.name = string(entry, "name");
    binding.appProtocol = string(entry, "app_protocol");
    return binding;
}

HealthCheck healthCheck(const QJsonObject &service)
{
    HealthCheck check;
    if (!service.contains(QStringLiteral("healthcheck")))
        return check;
    const QJsonObject healthcheck = object(service, "healthcheck");
    check.defined = true;
    check.test = strings(healthcheck.value(QStringLiteral("test")));
    check.disabled
        = healthcheck.value(QStringLiteral("disable")).toBool() || check.test.value(0) == QLatin1String("NONE");
    check.interval = string(healthcheck, "interval");
    check.timeout = string(healthcheck, "timeout");
    check.startPeriod = string(healthcheck, "start_period");
    check.startInterval = string(healthcheck, "start_interval");
    if (healthcheck.contains(QStringLiteral("retries")))
        check.retries = healthcheck.value(QStringLiteral("retries")).toInt();
    return check;
}

ComposeService service(const QString &name, const QJsonObject &definition, const SourceLocation &definedAt)
{
    ComposeService service;
    service.name = name;
    service.definedAt = definedAt;
    service.image = string(definition, "image");
    service.containerName = string(definition, "container_name");
    if (definition.contains(QStringLiteral("build"))) {
        const QJsonObject build = object(definition, "build");
        service.buildContext = string(build, "context");
        service.buildDockerfile = string(build, "dockerfile");
    }
    service.profiles = strings(definition.value(QStringLiteral("profiles")));
    for (const QJsonValue &entry : definition.value(QStringLiteral("ports")).toArray())
        service.ports.append(port(entry.toObject()));
    service.expose = strings(definition.value(QStringLiteral("expose")));

    const QJsonObject dependsOn = object(definition, "depends_on");
    for (const QString &dependency : sortedKeys(dependsOn)) {
        const QJsonObject settings = dependsOn.value(dependency).toObject();
        service.dependsOn.append(
            {dependency,
             settings.value(QStringLiteral("condition")).toString(QStringLiteral("service_started")),
             settings.value(QStringLiteral("required")).toBool(true),
             settings.value(QStringLiteral("restart")).toBool()});
    }
    const QJsonObject networks = object(definition, "networks");
    for (const QString &network : sortedKeys(networks)) {
        const QJsonObject settings = networks.value(network).toObject();
        service.networks.append({network,
                                 strings(settings.value(QStringLiteral("aliases"))),
                                 string(settings, "ipv4_address"),
                                 string(settings, "ipv6_address"),
                                 settings.value(QStringLiteral("priority")).toInt()});
    }
    service.networkMode = string(definition, "network_mode");
    for (const QJsonValue &entry : definition.value(QStringLiteral("volumes")).toArray()) {
        const QJsonObject mount = entry.toObject();
        service.volumes.append({string(mount, "type"),
                                string(mount, "source"),
                                string(mount, "target"),
                                mount.value(QStringLiteral("read_only")).toBool()});
    }
    service.healthcheck = healthCheck(definition);
    service.environment = sortedPairs(object(definition, "environment"));
    service.labels = sortedPairs(object(definition, "labels"));
    service.entrypoint = strings(definition.value(QStringLiteral("entrypoint")));
    service.command = strings(definition.value(QStringLiteral("command")));
    service.restart = string(definition, "restart");
    service.privileged = definition.value(QStringLiteral("privileged")).toBool();
    service.pid = string(definition, "pid");

    const QJsonObject deploy = object(definition, "deploy");
    if (deploy.contains(QStringLiteral("replicas")))
        service.replicas = deploy.value(QStringLiteral("replicas")).toInt();
    else if (definition.contains(QStringLiteral("scale")))
        service.replicas = definition.value(QStringLiteral("scale")).toInt();
    const QJsonObject limits = object(object(deploy, "resources"), "limits");
    service.cpuLimit = number(limits.contains(QStringLiteral("cpus")) ? limits.value(QStringLiteral("cpus"))
                                                                      : definition.value(QStringLiteral("cpus")));
    service.memoryLimit = readableBytes(limits.contains(QStringLiteral("memory")) ? string(limits, "memory")
                                                                                  : string(definition, "mem_limit"));
    const QJsonObject reservations = object(object(deploy, "resources"), "reservations");
    service.cpuReservation = number(reservations.value(QStringLiteral("cpus")));
    service.memoryReservation
        = readableBytes(reservations.contains(QStringLiteral("memory")) ? string(reservations, "memory")
                                                                        : string(definition, "mem_reservation"));
    for (const QJsonValue &secret : definition.value(QStringLiteral("secrets")).toArray())
        service.secrets.append(string(secret.toObject(), "source"));
    for (const QJsonValue &config : definition.value(QStringLiteral("configs")).toArray())
        service.configs.append(string(config.toObject(), "source"));
    return service;
}

ComposeNetwork network(const QString &key, const QJsonObject &definition)
{
    ComposeNetwork network;
    network.key = key;
    network.name = string(definition, "name");
    network.driver = string(definition, "driver");
    network.internal = definition.value(QStringLiteral("internal")).toBool();
    network.external = definition.value(QStringLiteral("external")).toBool();
    network.attachable = definition.value(QStringLiteral("attachable")).toBool();
    for (const QJsonValue &pool : object(definition, "ipam").value(QStringLiteral("config")).toArray()) {
        const QString subnet = string(pool.toObject(), "subnet");
        if (!subnet.isEmpty())
            network.subnets.append(subnet);
    }
    return network;
}

ComposeVolume volume(const QString &key, const QJsonObject &definition)
{
    ComposeVolume volume;
    volume.key = key;
    volume.name = string(definition, "name");
    volume.driver = string(definition, "driver");
    volume.external = definition.value(QStringLiteral("external")).toBool();
    const QJsonObject options = object(definition, "driver_opts");
    if (string(options, "o").split(QLatin1Char(',')).contains(QStringLiteral("bind")))
        volume.bindDevice = string(options, "device");
    return volume;
}

} // namespace

ComposeProject ProjectModelBuilder::build(const QJsonObject &canonical,
                                          const QHash<QString, SourceLocation> &serviceLocations)
{
    ComposeProject project;
    project.name = string(canonical, "name");
    const QJsonObject services = object(canonical, "services");
    for (const QString &name : sortedKeys(services))
        project.services.append(service(name, services.value(name).toObject(), serviceLocations.value(name)));
    const QJsonObject networks = object(canonical, "networks");
    for (const QString &key : sortedKeys(networks))
        project.networks.append(network(key, networks.value(key).toObject()));
    const QJsonObject volumes = object(canonical, "volumes");
    for (const QString &key : sortedKeys(volumes))
        project.volumes.append(volume(key, volumes.value(key).toObject()));
    project.secrets = sortedKeys(object(canonical, "secrets"));
    project.configs = sortedKeys(object(canonical, "configs"));
    return project;
}

} // namespace Leitstand
