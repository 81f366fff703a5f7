#include "TopologyEdge.h"

namespace Leitstand::Analysis {

QString TopologyEdge::kindName(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::DependsOn:
        return QStringLiteral("depends_on");
    case EdgeKind::NetworkMember:
        return QStringLiteral("network");
    case EdgeKind::VolumeMount:
        return QStringLiteral("volume");
    case EdgeKind::Publish:
        return QStringLiteral("publish");
    case EdgeKind::ProxyRoute:
        return QStringLiteral("route");
    case EdgeKind::Uses:
        return QStringLiteral("uses");
    case EdgeKind::SharesNetworkStack:
        return QStringLiteral("network_mode");
    }
    return {};
}

} // namespace Leitstand::Analysis
