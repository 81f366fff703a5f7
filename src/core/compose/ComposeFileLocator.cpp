#include "ComposeFileLocator.h"

#include <QDir>
#include <QFileInfo>

namespace Leitstand {

namespace {

struct Candidate
{
    const char *file;
    const char *overrideYaml;
    const char *overrideYml;
};

const Candidate kCandidates[] = {
    {"compose.yaml", "compose.override.yaml", "compose.override.yml"},
    {"compose.yml", "compose.override.yml", "compose.override.yaml"},
    {"docker-compose.yaml", "docker-compose.override.yaml", "docker-compose.override.yml"},
    {"docker-compose.yml", "docker-compose.override.yml", "docker-compose.override.yaml"},
};

} // namespace

Expected<QStringList> ComposeFileLocator::discover(const QString &directory)
{
    QDir dir(directory);
    if (!dir.exists()) {
        return Error(ComposeFileLocator::tr("folder not found"), SourceLocation{directory});
    }
    for (;;) {
        for (const Candidate &candidate : kCandidates) {
            const QString path = dir.filePath(QLatin1String(candidate.file));
            if (!QFileInfo(path).isFile())
                continue;
            QStringList files{path};
            for (const char *overrideName : {candidate.overrideYaml, candidate.overrideYml}) {
                const QString overridePath = dir.filePath(QLatin1String(overrideName));
                if (QFileInfo(overridePath).isFile()) {
                    files.append(overridePath);
                    break;
                }
            }
            return files;
        }
        // Resource paths (":/demo/...") have no meaningful parents to climb to.
        if (directory.startsWith(QLatin1Char(':')) || !dir.cdUp())
            break;
    }
    return Error(ComposeFileLocator::tr("no compose.yaml, compose.yml, docker-compose.yaml "
                                        "or docker-compose.yml here or in a parent folder"),
                 SourceLocation{directory});
}

} // namespace Leitstand
