#pragma once

#include "PortExposure.h"

#include <QString>

namespace Leitstand::Analysis {

// One row of the port matrix: a container port and where, if anywhere, the host publishes it.
// A published range ("8000-8002:80" or "8000-8002:8000-8002") is one row per host port.
struct PortMatrixBinding
{
    QString stack; // the compose project the service belongs to
    QString service;
    QString hostIp;     // as written; empty means every address
    int published = -1; // -1: no fixed host port (expose-only, or an ephemeral port the engine picks)
    int target = 0;
    QString protocol = QStringLiteral("tcp");
    PortExposure exposure = PortExposure::Internal;

    bool hasHostPort() const { return published >= 0; }
    friend bool operator==(const PortMatrixBinding &, const PortMatrixBinding &) = default;
};

} // namespace Leitstand::Analysis
