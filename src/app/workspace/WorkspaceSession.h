#pragma once

#include "LoadedWorkspace.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace Leitstand {

// What the window has open and where it came from: a workspace file and the compose files and
// folders opened from disk on top of it ("Local files"). Reload reads the same sources again.
class WorkspaceSession final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSession)

public:
    // Replaces everything: a workspace is a fresh start, local files opened before are closed.
    // On failure the session keeps what it had.
    Expected<LoadedWorkspace> openWorkspaceFile(const QString &path);
    // Adds compose files or project folders under "Local files"; paths already open are skipped.
    // Returns the stack names that were added, in order.
    QStringList addLocalPaths(const QStringList &paths);
    void reload();

    const LoadedWorkspace &workspace() const { return m_workspace; }
    const QString &workspaceFilePath() const { return m_workspaceFilePath; }
    const QStringList &localPaths() const { return m_localPaths; }

private:
    void rebuild(LoadedWorkspace fromFile);

    QString m_workspaceFilePath;
    QStringList m_localPaths; // absolute
    LoadedWorkspace m_workspace;
};

} // namespace Leitstand
