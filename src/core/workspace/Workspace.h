#pragma once

#include "WorkspaceHost.h"

#include <QList>
#include <QString>

namespace Leitstand {

// The hosts and stacks an operator looks after, read from a workspace file.
struct Workspace
{
    QString name;
    QString filePath; // absolute, or a ":/..." resource path; empty when read from memory
    QList<WorkspaceHost> hosts;
};

} // namespace Leitstand
