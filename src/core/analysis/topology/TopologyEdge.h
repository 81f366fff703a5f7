#pragma once

#include <QJsonObject>
#include <QString>

namespace Leitstand::Analysis {

// What an edge of the topology graph says:
// - DependsOn: `from` waits for `to` (depends_on, with its condition);
// - NetworkMember: service `from` joins network zone `to`; services in one zone reach each other;
// - VolumeMount: service `from` mounts named volume `to`; a volume with several mounts is shared;
// - Publish: outside node `from` reaches service `to` through published ports;
// - ProxyRoute: reverse proxy `from` routes a domain or path to service `to` (container labels);
// - Uses: `from` names `to` as a host in its environment (inferred, not declared);
// - SharesNetworkStack: `from` runs in the network namespace of `to` (network_mode: service:X).
enum class EdgeKind { DependsOn, NetworkMember, VolumeMount, Publish, ProxyRoute, Uses, SharesNetworkStack };

struct TopologyEdge
{
    QString from;
    QString to;
    EdgeKind kind = EdgeKind::DependsOn;
    bool inferred = false; // guessed from values, not written as a relation in the compose file
    QJsonObject attributes;

    // The stable name of a kind in the JSON output: "depends_on", "network", "volume",
    // "publish", "route", "uses", "network_mode".
    static QString kindName(EdgeKind kind);
};

} // namespace Leitstand::Analysis
