#include "WorkspaceLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace Leitstand {

namespace {

bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1Char(':')) || QDir::isAbsolutePath(path);
}

// Workspace files name stack folders relative to themselves so a workspace can be moved as a whole.
QString resolveAgainst(const QString &baseDirectory, const QString &path)
{
    if (path.isEmpty() || isAbsolute(path) || baseDirectory.isEmpty())
        return path;
    return QDir::cleanPath(QDir(baseDirectory).filePath(path));
}

QHash<QString, QString> systemEnvironment()
{
    QHash<QString, QString> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        environment.insert(key, system.value(key));
    return environment;
}

bool isDefaultComposeFileName(const QString &fileName)
{
    static const QStringList defaults{QStringLiteral("compose.yaml"),
                                      QStringLiteral("compose.yml"),
                                      QStringLiteral("docker-compose.yaml"),
                                      QStringLiteral("docker-compose.yml")};
    return defaults.contains(fileName);
}

} // namespace

Expected<LoadedWorkspace> WorkspaceLoader::loadFile(const QString &workspaceFilePath)
{
    Expected<Workspace> workspace = WorkspaceReader::readFile(workspaceFilePath);
    if (!workspace)
        return workspace.error();
    if (workspace->filePath.isEmpty())
        workspace->filePath = workspaceFilePath;
    return load(*workspace);
}

LoadedWorkspace WorkspaceLoader::load(const Workspace &workspace)
{
    const QString workspaceDirectory = workspace.filePath.isEmpty() ? QString() : QFileInfo(workspace.filePath).path();
    LoadedWorkspace loaded;
    loaded.name = workspace.name;
    loaded.filePath = workspace.filePath;
    for (const WorkspaceHost &host : workspace.hosts) {
        LoadedHost loadedHost;
        loadedHost.name = host.name;
        loadedHost.target = host.target;
        for (WorkspaceStack stack : host.stacks) {
            stack.directory = resolveAgainst(workspaceDirectory, stack.directory);
            // The stacks of a workspace run on other machines: this computer's shell variables
            // must not leak into their interpolation.
            loadedHost.stacks.append(loadStack(stack, {}));
        }
        loaded.hosts.append(std::move(loadedHost));
    }
    return loaded;
}

LoadedWorkspace WorkspaceLoader::loadComposePaths(const QStringList &paths)
{
    LoadedWorkspace loaded;
    loaded.name = paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("Opened projects");
    loaded.hosts.append(loadLocalFiles(paths));
    return loaded;
}

LoadedHost WorkspaceLoader::loadLocalFiles(const QStringList &paths)
{
    const QHash<QString, QString> environment = systemEnvironment();
    LoadedHost localHost;
    localHost.name = localFilesHostName();
    localHost.target = QStringLiteral("localhost");
    localHost.isLocalFiles = true;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        WorkspaceStack stack;
        if (info.isDir()) {
            stack.directory = info.absoluteFilePath();
            stack.name = info.fileName();
        } else {
            stack.directory = info.absolutePath();
            stack.files = {info.absoluteFilePath()};
            // Several files of one folder opened side by side must stay apart in the tree.
            stack.name = isDefaultComposeFileName(info.fileName())
                             ? info.dir().dirName()
                             : QStringLiteral("%1/%2").arg(info.dir().dirName(), info.fileName());
        }
        localHost.stacks.append(loadStack(stack, environment));
    }
    return localHost;
}

QString WorkspaceLoader::localFilesHostName()
{
    return tr("Local files");
}

LoadedStack WorkspaceLoader::loadStack(const WorkspaceStack &stack, const QHash<QString, QString> &environment)
{
    ComposeLoadOptions options;
    options.projectDirectory = stack.directory;
    for (const QString &file : stack.files)
        options.files.append(resolveAgainst(stack.directory, file));
    options.environment = environment;

    LoadedStack loaded;
    loaded.definition = stack;
    Expected<LoadedProject> project = ComposeLoader::load(options);
    if (project)
        loaded.project = std::move(project).value();
    else
        loaded.error = project.error();
    return loaded;
}

} // namespace Leitstand
