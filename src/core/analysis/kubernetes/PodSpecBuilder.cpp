#include "PodSpecBuilder.h"

#include "ContainerPorts.h"
#include "EnvironmentSplitter.h"
#include "HostMountAdvisor.h"
#include "KubernetesNames.h"
#include "ProbeBuilder.h"
#include "core/analysis/safety/HostMountRules.h"

#include <QJsonArray>
#include <QSet>

namespace Leitstand::Analysis {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

bool isShared(const ComposeProject &project, const QString &volume, const QString &except)
{
    for (const ComposeService &other : project.services) {
        if (other.name == except)
            continue;
        for (const ServiceMount &mount : other.volumes) {
            if (mount.type == QLatin1String("volume") && mount.source == volume)
                return true;
        }
    }
    return false;
}

// Collects volumes and mounts; a second mount at a path already taken is left out, since a
// pod rejects two mounts at one path (a written file's folder can meet another mount).
class VolumeSet
{
public:
    void add(const QString &name, const QJsonObject &source, QJsonObject mount)
    {
        const QString path = mount.value(QStringLiteral("mountPath")).toString();
        if (m_paths.contains(path))
            return;
        m_paths.insert(path);
        mount.insert(QStringLiteral("name"), name);
        m_mounts.append(mount);
        if (m_names.contains(name))
            return;
        m_names.insert(name);
        QJsonObject volume = source;
        volume.insert(QStringLiteral("name"), name);
        m_volumes.append(volume);
    }
    QString uniqueName(const QString &wanted) const
    {
        QString name = KubernetesNames::label(wanted);
        for (int i = 2; m_names.contains(name); ++i)
            name = KubernetesNames::derived(wanted, QString::number(i));
        return name;
    }
    const QJsonArray &volumes() const { return m_volumes; }
    const QJsonArray &mounts() const { return m_mounts; }

private:
    QSet<QString> m_paths;
    QSet<QString> m_names;
    QJsonArray m_volumes;
    QJsonArray m_mounts;
};

QJsonObject mountAt(const QString &path, bool readOnly, const QString &subPath = {})
{
    QJsonObject mount{{QStringLiteral("mountPath"), path}};
    if (readOnly)
        mount.insert(QStringLiteral("readOnly"), true);
    if (!subPath.isEmpty())
        mount.insert(QStringLiteral("subPath"), subPath);
    return mount;
}

QJsonObject claimSource(const QString &claim)
{
    return {{QStringLiteral("persistentVolumeClaim"), QJsonObject{{QStringLiteral("claimName"), claim}}}};
}

QJsonObject fileSource(const char *kind, const char *nameKey, const QString &name, const QString &fileKey)
{
    QJsonObject source{{QLatin1String(nameKey), name}};
    if (!fileKey.isEmpty()) {
        source.insert(QStringLiteral("items"),
                      QJsonArray{QJsonObject{{QStringLiteral("key"), fileKey}, {QStringLiteral("path"), fileKey}}});
    }
    return {{QLatin1String(kind), source}};
}

void addBind(VolumeSet &volumes,
             QList<PodSpecBuilder::Claim> &claims,
             const ComposeService &service,
             const ServiceMount &mount)
{
    if (HostMountRules::isDockerSocket(mount)) {
        const QString type
            = mount.source.endsWith(QLatin1String(".sock")) ? QStringLiteral("Socket") : QStringLiteral("Directory");
        volumes.add(volumes.uniqueName(QStringLiteral("docker-socket")),
                    {{QStringLiteral("hostPath"),
                      QJsonObject{{QStringLiteral("path"), mount.source}, {QStringLiteral("type"), type}}}},
                    mountAt(mount.target, mount.readOnly));
        return;
    }
    using Kind = HostMountAdvisor::Kind;
    const HostMountAdvisor::Replacement replacement = HostMountAdvisor::advise(service, mount);
    switch (replacement.kind) {
    case Kind::HostPath:
        volumes.add(volumes.uniqueName(QStringLiteral("host")),
                    {{QStringLiteral("hostPath"), QJsonObject{{QStringLiteral("path"), mount.source}}}},
                    mountAt(replacement.mountPath, replacement.readOnly));
        break;
    case Kind::ConfigMap:
        volumes.add(volumes.uniqueName(replacement.objectName),
                    fileSource("configMap", "name", replacement.objectName, replacement.fileKey),
                    mountAt(replacement.mountPath, true, replacement.fileKey));
        break;
    case Kind::Secret:
        volumes.add(volumes.uniqueName(replacement.objectName),
                    fileSource("secret", "secretName", replacement.objectName, replacement.fileKey),
                    mountAt(replacement.mountPath, true, replacement.fileKey));
        break;
    case Kind::PersistentVolumeClaim:
        volumes.add(volumes.uniqueName(replacement.objectName),
                    claimSource(replacement.objectName),
                    mountAt(replacement.mountPath, replacement.readOnly));
        claims.append({replacement.objectName, false});
        break;
    }
}

QJsonObject resources(const ComposeService &service)
{
    QJsonObject limits;
    QJsonObject requests;
    if (!service.cpuLimit.isEmpty())
        limits.insert(QStringLiteral("cpu"), service.cpuLimit);
    if (!service.memoryLimit.isEmpty())
        limits.insert(QStringLiteral("memory"), KubernetesNames::memoryQuantity(service.memoryLimit));
    if (!service.cpuReservation.isEmpty())
        requests.insert(QStringLiteral("cpu"), service.cpuReservation);
    if (!service.memoryReservation.isEmpty())
        requests.insert(QStringLiteral("memory"), KubernetesNames::memoryQuantity(service.memoryReservation));
    QJsonObject result;
    if (!limits.isEmpty())
        result.insert(QStringLiteral("limits"), limits);
    if (!requests.isEmpty())
        result.insert(QStringLiteral("requests"), requests);
    return result;
}

} // namespace

QString PodSpecBuilder::image(const ComposeService &service, const ComposeProject &project)
{
    if (!service.image.isEmpty())
        return service.image;
    return project.name + QLatin1Char('-') + service.name;
}

QString PodSpecBuilder::environmentObjectName(const ComposeService &service)
{
    return KubernetesNames::derived(service.name, QStringLiteral("env"));
}

PodSpecBuilder::Result PodSpecBuilder::build(const ComposeService &service,
                                             const ComposeProject &project,
                                             const QString &kind,
                                             const DependencyWaiter::NamespaceOf &namespaceOf)
{
    Result result;
    VolumeSet volumes;
    for (const ServiceMount &mount : service.volumes) {
        if (mount.type == QLatin1String("volume") && !mount.source.isEmpty()) {
            const QString claim = KubernetesNames::label(mount.source);
            volumes.add(volumes.uniqueName(claim), claimSource(claim), mountAt(mount.target, mount.readOnly));
            result.claims.append({claim, isShared(project, mount.source, service.name)});
        } else if (mount.type == QLatin1String("bind")) {
            addBind(volumes, result.claims, service, mount);
        } else if (mount.type == QLatin1String("volume") || mount.type == QLatin1String("tmpfs")) {
            QJsonObject emptyDir;
            if (mount.type == QLatin1String("tmpfs"))
                emptyDir.insert(QStringLiteral("medium"), QStringLiteral("Memory"));
            volumes.add(volumes.uniqueName(QStringLiteral("scratch")),
                        {{QStringLiteral("emptyDir"), emptyDir}},
                        mountAt(mount.target, mount.readOnly));
        }
    }
    for (const QString &secret : service.secrets) {
        const QString name = KubernetesNames::label(secret);
        volumes.add(volumes.uniqueName(name),
                    fileSource("secret", "secretName", name, secret),
                    mountAt(QStringLiteral("/run/secrets/") + secret, true, secret));
    }

    QJsonObject container{{QStringLiteral("name"), KubernetesNames::label(service.name)},
                          {QStringLiteral("image"), image(service, project)}};
    if (!service.entrypoint.isEmpty())
        container.insert(QStringLiteral("command"), toArray(service.entrypoint));
    if (!service.command.isEmpty())
        container.insert(QStringLiteral("args"), toArray(service.command));
    QJsonArray ports;
    for (const ContainerPorts::Port &port : ContainerPorts::of(service)) {
        ports.append(QJsonObject{{QStringLiteral("name"), port.name()},
                                 {QStringLiteral("containerPort"), port.number},
                                 {QStringLiteral("protocol"), port.protocol}});
    }
    if (!ports.isEmpty())
        container.insert(QStringLiteral("ports"), ports);
    const EnvironmentSplitter::Split environment = EnvironmentSplitter::split(service);
    QJsonArray envFrom;
    if (!environment.config.isEmpty()) {
        envFrom.append(QJsonObject{
            {QStringLiteral("configMapRef"), QJsonObject{{QStringLiteral("name"), environmentObjectName(service)}}}});
    }
    if (!environment.secret.isEmpty()) {
        envFrom.append(QJsonObject{
            {QStringLiteral("secretRef"), QJsonObject{{QStringLiteral("name"), environmentObjectName(service)}}}});
    }
    if (!envFrom.isEmpty())
        container.insert(QStringLiteral("envFrom"), envFrom);
    if (ProbeBuilder::hasProbe(service.healthcheck)) {
        container.insert(QStringLiteral("readinessProbe"), ProbeBuilder::readiness(service.healthcheck));
        container.insert(QStringLiteral("livenessProbe"), ProbeBuilder::liveness(service.healthcheck));
    }
    if (const QJsonObject limits = resources(service); !limits.isEmpty())
        container.insert(QStringLiteral("resources"), limits);
    if (!volumes.mounts().isEmpty())
        container.insert(QStringLiteral("volumeMounts"), volumes.mounts());
    if (service.privileged)
        container.insert(QStringLiteral("securityContext"), QJsonObject{{QStringLiteral("privileged"), true}});

    QJsonObject &spec = result.spec;
    spec.insert(QStringLiteral("enableServiceLinks"), false);
    spec.insert(QStringLiteral("containers"), QJsonArray{container});
    if (const QJsonArray waits = DependencyWaiter::initContainers(service, project, namespaceOf); !waits.isEmpty())
        spec.insert(QStringLiteral("initContainers"), waits);
    if (!volumes.volumes().isEmpty())
        spec.insert(QStringLiteral("volumes"), volumes.volumes());
    if (service.networkMode == QLatin1String("host"))
        spec.insert(QStringLiteral("hostNetwork"), true);
    if (service.pid == QLatin1String("host"))
        spec.insert(QStringLiteral("hostPID"), true);
    if (kind == QLatin1String("Job"))
        spec.insert(QStringLiteral("restartPolicy"), QStringLiteral("OnFailure"));
    return result;
}

} // namespace Leitstand::Analysis
