#include "AdminUiCatalog.h"

#include "ImageName.h"

namespace Leitstand::Analysis {

namespace {

struct Known
{
    const char *imageName;
    const char *product;
    QList<int> adminPorts;
};

// Matched on the image name only, so mirrors and forks ("ghcr.io/x/grafana") count too.
// Traefik, RabbitMQ, MinIO and Nginx Proxy Manager also serve other traffic; only their
// admin ports matter there.
const QList<Known> &knownAdminUis()
{
    static const QList<Known> known = {
        {"grafana", "Grafana", {}},
        {"grafana-oss", "Grafana", {}},
        {"grafana-enterprise", "Grafana", {}},
        {"n8n", "n8n", {}},
        {"pgadmin4", "pgAdmin", {}},
        {"portainer", "Portainer", {}},
        {"portainer-ce", "Portainer", {}},
        {"portainer-ee", "Portainer", {}},
        {"traefik", "Traefik dashboard", {8080}},
        {"adminer", "Adminer", {}},
        {"uptime-kuma", "Uptime Kuma", {}},
        {"phpmyadmin", "phpMyAdmin", {}},
        {"mongo-express", "mongo-express", {}},
        {"redis-commander", "Redis Commander", {}},
        {"redisinsight", "RedisInsight", {}},
        {"rabbitmq", "RabbitMQ management", {15672}},
        {"minio", "MinIO Console", {9001}},
        {"nginx-proxy-manager", "Nginx Proxy Manager", {81}},
        {"dozzle", "Dozzle", {}},
        {"cadvisor", "cAdvisor", {}},
        {"prometheus", "Prometheus", {}},
        {"kibana", "Kibana", {}},
        {"netdata", "Netdata", {}},
    };
    return known;
}

} // namespace

std::optional<AdminUiCatalog::Entry> AdminUiCatalog::find(const QString &image)
{
    const QString name = ImageName::name(image);
    for (const Known &known : knownAdminUis()) {
        if (name == QLatin1String(known.imageName))
            return Entry{QString::fromLatin1(known.product), known.adminPorts};
    }
    return std::nullopt;
}

} // namespace Leitstand::Analysis
