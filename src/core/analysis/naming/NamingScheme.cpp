#include "NamingScheme.h"

namespace Leitstand::Analysis {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromLatin1(item));
    return result;
}

} // namespace

const NamingCategory *NamingScheme::categoryOf(const ComposeService &service) const
{
    const auto subject = ServicePatterns::Subject::of(service);
    for (const NamingCategory &category : categories) {
        if (category.patterns.matches(subject))
            return &category;
    }
    return nullptr;
}

NamingScheme NamingScheme::defaultScheme()
{
    // Narrow categories first: "postgres-exporter" is monitoring before "postgres*" is infra,
    // and everything no other category claims is an app.
    NamingScheme scheme;
    scheme.categories = {
        {QStringLiteral("matrix"),
         {list({"synapse", "dendrite", "conduit", "element", "element-web", "matrix-*", "*-matrix-*", "mautrix-*"}),
          list({"matrixdotorg/*", "*/element-web", "mautrix/*"})}},
        {QStringLiteral("mon"),
         {list({"grafana",
                "victoriametrics",
                "vmagent",
                "prometheus",
                "alertmanager",
                "pushgateway",
                "loki",
                "promtail",
                "alloy",
                "tempo",
                "cadvisor",
                "*-exporter",
                "umami",
                "uptime-kuma"}),
          list({"grafana/*",
                "prom/*",
                "victoriametrics/*",
                "*exporter*",
                "*/cadvisor",
                "*/umami",
                "louislam/uptime-kuma"})}},
        {QStringLiteral("tools"),
         {list({"n8n", "n8n-*", "telegram-*", "watchtower", "node-red", "portainer", "activepieces"}),
          list({"n8nio/*", "containrrr/watchtower", "nodered/*", "portainer/*"})}},
        {QStringLiteral("core"),
         {list({"*-auth", "auth", "*-gateway", "gateway", "*-search", "search", "searxng"}), list({"searxng/*"})}},
        {QStringLiteral("infra"),
         {list({"postgres*",
                "postgresql*",
                "redis*",
                "valkey*",
                "minio*",
                "qdrant*",
                "mariadb*",
                "mysql*",
                "mongo*",
                "rabbitmq*",
                "kafka*",
                "nats*",
                "elasticsearch*",
                "traefik",
                "caddy",
                "nginx",
                "haproxy"}),
          list({"postgres",
                "pgvector/*",
                "redis",
                "valkey/*",
                "minio/*",
                "*/minio",
                "qdrant/*",
                "mariadb",
                "mysql",
                "mongo",
                "rabbitmq",
                "traefik",
                "caddy",
                "nginx"})}},
        {QStringLiteral("app"), {list({"*"}), {}}},
    };
    return scheme;
}

} // namespace Leitstand::Analysis
