#include "ChangeRiskAssessor.h"

#include "../../compose/ComposeLoader.h"
#include "../ports/PortExposure.h"
#include "../safety/AdminUiCatalog.h"
#include "../safety/SecretRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Leitstand::Analysis {

namespace {

using Tr = ChangeRiskAssessor;

// The canonical definition of a service, or an empty object when the version lacks it.
QJsonObject canonicalService(const LoadedProject *project, const QString &name)
{
    if (!project)
        return {};
    return project->canonical.value(QStringLiteral("services")).toObject().value(name).toObject();
}

QSet<QString> stringSet(const QJsonObject &definition, const char *key)
{
    QSet<QString> values;
    for (const QJsonValue &value : definition.value(QLatin1String(key)).toArray())
        values.insert(value.toString().toUpper().remove(QStringLiteral("CAP_")));
    return values;
}

QString publicAddress(const PortBinding &binding)
{
    const QString host = binding.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : binding.hostIp;
    const QString shownHost = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2/%3").arg(shownHost, binding.published, binding.protocol);
}

// The public bindings of a service, as "address:port/protocol" → the binding.
QHash<QString, PortBinding> publicBindings(const ComposeService *service)
{
    QHash<QString, PortBinding> bindings;
    if (!service)
        return bindings;
    for (const PortBinding &binding : service->ports) {
        if (binding.isPublished() && PortExposureRules::classify(binding.hostIp) == PortExposure::Public)
            bindings.insert(publicAddress(binding), binding);
    }
    return bindings;
}

QSet<QString> literalSecrets(const ComposeService *service)
{
    QSet<QString> keys;
    if (!service)
        return keys;
    for (const QString &key : service->literalEnvironmentKeys) {
        if (SecretRules::isSecretName(key) && SecretRules::isSecretValue(service->environmentValue(key)))
            keys.insert(key);
    }
    return keys;
}

bool isDockerSocket(const QString &path)
{
    return path.endsWith(QStringLiteral("/docker.sock"));
}

class ServiceComparison
{
public:
    ServiceComparison(const LoadedProject *before, const LoadedProject &after, const ComposeService &service)
        : m_service(service)
        , m_old(before ? before->project.service(service.name) : nullptr)
        , m_oldDefinition(canonicalService(before, service.name))
        , m_newDefinition(canonicalService(&after, service.name))
    {}

    void compare(Findings &findings)
    {
        m_findings = &findings;
        compareFlags();
        compareCapabilities();
        compareMounts();
        comparePorts();
        compareSecrets();
    }

private:
    void add(const char *code, QString message, Finding::Severity severity)
    {
        m_findings->append(
            Finding{QString::fromLatin1(code), m_service.name, std::move(message), severity, m_service.definedAt});
    }

    QString oldText(const char *key) const { return m_oldDefinition.value(QLatin1String(key)).toString(); }
    QString newText(const char *key) const { return m_newDefinition.value(QLatin1String(key)).toString(); }

    void compareFlags()
    {
        const bool wasPrivileged = m_oldDefinition.value(QStringLiteral("privileged")).toBool();
        if (m_newDefinition.value(QStringLiteral("privileged")).toBool() && !wasPrivileged) {
            add("privileged",
                Tr::tr("runs privileged: the container gets every capability and all devices of the host"),
                Finding::Severity::Blocker);
        }
        const QString host = QStringLiteral("host");
        if (newText("network_mode") == host && oldText("network_mode") != host) {
            add("host-network",
                Tr::tr("uses the host's network (network_mode: host): every port it opens is open on the host"),
                Finding::Severity::Blocker);
        }
        if (newText("pid") == host && oldText("pid") != host) {
            add("host-pid",
                Tr::tr("shares the host's process namespace (pid: host): it sees and can signal every process"),
                Finding::Severity::Blocker);
        }
        if (newText("ipc") == host && oldText("ipc") != host) {
            add("host-ipc", Tr::tr("shares the host's IPC namespace (ipc: host)"), Finding::Severity::Warning);
        }
    }

    void compareCapabilities()
    {
        const QSet<QString> before = stringSet(m_oldDefinition, "cap_add");
        QStringList added;
        for (const QString &capability : stringSet(m_newDefinition, "cap_add")) {
            if (!before.contains(capability))
                added.append(capability);
        }
        if (added.isEmpty())
            return;
        added.sort();
        const bool broad = added.contains(QStringLiteral("ALL")) || added.contains(QStringLiteral("SYS_ADMIN"));
        add("cap-add",
            Tr::tr("adds the capabilities %1 (cap_add)").arg(added.join(QStringLiteral(", "))),
            broad ? Finding::Severity::Blocker : Finding::Severity::Warning);
    }

    void compareMounts()
    {
        QSet<QPair<QString, QString>> oldBinds;
        if (m_old) {
            for (const ServiceMount &mount : m_old->volumes) {
                if (mount.type == QLatin1String("bind"))
                    oldBinds.insert({mount.source, mount.target});
            }
        }
        for (const ServiceMount &mount : m_service.volumes) {
            if (mount.type != QLatin1String("bind") || oldBinds.contains({mount.source, mount.target}))
                continue;
            const QString access = mount.readOnly ? Tr::tr("read-only") : Tr::tr("writable");
            if (isDockerSocket(mount.source)) {
                add("docker-socket",
                    Tr::tr("mounts the Docker socket %1 (%2): whoever controls the container controls the host")
                        .arg(mount.source, access),
                    Finding::Severity::Blocker);
            } else if (mount.source == QLatin1String("/")) {
                add("host-root-mount",
                    Tr::tr("mounts the host's root folder / at %1 (%2)").arg(mount.target, access),
                    Finding::Severity::Blocker);
            } else {
                add("host-bind-mount",
                    Tr::tr("mounts the host folder %1 at %2 (%3)").arg(mount.source, mount.target, access),
                    Finding::Severity::Warning);
            }
        }
    }

    void comparePorts()
    {
        const QHash<QString, PortBinding> before = publicBindings(m_old);
        const QHash<QString, PortBinding> after = publicBindings(&m_service);
        const std::optional<AdminUiCatalog::Entry> adminUi = AdminUiCatalog::find(m_service.image);
        QStringList addresses = after.keys();
        addresses.sort();
        for (const QString &address : std::as_const(addresses)) {
            if (before.contains(address))
                continue;
            const PortBinding &binding = after.value(address);
            if (adminUi && (adminUi->adminPorts.isEmpty() || adminUi->adminPorts.contains(binding.target))) {
                add("public-admin-ui",
                    Tr::tr("%1 becomes reachable on the public address %2").arg(adminUi->product, address),
                    Finding::Severity::Blocker);
            } else {
                add("public-port",
                    Tr::tr("publishes container port %1 on the public address %2").arg(binding.target).arg(address),
                    Finding::Severity::Info);
            }
        }
    }

    void compareSecrets()
    {
        const QSet<QString> before = literalSecrets(m_old);
        QStringList added;
        for (const QString &key : literalSecrets(&m_service)) {
            if (!before.contains(key))
                added.append(key);
        }
        added.sort();
        for (const QString &key : std::as_const(added)) {
            // The value itself never appears in a finding: findings end up in logs and JSON.
            add("literal-secret",
                Tr::tr("writes the secret %1 into the compose file; keep it in .env and write ${%1}").arg(key),
                Finding::Severity::Warning);
        }
    }

    const ComposeService &m_service;
    const ComposeService *m_old;
    QJsonObject m_oldDefinition;
    QJsonObject m_newDefinition;
    Findings *m_findings = nullptr;
};

// Named volumes that became a bind of a host folder (driver local, type none, o bind).
void compareVolumes(const LoadedProject *before, const LoadedProject &after, Findings &findings)
{
    for (const ComposeVolume &volume : after.project.volumes) {
        if (volume.bindDevice.isEmpty())
            continue;
        const ComposeVolume *old = before ? before->project.volume(volume.key) : nullptr;
        if (old && old->bindDevice == volume.bindDevice)
            continue;
        QStringList users;
        for (const ComposeService &service : after.project.services) {
            for (const ServiceMount &mount : service.volumes) {
                if (mount.type == QLatin1String("volume") && mount.source == volume.key
                    && !users.contains(service.name))
                    users.append(service.name);
            }
        }
        const QString message = Tr::tr("the volume \"%1\" is backed by the host folder %2 (driver_opts o: bind)")
                                    .arg(volume.key, volume.bindDevice);
        if (users.isEmpty())
            users.append(QString());
        for (const QString &user : std::as_const(users)) {
            const ComposeService *service = after.project.service(user);
            findings.append(Finding{QStringLiteral("bind-volume"),
                                    user,
                                    message,
                                    Finding::Severity::Warning,
                                    service ? service->definedAt : SourceLocation{}});
        }
    }
}

} // namespace

Findings ChangeRiskAssessor::assess(const LoadedProject *before, const LoadedProject &after)
{
    Findings findings;
    for (const ComposeService &service : after.project.services)
        ServiceComparison(before, after, service).compare(findings);
    compareVolumes(before, after, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &left, const Finding &right) {
        if (left.service != right.service)
            return left.service < right.service;
        return left.code < right.code;
    });
    return findings;
}

} // namespace Leitstand::Analysis
