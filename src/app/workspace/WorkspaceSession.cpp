#include "WorkspaceSession.h"

#include "WorkspaceLoader.h"

#include <QFileInfo>

namespace Leitstand {

Expected<LoadedWorkspace> WorkspaceSession::openWorkspaceFile(const QString &path)
{
    Expected<LoadedWorkspace> loaded = WorkspaceLoader::loadFile(path);
    if (!loaded)
        return loaded.error();
    m_workspaceFilePath = path;
    m_localPaths.clear();
    rebuild(*loaded);
    return m_workspace;
}

QStringList WorkspaceSession::addLocalPaths(const QStringList &paths)
{
    QStringList added;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_localPaths.contains(absolute) && !added.contains(absolute))
            added.append(absolute);
    }
    if (added.isEmpty())
        return {};
    m_localPaths.append(added);
    // Only the new paths are read; the stacks already shown keep what they loaded.
    const LoadedHost fresh = WorkspaceLoader::loadLocalFiles(added);
    if (m_workspace.hosts.isEmpty() || !m_workspace.hosts.constLast().isLocalFiles) {
        if (m_workspace.hosts.isEmpty() && m_workspaceFilePath.isEmpty())
            m_workspace.name = tr("Opened files");
        m_workspace.hosts.append(fresh);
    } else {
        m_workspace.hosts.last().stacks.append(fresh.stacks);
    }
    QStringList names;
    for (const LoadedStack &stack : fresh.stacks)
        names.append(stack.definition.name);
    return names;
}

void WorkspaceSession::reload()
{
    LoadedWorkspace fromFile;
    if (!m_workspaceFilePath.isEmpty()) {
        Expected<LoadedWorkspace> loaded = WorkspaceLoader::loadFile(m_workspaceFilePath);
        // A workspace file that vanished since keeps its last state; the local files still reload.
        fromFile = loaded ? *loaded : m_workspace;
        if (!loaded && !fromFile.hosts.isEmpty() && fromFile.hosts.constLast().isLocalFiles)
            fromFile.hosts.removeLast();
    }
    rebuild(std::move(fromFile));
}

void WorkspaceSession::rebuild(LoadedWorkspace fromFile)
{
    m_workspace = std::move(fromFile);
    if (m_workspaceFilePath.isEmpty() && !m_localPaths.isEmpty())
        m_workspace.name = tr("Opened files");
    if (!m_localPaths.isEmpty())
        m_workspace.hosts.append(WorkspaceLoader::loadLocalFiles(m_localPaths));
}

} // namespace Leitstand
