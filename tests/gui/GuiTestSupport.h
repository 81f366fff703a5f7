#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

// Files the GUI tests write: a workspace with one healthy and one broken stack, so both paths
// of the main window are exercised with what the real loader makes of real files.
namespace GuiTestSupport {

// Writes content to dir/relativePath (creating folders) and returns the absolute path.
QString writeFile(const QTemporaryDir &dir, const QString &relativePath, const QString &content);

// A workspace.json with host "lab" and the given stack folders (relative to the workspace file).
QString writeWorkspace(const QTemporaryDir &dir, const QStringList &stackFolders);

// A compose file whose service "web" (line 4) has neither an image nor a build context.
QString writeBrokenProject(const QTemporaryDir &dir, const QString &folder);

// A compose file with three services: postgres, redis and n8n (depending on both).
QString writeHealthyProject(const QTemporaryDir &dir, const QString &folder);

} // namespace GuiTestSupport
