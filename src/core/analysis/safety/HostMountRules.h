#pragma once

#include "core/model/ServiceMount.h"

namespace Leitstand::Analysis {

// What a bind mount of a host path gives the container.
class HostMountRules final
{
public:
    // The Docker (or Podman) API socket, or the run directory that holds it: whoever reaches
    // it controls every container of the host and, through them, the host itself.
    static bool isDockerSocket(const ServiceMount &mount);
    // Paths that belong to the host system rather than to the application (/proc, /sys, /dev,
    // /var/run, /var/lib/docker, /etc/localtime, the root file system): node agents read them.
    static bool isHostSystemPath(const QString &path);
};

} // namespace Leitstand::Analysis
