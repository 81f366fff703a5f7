#pragma once

#include "LoadedWorkspace.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Leitstand {

// Turns a workspace definition (or files opened directly) into loaded stacks by running the
// core compose loader once per stack. A stack that fails keeps its error; the others still load.
class WorkspaceLoader final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLoader)

public:
    static Expected<LoadedWorkspace> loadFile(const QString &workspaceFilePath);
    static LoadedWorkspace load(const Workspace &workspace);

    // Each path (a compose file or a project folder) becomes one stack on this computer. These
    // are local projects, so the shell environment takes part in interpolation as with the CLI.
    static LoadedWorkspace loadComposePaths(const QStringList &paths);
    // The same stacks as the "Local files" host that a workspace shows next to its own hosts.
    static LoadedHost loadLocalFiles(const QStringList &paths);
    static QString localFilesHostName();

    static LoadedStack loadStack(const WorkspaceStack &stack, const QHash<QString, QString> &environment);
};

} // namespace Leitstand
