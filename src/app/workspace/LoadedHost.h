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
};

} // namespace Leitstand
