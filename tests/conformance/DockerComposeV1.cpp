#include "DockerComposeV1.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

// Returns the top-level name, removed from the file, and drops depends_on restart flags.
QString adaptForV1(const QString &composeFile)
{
    QFile file(composeFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QString name;
    static const QRegularExpression nameLine(QStringLiteral("^name:\\s*(\\S+)\\s*$"),
                                             QRegularExpression::MultilineOption);
    if (const auto match = nameLine.match(text); match.hasMatch()) {
        name = match.captured(1);
        text.remove(match.capturedStart(), match.capturedLength());
    }
    static const QRegularExpression restartTrue(QStringLiteral("^\\s+restart:\\s*true\\s*\\n"),
                                                QRegularExpression::MultilineOption);
    text.remove(restartTrue);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return name;
}

} // namespace

bool DockerComposeV1::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty();
}

DockerComposeV1::Result DockerComposeV1::config(const QString &projectDirectory)
{
    Result result;
    QTemporaryDir copy;
    const QString root = copy.path() + QLatin1Char('/') + QDir(projectDirectory).dirName();
    if (!copyTree(projectDirectory, root)) {
        result.failure = QStringLiteral("cannot copy the project");
        return result;
    }
    for (const char *name : {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
        const QString path = root + QLatin1Char('/') + QLatin1String(name);
        if (QFile::exists(path)) {
            const QString projectName = adaptForV1(path);
            if (!projectName.isEmpty())
                result.projectName = projectName;
        }
    }

    static const QRegularExpression missingBuildPath(QStringLiteral("build path (\\S+) either does not exist"));
    for (int attempt = 0; attempt < 30; ++attempt) {
        QProcess process;
        process.setWorkingDirectory(root);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        process.setProcessEnvironment(environment);
        QStringList arguments;
        if (!result.projectName.isEmpty())
            arguments << QStringLiteral("-p") << result.projectName;
        arguments << QStringLiteral("config");
        process.start(QStringLiteral("docker-compose"), arguments);
        if (!process.waitForFinished(60000)) {
            result.failure = QStringLiteral("docker-compose did not finish");
            return result;
        }
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() == 0) {
            result.config = YAML::Load(process.readAllStandardOutput().toStdString());
            result.ok = true;
            return result;
        }
        const auto match = missingBuildPath.match(errors);
        if (!match.hasMatch()) {
            result.failure = errors.trimmed();
            return result;
        }
        QDir().mkpath(match.captured(1));
    }
    result.failure = QStringLiteral("too many missing build folders");
    return result;
}
