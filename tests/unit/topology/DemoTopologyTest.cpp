// The topology of the demo workspace, with expected values read off the compose files.
#include "TopologyTestSupport.h"

#include <QJsonArray>

#include <algorithm>

using namespace TopologyTest;

TEST(DemoTopologyTest, GroundZero)
{
    const auto loaded = load(demoDir("ground-zero"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const TopologyReport report = TopologyBuilder::build(loaded->project);

    EXPECT_EQ(report.order.tiers,
              nameLists({{"e2b-sandbox", "postgres", "redis"}, {"agent-zero", "n8n"}, {"reverse-proxy"}}));
    EXPECT_TRUE(report.order.cycles.isEmpty());
    // worker (profile "workers") is disabled and nobody depends on it: not in the graph.
    EXPECT_EQ(report.graph.node(QStringLiteral("service:worker")), nullptr);
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::DependsOn),
              names({"agent-zero -> e2b-sandbox",
                     "agent-zero -> postgres",
                     "n8n -> postgres",
                     "n8n -> redis",
                     "reverse-proxy -> n8n"}));
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Uses),
              names({"agent-zero -> e2b-sandbox",
                     "agent-zero -> postgres",
                     "agent-zero -> redis",
                     "e2b-sandbox -> postgres",
                     "n8n -> postgres"}));
    for (const TopologyEdge &edge : report.graph.edges(EdgeKind::Uses))
        EXPECT_TRUE(edge.inferred);
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Publish),
              names({"outside:internet -> reverse-proxy", "outside:loopback -> n8n"}));
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::VolumeMount),
              names({"agent-zero -> volume:agent_zero_data",
                     "e2b-sandbox -> volume:e2b_data",
                     "n8n -> volume:n8n_data",
                     "postgres -> volume:postgres_data",
                     "reverse-proxy -> volume:caddy_config",
                     "reverse-proxy -> volume:caddy_data"}));
    EXPECT_EQ(idsOfKind(report.graph, NodeKind::Network), names({"network:n8n-network"}));
    EXPECT_EQ(report.graph.edges(EdgeKind::NetworkMember).size(), 6);
    // The Caddyfile is not read, and plain caddy has no labels: no routes.
    EXPECT_TRUE(report.routes.isEmpty());
    EXPECT_EQ(findingList(report.findings), names({"agent-zero: missing-healthy-condition"}));
}

TEST(DemoTopologyTest, DominoTraefikRoutesAndQueueWorkers)
{
    const auto loaded = load(demoDir("domino"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const TopologyReport report = TopologyBuilder::build(loaded->project);

    EXPECT_EQ(
        report.order.tiers,
        nameLists({{"postgres", "prometheus", "redis", "traefik"}, {"grafana", "n8n", "n8n-worker"}, {"fastapi"}}));
    // n8n uses the list form of labels, fastapi the map form.
    ASSERT_EQ(report.routes.size(), 4);
    ProxyRoute n8n;
    n8n.provider = QStringLiteral("traefik");
    n8n.router = QStringLiteral("n8n");
    n8n.service = QStringLiteral("n8n");
    n8n.rule = QStringLiteral("Host(`n8n.unit-y-ai.example`)");
    n8n.hosts = QStringList{QStringLiteral("n8n.unit-y-ai.example")};
    n8n.entrypoints = QStringList{QStringLiteral("websecure")};
    n8n.tls = true;
    n8n.certResolver = QStringLiteral("le");
    n8n.middlewares = QStringList{QStringLiteral("ops-auth")};
    n8n.backend = QStringLiteral("n8n");
    n8n.port = QStringLiteral("5678");
    EXPECT_EQ(report.routes.at(2), n8n);
    const ProxyRoute &api = report.routes.at(0);
    EXPECT_EQ(api.service, QStringLiteral("fastapi"));
    EXPECT_EQ(api.router, QStringLiteral("api"));
    EXPECT_EQ(api.hosts, names({"api.unit-y-ai.example"}));
    EXPECT_EQ(api.port, QStringLiteral("8000"));
    EXPECT_EQ(api.certResolver, QStringLiteral("le"));
    EXPECT_EQ(report.routes.at(1).service, QStringLiteral("grafana"));
    EXPECT_EQ(report.routes.at(1).port, QStringLiteral("3000"));
    const ProxyRoute &dashboard = report.routes.at(3);
    EXPECT_EQ(dashboard.service, QStringLiteral("traefik"));
    EXPECT_EQ(dashboard.backend, QStringLiteral("api@internal"));
    EXPECT_EQ(dashboard.hosts, names({"traefik.unit-y-ai.example"}));
    EXPECT_TRUE(dashboard.port.isEmpty());
    // Drawn from the proxy to the service with the domain.
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::ProxyRoute),
              names({"traefik -> fastapi", "traefik -> grafana", "traefik -> n8n", "traefik -> traefik"}));

    // The workers read the queue and the database from env_file and environment.
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Uses),
              names({"fastapi -> n8n",
                     "fastapi -> redis",
                     "n8n -> postgres",
                     "n8n -> redis",
                     "n8n-worker -> postgres",
                     "n8n-worker -> redis"}));
    EXPECT_EQ(report.graph.node(QStringLiteral("service:n8n-worker"))->attributes.value(QStringLiteral("replicas")), 3);
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Publish), names({"outside:internet -> traefik"}));

    EXPECT_EQ(findingList(report.findings),
              names({"fastapi: missing-healthy-condition",
                     "fastapi: missing-healthy-condition",
                     "fastapi: redundant-dependency",
                     "grafana: missing-healthy-condition",
                     "n8n: missing-healthy-condition",
                     "n8n: missing-healthy-condition",
                     "n8n-worker: missing-healthy-condition",
                     "n8n-worker: missing-healthy-condition"}));
    EXPECT_EQ(report.findings.at(2).message,
              QStringLiteral("depends_on \"redis\" is already implied through \"n8n\" (fastapi → n8n → redis)"));
}

TEST(DemoTopologyTest, SeseInfraFiveZones)
{
    const auto loaded = load(demoDir("sese-infra"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const TopologyReport report = TopologyBuilder::build(loaded->project);

    EXPECT_EQ(report.order.tiers, nameLists({{"caddy", "postgresql", "qdrant", "redis"}}));
    EXPECT_EQ(
        idsOfKind(report.graph, NodeKind::Network),
        names({"network:backend", "network:egress", "network:frontend", "network:monitoring", "network:sandbox"}));
    QStringList internal;
    for (const QString &id : idsOfKind(report.graph, NodeKind::Network)) {
        if (report.graph.node(id)->attributes.value(QStringLiteral("internal")).toBool())
            internal.append(id);
    }
    EXPECT_EQ(internal, names({"network:backend", "network:sandbox"}));
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::NetworkMember),
              names({"caddy -> network:backend",
                     "caddy -> network:egress",
                     "caddy -> network:frontend",
                     "caddy -> network:monitoring",
                     "caddy -> network:sandbox",
                     "postgresql -> network:backend",
                     "qdrant -> network:backend",
                     "redis -> network:backend"}));
    for (const TopologyEdge &edge : report.graph.edges(EdgeKind::NetworkMember)) {
        if (edge.from == QLatin1String("service:postgresql")) {
            EXPECT_EQ(edge.attributes.value(QStringLiteral("ipv4_address")).toString(), QStringLiteral("172.20.2.10"));
        }
    }
    const QList<TopologyEdge> published = report.graph.edges(EdgeKind::Publish);
    ASSERT_EQ(published.size(), 1);
    EXPECT_EQ(published.first().from, QStringLiteral("outside:internet"));
    EXPECT_EQ(published.first().attributes.value(QStringLiteral("ports")).toArray().size(), 3); // 80, 443, 443/udp
    EXPECT_TRUE(report.graph.edges(EdgeKind::Uses).isEmpty());
    EXPECT_TRUE(report.findings.isEmpty());
}

TEST(DemoTopologyTest, SeseAppsTailnetAdminUis)
{
    const auto loaded = load(demoDir("sese-apps"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    const TopologyReport report = TopologyBuilder::build(loaded->project);

    EXPECT_EQ(report.order.tiers,
              nameLists({{"litellm", "loki", "n8n", "nocodb", "palais", "sure", "victoriametrics"},
                         {"alloy", "grafana", "openclaw"}}));
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Publish),
              names({"outside:loopback -> alloy",
                     "outside:loopback -> litellm",
                     "outside:loopback -> nocodb",
                     "outside:loopback -> victoriametrics",
                     "outside:tailnet -> grafana",
                     "outside:tailnet -> n8n",
                     "outside:tailnet -> openclaw"}));
    EXPECT_EQ(report.graph.node(QStringLiteral("outside:internet")), nullptr);
    // postgresql, redis and qdrant live in the infra stack: only in-project names count.
    EXPECT_EQ(edgePairs(report.graph, EdgeKind::Uses), names({"openclaw -> litellm", "palais -> litellm"}));
    for (const QString &id : idsOfKind(report.graph, NodeKind::Network))
        EXPECT_TRUE(report.graph.node(id)->attributes.value(QStringLiteral("external")).toBool()) << id.toStdString();
    EXPECT_TRUE(report.findings.isEmpty());
}

TEST(DemoTopologyTest, ManacoreTiersAndExcessDependencies)
{
    const auto loaded = load(
        demoDir("manacore"), {}, {QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.macmini.yml")});
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    ASSERT_EQ(loaded->project.services.size(), 52);
    const TopologyReport report = TopologyBuilder::build(loaded->project);

    EXPECT_EQ(report.order.tiers,
              nameLists({{"cadvisor",
                          "llm-playground",
                          "manacore-web",
                          "minio",
                          "node-exporter",
                          "postgres",
                          "pushgateway",
                          "redis",
                          "searxng",
                          "victoriametrics",
                          "watchtower"},
                         {"grafana",
                          "mana-core-auth",
                          "mana-search",
                          "n8n",
                          "postgres-exporter",
                          "redis-exporter",
                          "synapse",
                          "umami"},
                         {"api-gateway",
                          "calendar-backend",
                          "chat-backend",
                          "clock-backend",
                          "contacts-backend",
                          "element",
                          "manacore-matrix-web",
                          "matrix-calendar-bot",
                          "matrix-clock-bot",
                          "matrix-mana-bot",
                          "matrix-nutriphi-bot",
                          "matrix-ollama-bot",
                          "matrix-project-doc-bot",
                          "matrix-stats-bot",
                          "matrix-todo-bot",
                          "matrix-tts-bot",
                          "matrix-web",
                          "matrix-zitare-bot",
                          "nutriphi-backend",
                          "presi-backend",
                          "skilltree-backend",
                          "storage-backend",
                          "telegram-stats-bot",
                          "todo-backend"},
                         {"calendar-web",
                          "chat-web",
                          "clock-web",
                          "contacts-web",
                          "nutriphi-web",
                          "presi-web",
                          "skilltree-web",
                          "storage-web",
                          "todo-web"}}));
    // Seed 004: api-gateway waits for more than it needs, and so does every backend that names
    // postgres next to mana-core-auth (which already waits for a healthy postgres).
    EXPECT_EQ(findingList(report.findings, QStringLiteral("redundant-dependency")),
              names({"api-gateway: redundant-dependency",
                     "api-gateway: redundant-dependency",
                     "calendar-backend: redundant-dependency",
                     "chat-backend: redundant-dependency",
                     "clock-backend: redundant-dependency",
                     "contacts-backend: redundant-dependency",
                     "nutriphi-backend: redundant-dependency",
                     "presi-backend: redundant-dependency",
                     "skilltree-backend: redundant-dependency",
                     "storage-backend: redundant-dependency",
                     "todo-backend: redundant-dependency"}));
    const auto firstRedundant = std::find_if(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.code == QLatin1String("redundant-dependency");
    });
    ASSERT_NE(firstRedundant, report.findings.cend());
    EXPECT_EQ(firstRedundant->message,
              QStringLiteral("depends_on \"postgres\" is already implied through \"mana-core-auth\" "
                             "(api-gateway → mana-core-auth → postgres)"));
    EXPECT_EQ(findingList(report.findings, QStringLiteral("missing-healthy-condition")).size(), 17);
    EXPECT_EQ(report.findings.size(), 28);
    // matrix-stats-bot reads umami and victoriametrics without depending on them.
    QStringList statsBotUses;
    for (const QString &pair : edgePairs(report.graph, EdgeKind::Uses)) {
        if (pair.startsWith(QLatin1String("matrix-stats-bot ->")))
            statsBotUses.append(pair);
    }
    EXPECT_EQ(
        statsBotUses,
        names({"matrix-stats-bot -> synapse", "matrix-stats-bot -> umami", "matrix-stats-bot -> victoriametrics"}));
    EXPECT_EQ(idsOfKind(report.graph, NodeKind::Network), names({"network:default"}));
    EXPECT_EQ(report.graph.node(QStringLiteral("network:default"))->attributes.value(QStringLiteral("name")).toString(),
              QStringLiteral("manacore-network"));
    EXPECT_EQ(report.graph.edges(EdgeKind::VolumeMount).size(), 20);
}
