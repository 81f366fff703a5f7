#pragma once

#include "Workspace.h"

#include "../Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Leitstand {

// Reads a workspace file (JSON):
//   { "name": "...", "hosts": [ { "name": "...", "target": "...",
//       "stacks": [ { "name": "...", "directory": "...", "files": ["..."] } ] } ] }
// Stack directories are resolved against the folder of the workspace file, so a workspace can
// be moved together with its projects; files are resolved against their stack directory. A
// stack without a directory uses its name. Errors name the offending field by its JSON path
// and point at its line where the text allows.
class WorkspaceReader final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceReader)

public:
    // Also reads the built-in demo from the resource system (":/demo/workspace.json").
    static Expected<Workspace> readFile(const QString &path);
    // filePath locates relative directories and error messages; when it is empty, relative
    // directories resolve against the current directory.
    static Expected<Workspace> read(const QByteArray &json, const QString &filePath);
};

} // namespace Leitstand
