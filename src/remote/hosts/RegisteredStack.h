#pragma once

#include <QString>

namespace Leitstand::Remote {

// A compose project on a registered host.
struct RegisteredStack
{
    QString name;      // the compose project name
    QString directory; // absolute path on the host
};

} // namespace Leitstand::Remote
