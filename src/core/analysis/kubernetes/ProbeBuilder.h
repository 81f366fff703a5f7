#pragma once

#include "core/model/HealthCheck.h"

#include <QJsonObject>

namespace Leitstand::Analysis {

// Readiness and liveness probes from a compose health check. The check runs as an exec probe
// with the same command: ["CMD", a, b] runs [a, b]; ["CMD-SHELL", text] runs
// ["sh", "-c", text], so pipes, "||" and $VARIABLES keep working (kompose splits the text
// into words instead). Readiness takes interval, timeout and retries as they are; liveness
// waits start_period before its first check, so a slow start is not killed.
class ProbeBuilder final
{
public:
    static bool hasProbe(const HealthCheck &check);
    static QJsonObject readiness(const HealthCheck &check);
    static QJsonObject liveness(const HealthCheck &check);

private:
    static QJsonObject probe(const HealthCheck &check);
};

} // namespace Leitstand::Analysis
