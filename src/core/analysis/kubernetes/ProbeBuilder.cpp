#include "ProbeBuilder.h"

#include "KubernetesNames.h"

#include <QJsonArray>

namespace Leitstand::Analysis {

namespace {

// Docker's defaults when a health check leaves them out.
constexpr int DefaultIntervalSeconds = 30;
constexpr int DefaultTimeoutSeconds = 30;
constexpr int DefaultRetries = 3;

} // namespace

bool ProbeBuilder::hasProbe(const HealthCheck &check)
{
    if (!check.isActive() || check.test.size() < 2)
        return false;
    return check.test.first() == QLatin1String("CMD") || check.test.first() == QLatin1String("CMD-SHELL");
}

QJsonObject ProbeBuilder::probe(const HealthCheck &check)
{
    QJsonArray command;
    if (check.test.first() == QLatin1String("CMD-SHELL")) {
        command = QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), check.test.mid(1).join(QLatin1Char(' '))};
    } else {
        for (const QString &word : check.test.mid(1))
            command.append(word);
    }
    return QJsonObject{
        {QStringLiteral("exec"), QJsonObject{{QStringLiteral("command"), command}}},
        {QStringLiteral("periodSeconds"), KubernetesNames::seconds(check.interval, DefaultIntervalSeconds)},
        {QStringLiteral("timeoutSeconds"), KubernetesNames::seconds(check.timeout, DefaultTimeoutSeconds)},
        {QStringLiteral("failureThreshold"), check.retries > 0 ? check.retries : DefaultRetries},
    };
}

QJsonObject ProbeBuilder::readiness(const HealthCheck &check)
{
    return probe(check);
}

QJsonObject ProbeBuilder::liveness(const HealthCheck &check)
{
    QJsonObject liveness = probe(check);
    if (!check.startPeriod.isEmpty())
        liveness.insert(QStringLiteral("initialDelaySeconds"), KubernetesNames::seconds(check.startPeriod, 0));
    return liveness;
}

} // namespace Leitstand::Analysis
