#include "WorkloadClassifier.h"

#include "core/analysis/safety/ImageName.h"

#include <QStringList>

namespace Leitstand::Analysis {

bool WorkloadClassifier::isStatefulImage(const QString &image)
{
    static const QStringList stateful = {
        QStringLiteral("postgres"),      QStringLiteral("postgis"),
        QStringLiteral("pgvector"),      QStringLiteral("timescaledb"),
        QStringLiteral("mysql"),         QStringLiteral("mariadb"),
        QStringLiteral("percona"),       QStringLiteral("mongo"),
        QStringLiteral("mongodb"),       QStringLiteral("redis"),
        QStringLiteral("redis-stack"),   QStringLiteral("valkey"),
        QStringLiteral("keydb"),         QStringLiteral("dragonfly"),
        QStringLiteral("clickhouse"),    QStringLiteral("clickhouse-server"),
        QStringLiteral("kafka"),         QStringLiteral("cp-kafka"),
        QStringLiteral("zookeeper"),     QStringLiteral("cp-zookeeper"),
        QStringLiteral("elasticsearch"), QStringLiteral("opensearch"),
        QStringLiteral("rabbitmq"),      QStringLiteral("minio"),
        QStringLiteral("qdrant"),        QStringLiteral("weaviate"),
        QStringLiteral("milvus"),        QStringLiteral("etcd"),
        QStringLiteral("cassandra"),     QStringLiteral("couchdb"),
        QStringLiteral("influxdb"),      QStringLiteral("neo4j"),
        QStringLiteral("nats"),          QStringLiteral("memgraph"),
        QStringLiteral("cockroach"),     QStringLiteral("mssql-server"),
    };
    return stateful.contains(ImageName::name(image));
}

bool WorkloadClassifier::hasNamedVolume(const ComposeService &service)
{
    for (const ServiceMount &mount : service.volumes) {
        if (mount.type == QLatin1String("volume") && !mount.source.isEmpty())
            return true;
    }
    return false;
}

bool WorkloadClassifier::isAwaitedCompletion(const ComposeService &service, const ComposeProject &project)
{
    for (const ComposeService &other : project.services) {
        for (const ServiceDependency &dependency : other.dependsOn) {
            if (dependency.service == service.name
                && dependency.condition == QLatin1String("service_completed_successfully"))
                return true;
        }
    }
    return false;
}

QString WorkloadClassifier::kind(const ComposeService &service, const ComposeProject &project)
{
    if (isAwaitedCompletion(service, project))
        return QStringLiteral("Job");
    if (isStatefulImage(service.image) || hasNamedVolume(service))
        return QStringLiteral("StatefulSet");
    return QStringLiteral("Deployment");
}

} // namespace Leitstand::Analysis
