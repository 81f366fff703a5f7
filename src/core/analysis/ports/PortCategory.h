#pragma once

#include "ServicePatterns.h"

#include <QString>

namespace Leitstand::Analysis {

// One kind of service in a port scheme and the host ports it should publish on. A category
// without a range is recognised but not checked: databases and caches keep the standard port
// of their protocol.
struct PortCategory
{
    QString id;    // stable, e.g. "web"
    QString label; // what the operator calls it, e.g. "Web frontends"
    int firstPort = 0;
    int lastPort = -1; // below firstPort: no range
    ServicePatterns patterns;

    bool hasRange() const { return lastPort >= firstPort; }
    bool contains(int port) const { return port >= firstPort && port <= lastPort; }
    QString rangeText() const { return QStringLiteral("%1-%2").arg(firstPort).arg(lastPort); }
};

} // namespace Leitstand::Analysis
