#include "TopologyNode.h"

namespace Leitstand::Analysis {

QString TopologyNode::outsideId(NodeKind kind)
{
    return QStringLiteral("outside:") + kindName(kind);
}

QString TopologyNode::kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Service:
        return QStringLiteral("service");
    case NodeKind::Network:
        return QStringLiteral("network");
    case NodeKind::Volume:
        return QStringLiteral("volume");
    case NodeKind::Internet:
        return QStringLiteral("internet");
    case NodeKind::Tailnet:
        return QStringLiteral("tailnet");
    case NodeKind::Loopback:
        return QStringLiteral("loopback");
    case NodeKind::Lan:
        return QStringLiteral("lan");
    case NodeKind::ExternalProxy:
        return QStringLiteral("external-proxy");
    }
    return {};
}

} // namespace Leitstand::Analysis
