#include "SafetyLinter.h"

#include "AdminUiCatalog.h"
#include "HostMountRules.h"
#include "SecretRules.h"

#include <QStringList>

namespace Leitstand::Analysis {

namespace {

Finding finding(const QString &code, const ComposeService &service, const QString &message)
{
    return Finding{code, service.name, message, Finding::Severity::Warning, service.definedAt};
}

} // namespace

bool SafetyLinter::isPublicAddress(const QString &hostIp)
{
    return hostIp.isEmpty() || hostIp == QLatin1String("0.0.0.0") || hostIp == QLatin1String("::")
           || hostIp == QLatin1String("[::]");
}

Findings SafetyLinter::lint(const ComposeProject &project)
{
    Findings findings;
    for (const ComposeService &service : project.services)
        lintService(service, findings);
    return findings;
}

void SafetyLinter::lintService(const ComposeService &service, Findings &findings)
{
    lintAdminUi(service, findings);
    for (const ServiceMount &mount : service.volumes) {
        if (HostMountRules::isDockerSocket(mount)) {
            findings.append(finding(QStringLiteral("docker-socket"),
                                    service,
                                    tr("mounts the Docker socket (%1 at %2): whoever takes over this container "
                                       "controls every container and the host")
                                        .arg(mount.source, mount.target)));
        }
    }
    if (service.privileged) {
        findings.append(finding(QStringLiteral("privileged"),
                                service,
                                tr("runs privileged: the container has every capability and all host devices")));
    }
    if (service.pid == QLatin1String("host")) {
        findings.append(finding(QStringLiteral("host-pid"),
                                service,
                                tr("shares the host's process namespace (pid: host): it sees and can signal every "
                                   "process of the host")));
    }
    if (service.networkMode == QLatin1String("host")) {
        findings.append(finding(QStringLiteral("host-network"),
                                service,
                                tr("uses the host's network (network_mode: host): every port it opens is open on the "
                                   "host, past Docker's port publishing")));
    }
    lintSecrets(service, findings);
}

void SafetyLinter::lintAdminUi(const ComposeService &service, Findings &findings)
{
    const auto adminUi = AdminUiCatalog::find(service.image);
    if (!adminUi)
        return;
    QStringList exposed;
    for (const PortBinding &port : service.ports) {
        if (!port.isPublished() || !isPublicAddress(port.hostIp))
            continue;
        if (!adminUi->adminPorts.isEmpty() && !adminUi->adminPorts.contains(port.target))
            continue;
        const QString address = port.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : port.hostIp;
        const QString binding = QStringLiteral("%1:%2").arg(address, port.published);
        if (!exposed.contains(binding))
            exposed.append(binding);
    }
    if (exposed.isEmpty())
        return;
    findings.append(finding(QStringLiteral("public-admin-ui"),
                            service,
                            tr("%1 is published on %2, reachable from every network the host is on; bind it to "
                               "127.0.0.1 or a VPN address, or put it behind an authenticating proxy")
                                .arg(adminUi->product, exposed.join(QStringLiteral(", ")))));
}

void SafetyLinter::lintSecrets(const ComposeService &service, Findings &findings)
{
    for (const QString &key : service.literalEnvironmentKeys) {
        if (!SecretRules::isSecretName(key) || !SecretRules::isSecretValue(service.environmentValue(key)))
            continue;
        findings.append(finding(QStringLiteral("plaintext-secret"),
                                service,
                                tr("%1 is written into the compose file in plain text; move the value to .env (kept "
                                   "out of version control) or a secret and refer to it as ${%1}")
                                    .arg(key)));
    }
}

} // namespace Leitstand::Analysis
