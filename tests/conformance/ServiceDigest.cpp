#include "ServiceDigest.h"

#include <algorithm>

#include <QJsonArray>
#include <QStringList>

namespace {

QString portKey(const QString &hostIp, const QString &published, const QString &target, const QString &protocol)
{
    QString ip = hostIp;
    if (ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
        ip = ip.mid(1, ip.size() - 2);
    return ip + QLatin1Char('|') + published + QLatin1Char('|') + target + QLatin1Char('|')
           + (protocol.isEmpty() ? QStringLiteral("tcp") : protocol);
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QStringList expandRange(const QString &spec)
{
    const qsizetype dash = spec.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return {spec};
    QStringList values;
    const int first = spec.left(dash).toInt();
    const int last = spec.mid(dash + 1).toInt();
    for (int value = first; value <= last && values.size() < 1000; ++value)
        values.append(QString::number(value));
    return values;
}

// v1 prints host-bound ports in the short form, "127.0.0.1:8080:80/tcp".
void addShortPort(QSet<QString> &ports, QString spec)
{
    QString protocol = QStringLiteral("tcp");
    if (const qsizetype slash = spec.lastIndexOf(QLatin1Char('/')); slash >= 0) {
        protocol = spec.mid(slash + 1);
        spec = spec.left(slash);
    }
    const qsizetype lastColon = spec.lastIndexOf(QLatin1Char(':'));
    const QString target = spec.mid(lastColon + 1);
    QString published;
    QString hostIp;
    if (lastColon >= 0) {
        const QString rest = spec.left(lastColon);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        published = rest.mid(colon + 1);
        hostIp = colon >= 0 ? rest.left(colon) : QString();
    }
    const QStringList targets = expandRange(target);
    const QStringList publishedPorts = published.isEmpty() ? QStringList() : expandRange(published);
    for (int i = 0; i < targets.size(); ++i) {
        const QString publishedPort = publishedPorts.isEmpty()                           ? QString()
                                      : publishedPorts.size() == 1 && targets.size() > 1 ? publishedPorts.first()
                                                                                         : publishedPorts.value(i);
        ports.insert(portKey(hostIp, publishedPort, targets.at(i), protocol));
    }
}

QString shortMountTarget(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    return parts.size() == 1 ? parts.first() : parts.at(1);
}

} // namespace

QMap<QString, ServiceDigest> ServiceDigest::fromCanonical(const QJsonObject &canonical)
{
    QMap<QString, ServiceDigest> digests;
    const QJsonObject services = canonical.value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject service = it.value().toObject();
        ServiceDigest digest;
        digest.image = service.value(QStringLiteral("image")).toString();
        for (const QJsonValue &port : service.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject p = port.toObject();
            digest.ports.insert(portKey(p.value(QStringLiteral("host_ip")).toString(),
                                        p.value(QStringLiteral("published")).toString(),
                                        QString::number(p.value(QStringLiteral("target")).toInt()),
                                        p.value(QStringLiteral("protocol")).toString()));
        }
        const QJsonObject dependsOn = service.value(QStringLiteral("depends_on")).toObject();
        for (auto dep = dependsOn.begin(); dep != dependsOn.end(); ++dep)
            digest.dependsOn.insert(dep.key(), dep.value().toObject().value(QStringLiteral("condition")).toString());
        const QJsonObject environment = service.value(QStringLiteral("environment")).toObject();
        for (auto env = environment.begin(); env != environment.end(); ++env)
            digest.environment.insert(env.key(),
                                      env.value().isNull() ? QStringLiteral("<null>") : env.value().toString());
        const QJsonObject networks = service.value(QStringLiteral("networks")).toObject();
        for (auto net = networks.begin(); net != networks.end(); ++net)
            digest.networks.insert(net.key());
        for (const QJsonValue &volume : service.value(QStringLiteral("volumes")).toArray())
            digest.mountTargets.insert(volume.toObject().value(QStringLiteral("target")).toString());
        digests.insert(it.key(), digest);
    }
    return digests;
}

// Works on non-const nodes: indexing a missing key on a const yaml-cpp node throws.
QMap<QString, ServiceDigest> ServiceDigest::fromDockerComposeV1(const YAML::Node &config,
                                                                const QStringList &activeProfiles)
{
    QMap<QString, ServiceDigest> digests;
    for (const auto &entry : config["services"]) {
        YAML::Node service = entry.second;
        // v1 lists services whose profiles are all inactive and ignores COMPOSE_PROFILES from
        // .env; v2 (and we) leave such services out, so compare under our active profiles.
        if (const YAML::Node profiles = service["profiles"]; profiles && profiles.size() > 0) {
            const bool enabled = std::any_of(profiles.begin(), profiles.end(), [&](const YAML::Node &profile) {
                return activeProfiles.contains(text(profile));
            });
            if (!enabled)
                continue;
        }
        ServiceDigest digest;
        digest.image = text(service["image"]);
        for (const auto &port : service["ports"]) {
            if (port.IsScalar()) {
                addShortPort(digest.ports, text(port));
            } else {
                digest.ports.insert(portKey(
                    text(port["host_ip"]), text(port["published"]), text(port["target"]), text(port["protocol"])));
            }
        }
        const YAML::Node dependsOn = service["depends_on"];
        if (dependsOn.IsSequence()) {
            for (const auto &dep : dependsOn)
                digest.dependsOn.insert(text(dep), QStringLiteral("service_started"));
        } else if (dependsOn.IsMap()) {
            for (const auto &dep : dependsOn)
                digest.dependsOn.insert(QString::fromStdString(dep.first.Scalar()), text(dep.second["condition"]));
        }
        for (const auto &env : service["environment"]) {
            const QString value = env.second.IsNull() ? QStringLiteral("<null>") : text(env.second);
            digest.environment.insert(QString::fromStdString(env.first.Scalar()), value);
        }
        const YAML::Node networks = service["networks"];
        if (networks.IsMap()) {
            for (const auto &net : networks)
                digest.networks.insert(QString::fromStdString(net.first.Scalar()));
        } else if (networks.IsSequence()) {
            for (const auto &net : networks)
                digest.networks.insert(text(net));
        } else if (!service["network_mode"]) {
            digest.networks.insert(QStringLiteral("default"));
        }
        for (const auto &volume : service["volumes"]) {
            digest.mountTargets.insert(volume.IsScalar() ? shortMountTarget(text(volume)) : text(volume["target"]));
        }
        digests.insert(QString::fromStdString(entry.first.Scalar()), digest);
    }
    return digests;
}

namespace {

template<typename T>
QString show(const T &value)
{
    QStringList items(value.cbegin(), value.cend());
    items.sort();
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString show(const QMap<QString, QString> &map)
{
    QStringList items;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        items.append(it.key() + QLatin1Char('=') + it.value());
    return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

QStringList ServiceDigest::compare(const QMap<QString, ServiceDigest> &ours,
                                   const QMap<QString, ServiceDigest> &reference)
{
    QStringList differences;
    if (ours.keys() != reference.keys())
        differences.append(
            QStringLiteral("services: ours %1, reference %2").arg(show(ours.keys()), show(reference.keys())));
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        if (!ours.contains(it.key()))
            continue;
        const ServiceDigest &a = ours.value(it.key());
        const ServiceDigest &b = it.value();
        const QString prefix = it.key() + QStringLiteral(": ");
        if (a.image != b.image)
            differences.append(prefix + QStringLiteral("image %1 vs %2").arg(a.image, b.image));
        if (a.ports != b.ports)
            differences.append(prefix + QStringLiteral("ports %1 vs %2").arg(show(a.ports), show(b.ports)));
        if (a.dependsOn != b.dependsOn)
            differences.append(prefix
                               + QStringLiteral("depends_on %1 vs %2").arg(show(a.dependsOn), show(b.dependsOn)));
        if (a.environment != b.environment)
            differences.append(prefix
                               + QStringLiteral("environment %1 vs %2").arg(show(a.environment), show(b.environment)));
        if (a.networks != b.networks)
            differences.append(prefix + QStringLiteral("networks %1 vs %2").arg(show(a.networks), show(b.networks)));
        if (a.mountTargets != b.mountTargets)
            differences.append(prefix
                               + QStringLiteral("mounts %1 vs %2").arg(show(a.mountTargets), show(b.mountTargets)));
    }
    return differences;
}
