#pragma once

#include "TopologyNode.h"

#include <QString>

namespace Leitstand::Analysis::Internal {

// Where a published port can be reached from, judged by the host address it is bound to:
// the internet (no address, 0.0.0.0, :: or any public address), the tailnet (100.64.0.0/10,
// fd7a:115c:a1e0::/48), the host only (127.0.0.0/8, ::1) or the local network (RFC 1918,
// link-local, unique local IPv6). A host name or an unparsable text counts as the internet:
// when in doubt, assume the widest exposure.
class HostAddressZone final
{
public:
    static NodeKind of(const QString &hostIp);
};

} // namespace Leitstand::Analysis::Internal
