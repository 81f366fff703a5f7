#include "AppIcons.h"

#include "core/model/ComposeService.h"

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
    return QIcon(QStringLiteral(":/icons/leitstand.svg"));
}

QIcon AppIcons::workspace()
{
    return QIcon(QStringLiteral(":/icons/workspace.svg"));
}

QIcon AppIcons::host()
{
    return QIcon(QStringLiteral(":/icons/host.svg"));
}

QIcon AppIcons::stack()
{
    return QIcon(QStringLiteral(":/icons/stack.svg"));
}

QIcon AppIcons::service()
{
    return QIcon(QStringLiteral(":/icons/service.svg"));
}

QIcon AppIcons::database()
{
    return QIcon(QStringLiteral(":/icons/database.svg"));
}

QIcon AppIcons::error()
{
    return QIcon(QStringLiteral(":/icons/error.svg"));
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
