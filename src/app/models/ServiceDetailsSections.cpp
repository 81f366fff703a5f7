#include "ServiceDetailsSections.h"

#include "ServiceFormatter.h"

namespace Leitstand::Internal {

namespace {

QString mountText(const ServiceMount &mount)
{
    QString source = mount.source.isEmpty() ? mount.type : QStringLiteral("%1 (%2)").arg(mount.source, mount.type);
    if (mount.readOnly)
        source += QStringLiteral(", ro");
    return source;
}

QString networkText(const ServiceNetworkAttachment &attachment)
{
    QStringList parts;
    if (!attachment.ipv4Address.isEmpty())
        parts.append(attachment.ipv4Address);
    if (!attachment.ipv6Address.isEmpty())
        parts.append(attachment.ipv6Address);
    if (!attachment.aliases.isEmpty())
        parts.append(attachment.aliases.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ServiceDetailsSections::Rows ServiceDetailsSections::container(const ComposeService &service)
{
    Rows rows;
    rows.append({tr("Image"), service.image.isEmpty() ? tr("(built locally)") : service.image});
    if (!service.buildContext.isEmpty())
        rows.append({tr("Build context"), service.buildContext});
    if (!service.containerName.isEmpty())
        rows.append({tr("Container name"), service.containerName});
    if (!service.entrypoint.isEmpty())
        rows.append({tr("Entrypoint"), service.entrypoint.join(QLatin1Char(' '))});
    if (!service.command.isEmpty())
        rows.append({tr("Command"), service.command.join(QLatin1Char(' '))});
    rows.append({tr("Restart policy"), service.restart.isEmpty() ? QStringLiteral("no") : service.restart});
    if (service.replicas != 1)
        rows.append({tr("Replicas"), QString::number(service.replicas)});
    if (!service.cpuLimit.isEmpty())
        rows.append({tr("CPU limit"), service.cpuLimit});
    if (!service.memoryLimit.isEmpty())
        rows.append({tr("Memory limit"), service.memoryLimit});
    if (!service.profiles.isEmpty())
        rows.append({tr("Profiles"), service.profiles.join(QStringLiteral(", "))});
    if (service.privileged)
        rows.append({tr("Privileged"), tr("yes: full access to the host")});
    if (!service.pid.isEmpty())
        rows.append({tr("PID namespace"), service.pid});
    return rows;
}

ServiceDetailsSections::Rows ServiceDetailsSections::ports(const ComposeService &service)
{
    Rows rows;
    for (const PortBinding &binding : service.ports) {
        const QString target = QStringLiteral("%1/%2").arg(binding.target).arg(binding.protocol);
        rows.append({target, binding.isPublished() ? ServiceFormatter::port(binding) : tr("not published")});
    }
    for (const QString &exposed : service.expose)
        rows.append({exposed, tr("exposed to the project's networks only")});
    return rows;
}

ServiceDetailsSections::Rows ServiceDetailsSections::dependencies(const ComposeService &service)
{
    Rows rows;
    for (const ServiceDependency &dependency : service.dependsOn) {
        const QString condition = ServiceFormatter::condition(dependency.condition);
        rows.append({dependency.service, dependency.required ? condition : tr("%1, optional").arg(condition)});
    }
    return rows;
}

ServiceDetailsSections::Rows ServiceDetailsSections::healthCheck(const HealthCheck &healthCheck)
{
    if (!healthCheck.defined)
        return {{tr("Probe"), tr("none: dependents can only wait for the container to start")}};
    if (!healthCheck.isActive() && !healthCheck.test.isEmpty())
        return {{tr("Probe"), tr("disabled")}};
    Rows rows{{tr("Probe"), ServiceFormatter::healthCheckDetails(healthCheck).section(QLatin1Char('\n'), 0, 0)}};
    if (!healthCheck.interval.isEmpty())
        rows.append({tr("Interval"), healthCheck.interval});
    if (!healthCheck.timeout.isEmpty())
        rows.append({tr("Timeout"), healthCheck.timeout});
    if (healthCheck.retries >= 0)
        rows.append({tr("Retries"), QString::number(healthCheck.retries)});
    if (!healthCheck.startPeriod.isEmpty())
        rows.append({tr("Start period"), healthCheck.startPeriod});
    return rows;
}

ServiceDetailsSections::Rows ServiceDetailsSections::networks(const ComposeService &service)
{
    Rows rows;
    if (!service.networkMode.isEmpty())
        rows.append({tr("Network mode"), service.networkMode});
    for (const ServiceNetworkAttachment &attachment : service.networks)
        rows.append({attachment.network, networkText(attachment)});
    return rows;
}

ServiceDetailsSections::Rows ServiceDetailsSections::mounts(const ComposeService &service)
{
    Rows rows;
    for (const ServiceMount &mount : service.volumes)
        rows.append({mount.target, mountText(mount)});
    return rows;
}

ServiceDetailsSections::Rows ServiceDetailsSections::secretsAndConfigs(const ComposeService &service)
{
    Rows rows;
    for (const QString &secret : service.secrets)
        rows.append({secret, tr("secret")});
    for (const QString &config : service.configs)
        rows.append({config, tr("config")});
    return rows;
}

} // namespace Leitstand::Internal
