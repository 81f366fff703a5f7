#pragma once

#include "WorkspaceStack.h"

#include <QList>
#include <QString>

namespace Leitstand {

// A machine the operator runs stacks on, and how to reach it.
struct WorkspaceHost
{
    QString name;
    QString target; // ssh://user@host:port, an ~/.ssh/config alias or a Tailscale name/address
    QList<WorkspaceStack> stacks;
};

} // namespace Leitstand
