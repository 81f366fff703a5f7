#include "PortScheme.h"

namespace Leitstand::Analysis {

// Kept as YAML rather than C++ so `leitstand-cli ports --print-scheme` hands the operator the
// exact file to edit. Order matters: the first matching category wins, so the narrow
// categories (Matrix, exporters) come before the broad suffix patterns (*-web, *-backend).
QByteArray PortScheme::defaultSchemeYaml()
{
    return QByteArrayLiteral(
        R"(# Leitstand port scheme (seed 004's proposal). Edit a copy and pass it with --scheme FILE.
#
# categories: tried in order; the first whose `services` or `images` pattern matches a service
#   wins. Patterns are globs (* any run of characters, ? one character, case-insensitive);
#   `services` match the compose service name, `images` the image without tag, digest,
#   "docker.io/" and "library/" (e.g. grafana/grafana, ghcr.io/org/app, postgres).
# ports: the host port range of the category (FIRST-LAST). A category without ports is known
#   but not checked: databases and caches keep the standard port of their protocol.
# reserved: host ports taken outside compose (native services); never suggested.
reserved: []
categories:
  - id: matrix
    label: Chat and Matrix
    ports: 4000-4099
    services: [synapse, dendrite, conduit, element, element-web, "matrix-*", "*-matrix-*", "mautrix-*"]
    images: ["matrixdotorg/*", "*/element-web", "*/synapse", "mautrix/*", "*/dendrite*"]
  - id: infrastructure
    label: Infrastructure and exporters
    ports: 9000-9199
    services: [minio, "minio-*", "*-exporter", "*-exporter-*", pushgateway, prometheus, alertmanager,
               victoriametrics, vmagent, vmalert, loki, promtail, tempo, alloy, cadvisor]
    images: ["minio/*", "*/minio", "prom/*", "victoriametrics/*", "*exporter*", "grafana/loki", "grafana/alloy",
             "grafana/promtail", "grafana/tempo", "*/cadvisor", "quay.io/prometheus/*"]
  - id: data
    label: Databases and caches (standard ports)
    services: ["postgres*", "postgresql*", "pg", "db", "database", "redis*", "valkey*", "mariadb*", "mysql*",
               "mongo*", "qdrant*", "elasticsearch*", "opensearch*", "memcached*", "rabbitmq*", "kafka*", "nats*",
               "clickhouse*", "zookeeper*"]
    images: ["postgres", "*/postgres", "pgvector/*", "*/postgis", "redis", "*/redis", "valkey/*", "mariadb", "mysql",
             "mongo", "qdrant/*", "*elasticsearch*", "*opensearch*", "memcached", "rabbitmq", "*/kafka",
             "nats", "clickhouse/*", "zookeeper"]
  - id: edge
    label: Reverse proxies and tunnels (standard ports 80/443)
    services: [traefik, caddy, nginx, "nginx-*", haproxy, envoy, cloudflared, "*-proxy"]
    images: [traefik, caddy, nginx, "*/nginx-proxy-manager", haproxy, "envoyproxy/*", "cloudflare/cloudflared",
             "lucaslorentz/caddy-docker-proxy"]
  - id: native
    label: Native and model runtimes
    ports: 11000-11999
    services: ["ollama*"]
    images: ["ollama/*"]
  - id: automation
    label: Automation and workflows
    ports: 6000-6099
    services: [n8n, "n8n-*", "telegram-*", "*-telegram-*", node-red, nodered, activepieces, windmill, huginn]
    images: ["n8nio/*", "nodered/*", "activepieces/*", "*/windmill", "*/huginn"]
  - id: dashboards
    label: Dashboards and admin UIs
    ports: 8000-8099
    services: [grafana, umami, portainer, uptime-kuma, homepage, homer, heimdall, dashy, metabase, pgadmin,
               adminer, dozzle, "*-dashboard", "*-admin"]
    images: ["grafana/grafana*", "*/umami", "portainer/*", "louislam/uptime-kuma", "*/homepage", "dpage/pgadmin4",
             "adminer", "amir20/dozzle", "metabase/*"]
  - id: web
    label: Web frontends
    ports: 5000-5099
    services: ["*-web", "*-frontend", "*-ui", "*-client", "*-playground", web, frontend, ui]
  - id: core
    label: Core services and backends
    ports: 3000-3099
    services: ["*-backend", "*-api", "*-auth", "*-gateway", "*-search", "*-server", "*-service", api, backend,
               auth, gateway]
)");
}

} // namespace Leitstand::Analysis
