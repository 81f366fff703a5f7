#pragma once

#include "../yaml/YamlReader.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Leitstand {

// The inputs of one load, mirroring `docker compose` command-line options.
struct ComposeLoadOptions
{
    QStringList files;                   // -f, in order; empty: discover compose.yaml & co.
    QString projectDirectory;            // --project-directory; default: the first file's folder
    QStringList envFiles;                // --env-file, in order; empty: <projectDirectory>/.env
    QStringList profiles;                // --profile; COMPOSE_PROFILES is read when empty
    QString projectName;                 // -p; default: name:, COMPOSE_PROJECT_NAME, folder name
    QHash<QString, QString> environment; // the shell environment; wins over env files
    YamlReadLimits limits;
    // Compose files whose text is given here instead of being read from disk, keyed by their
    // absolute path: the editor validates its unsaved buffer without writing it anywhere.
    QHash<QString, QByteArray> fileContents;
};

} // namespace Leitstand
