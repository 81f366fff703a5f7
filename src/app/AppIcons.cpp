#include "AppIcons.h"

#include "core/model/ComposeService.h"
#include "views/topology/ServiceKindClassifier.h"
#include "widgets/ThemedSvgIconEngine.h"

#include <QStringList>

namespace Leitstand {

namespace {

// The repository name without registry, namespace, tag or digest: "docker.io/library/postgres:16"
// becomes "postgres".
QString repositoryName(const QString &image)
{
    QString name = image.section(QLatin1Char('@'), 0, 0);
    name = name.section(QLatin1Char('/'), -1);
    return name.section(QLatin1Char(':'), 0, 0).toLower();
}

} // namespace

QIcon AppIcons::application()
{
    return themed(QStringLiteral("leitstand"));
}

QIcon AppIcons::workspace()
{
    return themed(QStringLiteral("workspace"));
}

QIcon AppIcons::host()
{
    return themed(QStringLiteral("host"));
}

QIcon AppIcons::localFiles()
{
    return themed(QStringLiteral("folder"));
}

QIcon AppIcons::stack()
{
    return themed(QStringLiteral("stack"));
}

QIcon AppIcons::brokenStack()
{
    return themed(QStringLiteral("stack-warning"));
}

QIcon AppIcons::service()
{
    return themed(QStringLiteral("service"));
}

QIcon AppIcons::database()
{
    return themed(QStringLiteral("database"));
}

QIcon AppIcons::error()
{
    return themed(QStringLiteral("error"));
}

QIcon AppIcons::search()
{
    return themed(QStringLiteral("search"));
}

QIcon AppIcons::serviceKind(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Database:
        return themed(QStringLiteral("topology-database"));
    case ServiceKind::Cache:
        return themed(QStringLiteral("topology-cache"));
    case ServiceKind::Queue:
        return themed(QStringLiteral("topology-queue"));
    case ServiceKind::Proxy:
        return themed(QStringLiteral("topology-proxy"));
    case ServiceKind::Worker:
        return themed(QStringLiteral("topology-worker"));
    case ServiceKind::Monitoring:
        return themed(QStringLiteral("topology-monitoring"));
    case ServiceKind::External:
        return themed(QStringLiteral("topology-external"));
    case ServiceKind::App:
        break;
    }
    return themed(QStringLiteral("topology-app"));
}

QIcon AppIcons::forService(const ComposeService &service)
{
    return serviceKind(ServiceKindClassifier::classify(service));
}

QIcon AppIcons::themed(const QString &name)
{
    return QIcon(new ThemedSvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

bool AppIcons::isDataStore(const ComposeService &service)
{
    static const QStringList dataStorePrefixes = {
        QStringLiteral("postgres"),    QStringLiteral("postgis"),       QStringLiteral("pgvector"),
        QStringLiteral("timescaledb"), QStringLiteral("mysql"),         QStringLiteral("mariadb"),
        QStringLiteral("mongo"),       QStringLiteral("redis"),         QStringLiteral("valkey"),
        QStringLiteral("keydb"),       QStringLiteral("qdrant"),        QStringLiteral("clickhouse"),
        QStringLiteral("influxdb"),    QStringLiteral("elasticsearch"), QStringLiteral("opensearch"),
        QStringLiteral("memcached"),   QStringLiteral("couchdb"),       QStringLiteral("neo4j"),
        QStringLiteral("minio"),       QStringLiteral("etcd"),          QStringLiteral("cassandra"),
    };
    const QString name = repositoryName(service.image);
    // Exporters and backup sidecars carry a database's name but hold no data themselves.
    if (name.contains(QLatin1String("exporter")) || name.contains(QLatin1String("backup")))
        return false;
    for (const QString &prefix : dataStorePrefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace Leitstand
