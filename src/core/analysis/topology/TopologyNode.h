#pragma once

#include <QJsonObject>
#include <QString>

namespace Leitstand::Analysis {

// What a node of the topology graph stands for. The outside world is split by how a published
// port is reached: from the internet (public addresses), over the tailnet, from the host only
// (loopback) or from the local network (private addresses).
enum class NodeKind { Service, Network, Volume, Internet, Tailnet, Loopback, Lan, ExternalProxy };

// One node. `id` is unique in its graph and says what it is ("service:n8n", "network:core",
// "volume:pgdata", "outside:internet", "proxy:traefik"), so services, networks and volumes of
// the same name never collide. `attributes` carries the kind-specific facts (docs/analyses/topology.md).
struct TopologyNode
{
    QString id;
    NodeKind kind = NodeKind::Service;
    QString label;
    QJsonObject attributes;

    static QString serviceId(const QString &service) { return QStringLiteral("service:") + service; }
    static QString networkId(const QString &network) { return QStringLiteral("network:") + network; }
    static QString volumeId(const QString &volume) { return QStringLiteral("volume:") + volume; }
    static QString outsideId(NodeKind kind);
    static QString externalProxyId(const QString &provider) { return QStringLiteral("proxy:") + provider; }

    // The stable name of a kind in the JSON output: "service", "network", "volume", "internet",
    // "tailnet", "loopback", "lan", "external-proxy".
    static QString kindName(NodeKind kind);
};

} // namespace Leitstand::Analysis
