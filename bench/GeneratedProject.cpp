#include "GeneratedProject.h"

#include <QDir>
#include <QFile>

namespace {

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
}

} // namespace

QStringList GeneratedProject::write(const QString &directory, int serviceCount)
{
    const QDir dir(directory);
    QString base
        = QStringLiteral("x-common: &common\n"
                         "  restart: unless-stopped\n"
                         "  logging:\n    driver: json-file\n    options: {max-size: 10m, max-file: \"3\"}\n"
                         "  environment: &common-env\n    TZ: Europe/Berlin\n    LOG_LEVEL: ${LOG_LEVEL:-info}\n"
                         "x-health: &health\n  interval: 30s\n  timeout: 5s\n  retries: 3\n"
                         "services:\n");
    QString ports = QStringLiteral("services:\n");
    QString production = QStringLiteral("services:\n");
    for (int i = 0; i < serviceCount; ++i) {
        const QString name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        base += QStringLiteral("  %1:\n"
                               "    <<: *common\n"
                               "    image: registry.local/%1:${TAG:-latest}\n"
                               "    networks: [backend%2]\n"
                               "    volumes:\n      - data-%3:/var/lib/data\n      - ./config/%1:/etc/app:ro\n"
                               "    healthcheck:\n      <<: *health\n      test: [\"CMD\", \"curl\", \"-f\", "
                               "\"http://localhost:8080/health\"]\n"
                               "    environment:\n      <<: *common-env\n      SERVICE_NAME: %1\n      DB_URL: "
                               "postgres://app:${DB_PASSWORD:-secret}@db:5432/%3\n"
                               "    labels:\n      - traefik.enable=true\n      - "
                               "traefik.http.routers.%1.rule=Host(`%1.example.test`)\n")
                    .arg(name)
                    .arg(i % 5)
                    .arg(i);
        if (i > 0)
            base += QStringLiteral("    depends_on:\n      svc-%1:\n        condition: service_started\n")
                        .arg(i - 1, 3, 10, QLatin1Char('0'));
        ports += QStringLiteral("  %1:\n    ports:\n      - \"127.0.0.1:${BASE_PORT:-20000}%2:8080\"\n")
                     .arg(name)
                     .arg(i, 3, 10, QLatin1Char('0'));
        production += QStringLiteral("  %1:\n    deploy:\n      replicas: 2\n      resources:\n        limits: {cpus: "
                                     "\"0.5\", memory: 256M}\n    environment:\n      LOG_LEVEL: warn\n")
                          .arg(name);
    }
    base += QStringLiteral("networks:\n");
    for (int n = 0; n < 5; ++n)
        base += QStringLiteral("  backend%1:\n").arg(n);
    base += QStringLiteral("volumes:\n");
    for (int i = 0; i < serviceCount; ++i)
        base += QStringLiteral("  data-%1:\n").arg(i);

    const QStringList files{dir.filePath(QStringLiteral("compose.yaml")),
                            dir.filePath(QStringLiteral("compose.ports.yaml")),
                            dir.filePath(QStringLiteral("compose.production.yaml"))};
    writeFile(files.at(0), base);
    writeFile(files.at(1), ports);
    writeFile(files.at(2), production);
    writeFile(dir.filePath(QStringLiteral(".env")), QStringLiteral("TAG=2.4.1\nBASE_PORT=2\n"));
    return files;
}
