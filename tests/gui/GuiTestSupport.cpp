#include "GuiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace GuiTestSupport {

QString writeFile(const QTemporaryDir &dir, const QString &relativePath, const QString &content)
{
    const QString path = dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content.toUtf8());
    return path;
}

QString writeWorkspace(const QTemporaryDir &dir, const QStringList &stackFolders)
{
    QJsonArray stacks;
    for (const QString &folder : stackFolders)
        stacks.append(QJsonObject{{QStringLiteral("name"), folder}, {QStringLiteral("directory"), folder}});
    const QJsonObject host{{QStringLiteral("name"), QStringLiteral("lab")},
                           {QStringLiteral("target"), QStringLiteral("ssh://ops@lab.example:22")},
                           {QStringLiteral("stacks"), stacks}};
    const QJsonObject workspace{{QStringLiteral("name"), QStringLiteral("Test workspace")},
                                {QStringLiteral("hosts"), QJsonArray{host}}};
    return writeFile(dir,
                     QStringLiteral("workspace.json"),
                     QString::fromUtf8(QJsonDocument(workspace).toJson(QJsonDocument::Indented)));
}

QString writeBrokenProject(const QTemporaryDir &dir, const QString &folder)
{
    return writeFile(dir,
                     folder + QStringLiteral("/compose.yaml"),
                     QStringLiteral("services:\n"
                                    "  db:\n"
                                    "    image: postgres:16\n"
                                    "  web:\n"
                                    "    ports:\n"
                                    "      - \"8080:80\"\n"));
}

QString writeHealthyProject(const QTemporaryDir &dir, const QString &folder)
{
    return writeFile(dir,
                     folder + QStringLiteral("/compose.yaml"),
                     QStringLiteral("services:\n"
                                    "  postgres:\n"
                                    "    image: postgres:16-alpine\n"
                                    "    healthcheck:\n"
                                    "      test: [\"CMD-SHELL\", \"pg_isready -U n8n\"]\n"
                                    "      interval: 10s\n"
                                    "  redis:\n"
                                    "    image: redis:7-alpine\n"
                                    "  n8n:\n"
                                    "    image: n8nio/n8n:1.64.0\n"
                                    "    ports:\n"
                                    "      - \"127.0.0.1:5678:5678\"\n"
                                    "    depends_on:\n"
                                    "      postgres:\n"
                                    "        condition: service_healthy\n"
                                    "      redis:\n"
                                    "        condition: service_started\n"));
}

} // namespace GuiTestSupport
