#include "ServiceFormatter.h"

#include <QDir>
#include <QStringList>

namespace Leitstand {

namespace {

bool isSwitchedOff(const HealthCheck &healthCheck)
{
    return healthCheck.disabled || healthCheck.test.value(0) == QLatin1String("NONE");
}

QString probeCommand(const QStringList &test)
{
    const QString &form = test.first();
    if (form == QLatin1String("CMD-SHELL"))
        return test.mid(1).join(QLatin1Char(' '));
    if (form == QLatin1String("CMD"))
        return test.mid(1).join(QLatin1Char(' '));
    return test.join(QLatin1Char(' '));
}

} // namespace

QString ServiceFormatter::port(const PortBinding &binding)
{
    QString hostSide;
    if (!binding.hostIp.isEmpty()) {
        // IPv6 addresses need brackets or the port would read as part of the address.
        hostSide = binding.hostIp.contains(QLatin1Char(':')) ? QLatin1Char('[') + binding.hostIp + QLatin1Char(']')
                                                             : binding.hostIp;
        hostSide += QLatin1Char(':');
    }
    hostSide += binding.isPublished() ? binding.published : tr("random");
    return QStringLiteral("%1→%2/%3").arg(hostSide).arg(binding.target).arg(binding.protocol);
}

QString ServiceFormatter::ports(const ComposeService &service, const QString &separator)
{
    QStringList texts;
    for (const PortBinding &binding : service.ports)
        texts.append(port(binding));
    return texts.join(separator);
}

QString ServiceFormatter::dependency(const ServiceDependency &dependency)
{
    QString details = condition(dependency.condition);
    if (!dependency.required)
        details = tr("%1, optional").arg(details);
    return QStringLiteral("%1 (%2)").arg(dependency.service, details);
}

QString ServiceFormatter::dependencies(const ComposeService &service, const QString &separator)
{
    QStringList texts;
    for (const ServiceDependency &entry : service.dependsOn)
        texts.append(dependency(entry));
    return texts.join(separator);
}

QString ServiceFormatter::condition(const QString &condition)
{
    if (condition == QLatin1String("service_healthy"))
        return tr("healthy");
    if (condition == QLatin1String("service_completed_successfully"))
        return tr("completed");
    if (condition == QLatin1String("service_started"))
        return tr("started");
    return condition;
}

QString ServiceFormatter::healthCheck(const HealthCheck &healthCheck)
{
    if (!healthCheck.defined)
        return {};
    if (isSwitchedOff(healthCheck))
        return tr("disabled");
    // Only timings given: the probe comes from the image's HEALTHCHECK.
    const QString command = healthCheck.test.isEmpty() ? tr("image's probe") : probeCommand(healthCheck.test);
    if (healthCheck.interval.isEmpty())
        return command;
    return tr("%1 · every %2").arg(command, healthCheck.interval);
}

QString ServiceFormatter::healthCheckDetails(const HealthCheck &healthCheck)
{
    if (!healthCheck.defined)
        return tr("No health check: dependents can only wait for the container to start.");
    if (isSwitchedOff(healthCheck))
        return tr("The image's health check is disabled.");
    QStringList lines{healthCheck.test.isEmpty() ? tr("The image's probe") : probeCommand(healthCheck.test)};
    if (!healthCheck.interval.isEmpty())
        lines.append(tr("Interval: %1").arg(healthCheck.interval));
    if (!healthCheck.timeout.isEmpty())
        lines.append(tr("Timeout: %1").arg(healthCheck.timeout));
    if (healthCheck.retries >= 0)
        lines.append(tr("Retries: %1").arg(healthCheck.retries));
    if (!healthCheck.startPeriod.isEmpty())
        lines.append(tr("Start period: %1").arg(healthCheck.startPeriod));
    return lines.join(QLatin1Char('\n'));
}

QString ServiceFormatter::location(const SourceLocation &location, const QString &projectDirectory)
{
    if (!location.isValid())
        return {};
    QString file = location.file;
    if (!projectDirectory.isEmpty() && !file.isEmpty()) {
        const QString relative = QDir(projectDirectory).relativeFilePath(file);
        if (!relative.startsWith(QLatin1String("..")))
            file = relative;
    }
    if (location.line <= 0)
        return file;
    return QStringLiteral("%1:%2").arg(file).arg(location.line);
}

} // namespace Leitstand
