#pragma once

#include "../../Expected.h"
#include "../../compose/ComposeLoader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Leitstand::Analysis {

// Loads every stack of one host of a workspace file, for the analyses that look across the
// stacks of a host (port clashes, free ports). Like the desktop app, it keeps this computer's
// shell variables out of the interpolation: the stacks run on another machine.
class WorkspaceHostProjects final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceHostProjects)

public:
    // profiles apply to every stack; a stack that fails to load fails the whole call, since a
    // missing stack would hide its clashes.
    static Expected<QList<LoadedProject>> load(const QString &workspaceFile,
                                               const QString &hostName,
                                               const QStringList &profiles = {});
};

} // namespace Leitstand::Analysis
