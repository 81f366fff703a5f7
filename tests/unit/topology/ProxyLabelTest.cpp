// Proxy routes from container labels: caddy-docker-proxy on a fixture, Traefik details by hand.
#include "TopologyTestSupport.h"

#include "core/analysis/topology/TraefikLabelReader.h"

using namespace TopologyTest;

TEST(ProxyLabelTest, CaddyDockerProxySites)
{
    const auto loaded = load(fixtureDir("caddy-labels"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const TopologyReport report = TopologyBuilder::build(loaded->project);
    ASSERT_EQ(report.routes.size(), 3);

    const ProxyRoute &api = report.routes.at(0);
    EXPECT_EQ(api.provider, QStringLiteral("caddy"));
    EXPECT_EQ(api.router, QStringLiteral("caddy_0"));
    EXPECT_EQ(api.service, QStringLiteral("api"));
    EXPECT_EQ(api.hosts, names({"api.example.com", "www.api.example.com"}));
    EXPECT_EQ(api.paths, names({"/v1/*"}));
    EXPECT_EQ(api.port, QStringLiteral("3000"));
    EXPECT_TRUE(api.tls);
    EXPECT_EQ(api.certResolver, QStringLiteral("internal"));

    const ProxyRoute &status = report.routes.at(1);
    EXPECT_EQ(status.hosts, names({"status.example.com"}));
    EXPECT_EQ(status.paths, names({"/health"}));
    EXPECT_EQ(status.port, QStringLiteral("3001"));
    EXPECT_FALSE(status.tls);

    const ProxyRoute &whoami = report.routes.at(2);
    EXPECT_EQ(whoami.hosts, names({"whoami.example.com"}));
    EXPECT_EQ(whoami.port, QStringLiteral("8080"));
    // traefik/whoami is no Traefik; the routes come from the caddy service.
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::ProxyRoute),
              names({"caddy -> api", "caddy -> api", "caddy -> whoami"}));
}

TEST(ProxyLabelTest, TraefikRuleMatchersAndImplicitService)
{
    ComposeService service;
    service.name = QStringLiteral("web");
    service.image = QStringLiteral("nginx:1.27");
    service.expose = QStringList{QStringLiteral("80")};
    service.labels = {
        {QStringLiteral("traefik.enable"), QStringLiteral("true")},
        {QStringLiteral("traefik.http.routers.site.rule"),
         QStringLiteral("(Host(`a.example`) || Host(`b.example`, `c.example`)) && PathPrefix(`/app`)")},
        {QStringLiteral("traefik.http.routers.site.tls"), QStringLiteral("true")},
        {QStringLiteral("traefik.tcp.routers.db.rule"), QStringLiteral("HostSNI(`db.example`)")},
    };
    const QList<ProxyRoute> routes = TraefikLabelReader::routes(service);
    ASSERT_EQ(routes.size(), 2);
    EXPECT_EQ(routes.at(0).router, QStringLiteral("site"));
    EXPECT_EQ(routes.at(0).hosts, names({"a.example", "b.example", "c.example"}));
    EXPECT_EQ(routes.at(0).paths, names({"/app"}));
    EXPECT_TRUE(routes.at(0).tls);
    EXPECT_TRUE(routes.at(0).certResolver.isEmpty());
    EXPECT_EQ(routes.at(0).port, QStringLiteral("80")); // the one exposed port, as Traefik picks it
    EXPECT_EQ(routes.at(1).router, QStringLiteral("db"));
    EXPECT_EQ(routes.at(1).hosts, names({"db.example"}));
    EXPECT_FALSE(routes.at(1).tls);

    service.labels.first().second = QStringLiteral("false");
    EXPECT_TRUE(TraefikLabelReader::routes(service).isEmpty());
}

TEST(ProxyLabelTest, RoutesWithoutTheProxyInTheProjectComeFromOutside)
{
    ComposeProject project;
    project.name = QStringLiteral("apps");
    ComposeService service;
    service.name = QStringLiteral("web");
    service.image = QStringLiteral("nginx");
    service.labels = {{QStringLiteral("traefik.http.routers.web.rule"), QStringLiteral("Host(`web.example`)")}};
    project.services.append(service);
    const TopologyReport report = TopologyBuilder::build(project);
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::ProxyRoute), names({"proxy:traefik -> web"}));
    ASSERT_NE(report.graph.node(QStringLiteral("proxy:traefik")), nullptr);
    EXPECT_EQ(report.graph.node(QStringLiteral("proxy:traefik"))->kind, NodeKind::ExternalProxy);
}
