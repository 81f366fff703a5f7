#include "WorkspaceHostProjects.h"

#include "../../workspace/WorkspaceReader.h"

namespace Leitstand::Analysis {

Expected<QList<LoadedProject>> WorkspaceHostProjects::load(const QString &workspaceFile,
                                                           const QString &hostName,
                                                           const QStringList &profiles)
{
    const auto workspace = WorkspaceReader::readFile(workspaceFile);
    if (!workspace)
        return workspace.error();
    QStringList hostNames;
    for (const WorkspaceHost &host : workspace->hosts) {
        hostNames.append(host.name);
        if (host.name != hostName)
            continue;
        QList<LoadedProject> projects;
        for (const WorkspaceStack &stack : host.stacks) {
            ComposeLoadOptions options;
            options.projectDirectory = stack.directory;
            options.files = stack.files;
            options.profiles = profiles;
            auto loaded = ComposeLoader::load(options);
            if (!loaded) {
                return Error(tr("stack \"%1\" of host \"%2\": %3").arg(stack.name, hostName, loaded.error().message()),
                             loaded.error().location());
            }
            projects.append(std::move(loaded).value());
        }
        return projects;
    }
    return Error(
        tr("the workspace has no host \"%1\" (hosts: %2)").arg(hostName, hostNames.join(QStringLiteral(", "))));
}

} // namespace Leitstand::Analysis
