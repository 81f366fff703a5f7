#include "TopologyBuilder.h"

#include "CaddyLabelReader.h"
#include "DependencyAnalysis.h"
#include "HostAddressZone.h"
#include "ServiceReferenceScanner.h"
#include "TraefikLabelReader.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace Leitstand::Analysis {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject serviceAttributes(const ComposeService &service, int tier)
{
    QJsonObject attributes{{QStringLiteral("image"), service.image},
                           {QStringLiteral("replicas"), service.replicas},
                           {QStringLiteral("profiles"), toArray(service.profiles)},
                           {QStringLiteral("healthcheck"), service.healthcheck.isActive()},
                           {QStringLiteral("build"), !service.buildContext.isEmpty()},
                           {QStringLiteral("tier"), tier},
                           {QStringLiteral("disabled"), false}};
    if (!service.containerName.isEmpty())
        attributes.insert(QStringLiteral("container_name"), service.containerName);
    if (!service.networkMode.isEmpty())
        attributes.insert(QStringLiteral("network_mode"), service.networkMode);
    return attributes;
}

QJsonObject routeAttributes(const ProxyRoute &route)
{
    return {{QStringLiteral("provider"), route.provider},
            {QStringLiteral("router"), route.router},
            {QStringLiteral("rule"), route.rule},
            {QStringLiteral("hosts"), toArray(route.hosts)},
            {QStringLiteral("paths"), toArray(route.paths)},
            {QStringLiteral("entrypoints"), toArray(route.entrypoints)},
            {QStringLiteral("tls"), route.tls},
            {QStringLiteral("certresolver"), route.certResolver},
            {QStringLiteral("middlewares"), toArray(route.middlewares)},
            {QStringLiteral("backend"), route.backend},
            {QStringLiteral("port"), route.port}};
}

class Builder
{
public:
    explicit Builder(const ComposeProject &project)
        : m_project(project)
    {}

    TopologyReport build()
    {
        m_report.project = m_project.name;
        m_report.order = DependencyAnalysis::order(m_project);
        m_report.findings = DependencyAnalysis::lint(m_project);
        addServices();
        addNetworksAndVolumes();
        for (const ComposeService &service : m_project.services) {
            addDependencies(service);
            addAttachments(service);
            addPublishedPorts(service);
        }
        addRoutes();
        addInferredUses();
        return std::move(m_report);
    }

private:
    void addServices()
    {
        QHash<QString, int> tiers;
        for (qsizetype tier = 0; tier < m_report.order.tiers.size(); ++tier) {
            for (const QString &name : m_report.order.tiers.at(tier))
                tiers.insert(name, static_cast<int>(tier));
        }
        for (const ComposeService &service : m_project.services) {
            m_enabled.insert(service.name);
            m_report.graph.addNode({TopologyNode::serviceId(service.name),
                                    NodeKind::Service,
                                    service.name,
                                    serviceAttributes(service, tiers.value(service.name, -1))});
        }
        // A disabled service appears only where an enabled one still depends on it.
        QHash<QString, const DisabledService *> disabled;
        for (const DisabledService &service : m_project.disabledServices)
            disabled.insert(service.name, &service);
        for (const ComposeService &service : m_project.services) {
            for (const ServiceDependency &dependency : service.dependsOn) {
                const DisabledService *off = disabled.value(dependency.service);
                if (!off || m_enabled.contains(off->name))
                    continue;
                m_report.graph.addNode({TopologyNode::serviceId(off->name),
                                        NodeKind::Service,
                                        off->name,
                                        {{QStringLiteral("disabled"), true},
                                         {QStringLiteral("profiles"), toArray(off->profiles)},
                                         {QStringLiteral("tier"), -1}}});
                m_disabledShown.insert(off->name);
            }
        }
    }

    void addNetworksAndVolumes()
    {
        for (const ComposeNetwork &network : m_project.networks) {
            m_networks.insert(network.key);
            m_report.graph.addNode({TopologyNode::networkId(network.key),
                                    NodeKind::Network,
                                    network.key,
                                    {{QStringLiteral("name"), network.name},
                                     {QStringLiteral("driver"), network.driver},
                                     {QStringLiteral("internal"), network.internal},
                                     {QStringLiteral("external"), network.external},
                                     {QStringLiteral("subnets"), toArray(network.subnets)}}});
        }
        for (const ComposeVolume &volume : m_project.volumes) {
            m_volumes.insert(volume.key);
            m_report.graph.addNode({TopologyNode::volumeId(volume.key),
                                    NodeKind::Volume,
                                    volume.key,
                                    {{QStringLiteral("name"), volume.name},
                                     {QStringLiteral("driver"), volume.driver},
                                     {QStringLiteral("external"), volume.external},
                                     {QStringLiteral("bind_device"), volume.bindDevice}}});
        }
    }

    void addDependencies(const ComposeService &service)
    {
        for (const ServiceDependency &dependency : service.dependsOn) {
            if (!m_enabled.contains(dependency.service) && !m_disabledShown.contains(dependency.service))
                continue;
            m_report.graph.addEdge({TopologyNode::serviceId(service.name),
                                    TopologyNode::serviceId(dependency.service),
                                    EdgeKind::DependsOn,
                                    false,
                                    {{QStringLiteral("condition"), dependency.condition},
                                     {QStringLiteral("required"), dependency.required},
                                     {QStringLiteral("restart"), dependency.restart}}});
        }
    }

    void addAttachments(const ComposeService &service)
    {
        const QString from = TopologyNode::serviceId(service.name);
        for (const ServiceNetworkAttachment &attachment : service.networks) {
            if (!m_networks.contains(attachment.network))
                continue;
            QJsonObject attributes{{QStringLiteral("aliases"), toArray(attachment.aliases)}};
            if (!attachment.ipv4Address.isEmpty())
                attributes.insert(QStringLiteral("ipv4_address"), attachment.ipv4Address);
            if (!attachment.ipv6Address.isEmpty())
                attributes.insert(QStringLiteral("ipv6_address"), attachment.ipv6Address);
            m_report.graph.addEdge(
                {from, TopologyNode::networkId(attachment.network), EdgeKind::NetworkMember, false, attributes});
        }
        static const QLatin1String servicePrefix("service:");
        if (service.networkMode.startsWith(servicePrefix)) {
            const QString target = service.networkMode.mid(servicePrefix.size());
            if (m_enabled.contains(target)) {
                m_report.graph.addEdge(
                    {from, TopologyNode::serviceId(target), EdgeKind::SharesNetworkStack, false, QJsonObject()});
            }
        }
        for (const ServiceMount &mount : service.volumes) {
            if (mount.type != QLatin1String("volume") || !m_volumes.contains(mount.source))
                continue;
            m_report.graph.addEdge(
                {from,
                 TopologyNode::volumeId(mount.source),
                 EdgeKind::VolumeMount,
                 false,
                 {{QStringLiteral("target"), mount.target}, {QStringLiteral("read_only"), mount.readOnly}}});
        }
    }

    void addPublishedPorts(const ComposeService &service)
    {
        QMap<int, QJsonArray> portsByZone; // keyed by NodeKind, in the order of the enum
        for (const PortBinding &binding : service.ports) {
            if (!binding.isPublished())
                continue;
            portsByZone[static_cast<int>(Internal::HostAddressZone::of(binding.hostIp))].append(
                QJsonObject{{QStringLiteral("host_ip"), binding.hostIp},
                            {QStringLiteral("published"), binding.published},
                            {QStringLiteral("target"), binding.target},
                            {QStringLiteral("protocol"), binding.protocol}});
        }
        for (auto it = portsByZone.cbegin(); it != portsByZone.cend(); ++it) {
            const auto zone = static_cast<NodeKind>(it.key());
            m_report.graph.addNode({TopologyNode::outsideId(zone), zone, outsideLabel(zone), QJsonObject()});
            m_report.graph.addEdge({TopologyNode::outsideId(zone),
                                    TopologyNode::serviceId(service.name),
                                    EdgeKind::Publish,
                                    false,
                                    {{QStringLiteral("ports"), it.value()}}});
        }
    }

    void addRoutes()
    {
        QString traefik;
        QString caddy;
        for (const ComposeService &service : m_project.services) {
            if (traefik.isEmpty() && TraefikLabelReader::isProxy(service))
                traefik = service.name;
            if (caddy.isEmpty() && CaddyLabelReader::isProxy(service))
                caddy = service.name;
        }
        for (const ComposeService &service : m_project.services) {
            for (const ProxyRoute &route : TraefikLabelReader::routes(service))
                addRoute(route, traefik);
            for (const ProxyRoute &route : CaddyLabelReader::routes(service))
                addRoute(route, caddy);
        }
    }

    void addRoute(const ProxyRoute &route, const QString &proxyService)
    {
        QString from = TopologyNode::serviceId(proxyService);
        if (proxyService.isEmpty()) {
            // The proxy runs in another project (or on the host): show where routes come from.
            from = TopologyNode::externalProxyId(route.provider);
            m_report.graph.addNode({from,
                                    NodeKind::ExternalProxy,
                                    TopologyBuilder::tr("%1 (outside this project)").arg(route.provider),
                                    {{QStringLiteral("provider"), route.provider}}});
        }
        m_report.routes.append(route);
        m_report.graph.addEdge(
            {from, TopologyNode::serviceId(route.service), EdgeKind::ProxyRoute, false, routeAttributes(route)});
    }

    void addInferredUses()
    {
        const Internal::ServiceReferenceScanner scanner(m_project);
        for (const ComposeService &service : m_project.services) {
            for (const auto &reference : scanner.references(service)) {
                m_report.graph.addEdge({TopologyNode::serviceId(service.name),
                                        TopologyNode::serviceId(reference.service),
                                        EdgeKind::Uses,
                                        true,
                                        {{QStringLiteral("via"), toArray(reference.viaKeys)}}});
            }
        }
    }

    static QString outsideLabel(NodeKind zone)
    {
        switch (zone) {
        case NodeKind::Internet:
            return TopologyBuilder::tr("Internet");
        case NodeKind::Tailnet:
            return TopologyBuilder::tr("Tailnet");
        case NodeKind::Loopback:
            return TopologyBuilder::tr("This host (loopback)");
        case NodeKind::Lan:
            return TopologyBuilder::tr("Local network");
        default:
            return TopologyNode::kindName(zone);
        }
    }

    const ComposeProject &m_project;
    TopologyReport m_report;
    QSet<QString> m_enabled;
    QSet<QString> m_disabledShown;
    QSet<QString> m_networks;
    QSet<QString> m_volumes;
};

} // namespace

TopologyReport TopologyBuilder::build(const ComposeProject &project)
{
    return Builder(project).build();
}

} // namespace Leitstand::Analysis
