#pragma once

#include "LoadedStack.h"

#include <QList>
#include <QString>

namespace Leitstand {

// A host of a workspace with its stacks loaded.
struct LoadedHost
{
    QString name;
    QString target; // ssh://user@host:port, an ~/.ssh/config alias or a Tailscale name
    QList<LoadedStack> stacks;
    // "Local files": compose files and folders opened from disk rather than named by a workspace.
    // Such stacks belong to no remote host; the views receive a null host for them.
    bool isLocalFiles = false;
};

} // namespace Leitstand
