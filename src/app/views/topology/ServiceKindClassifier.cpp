#include "ServiceKindClassifier.h"

#include "core/analysis/safety/ImageName.h"
#include "core/model/ComposeService.h"

#include <QStringList>

#include <utility>

namespace Leitstand {

namespace {

struct KindPrefixes
{
    ServiceKind kind;
    QStringList prefixes;
};

// Checked in order: exporters and dashboards carry a database's name in theirs ("postgres-exporter",
// "redis-commander"), so monitoring comes first.
const QList<KindPrefixes> &imageRules()
{
    static const QList<KindPrefixes> rules{
        {ServiceKind::Monitoring, {QStringLiteral("prometheus"),   QStringLiteral("grafana"),
                                   QStringLiteral("loki"),         QStringLiteral("promtail"),
                                   QStringLiteral("alertmanager"), QStringLiteral("node-exporter"),
                                   QStringLiteral("cadvisor"),     QStringLiteral("uptime-kuma"),
                                   QStringLiteral("netdata"),      QStringLiteral("tempo"),
                                   QStringLiteral("jaeger"),       QStringLiteral("opentelemetry-collector"),
                                   QStringLiteral("otel"),         QStringLiteral("glances"),
                                   QStringLiteral("dozzle"),       QStringLiteral("victoria-metrics"),
                                   QStringLiteral("telegraf"),     QStringLiteral("blackbox-exporter"),
                                   QStringLiteral("healthchecks"), QStringLiteral("gatus")}},
        {ServiceKind::Proxy,
         {QStringLiteral("traefik"),
          QStringLiteral("caddy"),
          QStringLiteral("nginx"),
          QStringLiteral("haproxy"),
          QStringLiteral("envoy"),
          QStringLiteral("cloudflared"),
          QStringLiteral("openresty"),
          QStringLiteral("oauth2-proxy"),
          QStringLiteral("swag"),
          QStringLiteral("tailscale")}},
        {ServiceKind::Queue,
         {QStringLiteral("rabbitmq"),
          QStringLiteral("nats"),
          QStringLiteral("kafka"),
          QStringLiteral("cp-kafka"),
          QStringLiteral("redpanda"),
          QStringLiteral("mosquitto"),
          QStringLiteral("eclipse-mosquitto"),
          QStringLiteral("emqx"),
          QStringLiteral("activemq"),
          QStringLiteral("zookeeper"),
          QStringLiteral("pulsar")}},
        {ServiceKind::Cache,
         {QStringLiteral("redis"),
          QStringLiteral("valkey"),
          QStringLiteral("keydb"),
          QStringLiteral("memcached"),
          QStringLiteral("dragonfly"),
          QStringLiteral("varnish")}},
        {ServiceKind::Database,
         {QStringLiteral("postgres"),
          QStringLiteral("postgis"),
          QStringLiteral("pgvector"),
          QStringLiteral("timescaledb"),
          QStringLiteral("mysql"),
          QStringLiteral("mariadb"),
          QStringLiteral("mongo"),
          QStringLiteral("qdrant"),
          QStringLiteral("clickhouse"),
          QStringLiteral("influxdb"),
          QStringLiteral("elasticsearch"),
          QStringLiteral("opensearch"),
          QStringLiteral("couchdb"),
          QStringLiteral("neo4j"),
          QStringLiteral("cassandra"),
          QStringLiteral("minio"),
          QStringLiteral("weaviate"),
          QStringLiteral("chroma"),
          QStringLiteral("milvus"),
          QStringLiteral("etcd"),
          QStringLiteral("meilisearch"),
          QStringLiteral("typesense"),
          QStringLiteral("supabase-postgres"),
          QStringLiteral("synapse-db")}},
    };
    return rules;
}

bool isExporter(const QString &name)
{
    return name.contains(QLatin1String("exporter"));
}

bool looksLikeWorker(const ComposeService &service)
{
    static const QStringList markers{QStringLiteral("worker"),
                                     QStringLiteral("cron"),
                                     QStringLiteral("scheduler"),
                                     QStringLiteral("celery"),
                                     QStringLiteral("sidekiq"),
                                     QStringLiteral("runner")};
    const QString name = service.name.toLower();
    const QString image = Analysis::ImageName::name(service.image);
    const QString firstArgument = service.command.isEmpty() ? QString() : service.command.constFirst().toLower();
    for (const QString &marker : markers) {
        if (name.contains(marker) || image.contains(marker) || firstArgument == marker)
            return true;
    }
    return false;
}

} // namespace

ServiceKind ServiceKindClassifier::classify(const ComposeService &service)
{
    const ServiceKind byImage = classifyImage(service.image);
    if (byImage != ServiceKind::App)
        return byImage;
    // n8n in queue mode runs the same image as "worker"; the name or command tells them apart.
    return looksLikeWorker(service) ? ServiceKind::Worker : ServiceKind::App;
}

ServiceKind ServiceKindClassifier::classifyImage(const QString &image)
{
    const QString name = Analysis::ImageName::name(image);
    if (name.isEmpty())
        return ServiceKind::App;
    if (isExporter(name))
        return ServiceKind::Monitoring;
    for (const KindPrefixes &rule : imageRules()) {
        for (const QString &prefix : rule.prefixes) {
            if (name.startsWith(prefix))
                return rule.kind;
        }
    }
    return ServiceKind::App;
}

QList<ServiceKind> ServiceKindClassifier::allKinds()
{
    return {ServiceKind::Proxy,
            ServiceKind::App,
            ServiceKind::Worker,
            ServiceKind::Queue,
            ServiceKind::Cache,
            ServiceKind::Database,
            ServiceKind::Monitoring,
            ServiceKind::External};
}

QString ServiceKindClassifier::displayName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Database:
        return tr("Database");
    case ServiceKind::Cache:
        return tr("Cache");
    case ServiceKind::Queue:
        return tr("Queue");
    case ServiceKind::Proxy:
        return tr("Proxy");
    case ServiceKind::App:
        return tr("App");
    case ServiceKind::Worker:
        return tr("Worker");
    case ServiceKind::Monitoring:
        return tr("Monitoring");
    case ServiceKind::External:
        return tr("Outside world");
    }
    return {};
}

QIcon ServiceKindClassifier::icon(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Database:
        return QIcon(QStringLiteral(":/icons/topology-database.svg"));
    case ServiceKind::Cache:
        return QIcon(QStringLiteral(":/icons/topology-cache.svg"));
    case ServiceKind::Queue:
        return QIcon(QStringLiteral(":/icons/topology-queue.svg"));
    case ServiceKind::Proxy:
        return QIcon(QStringLiteral(":/icons/topology-proxy.svg"));
    case ServiceKind::Worker:
        return QIcon(QStringLiteral(":/icons/topology-worker.svg"));
    case ServiceKind::Monitoring:
        return QIcon(QStringLiteral(":/icons/topology-monitoring.svg"));
    case ServiceKind::External:
        return QIcon(QStringLiteral(":/icons/topology-external.svg"));
    case ServiceKind::App:
        break;
    }
    return QIcon(QStringLiteral(":/icons/topology-app.svg"));
}

} // namespace Leitstand
