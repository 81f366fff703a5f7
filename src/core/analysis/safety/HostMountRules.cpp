#include "HostMountRules.h"

#include <QDir>
#include <QStringList>

namespace Leitstand::Analysis {

bool HostMountRules::isDockerSocket(const ServiceMount &mount)
{
    if (mount.type != QLatin1String("bind"))
        return false;
    const QString source = QDir::cleanPath(mount.source);
    if (source.endsWith(QLatin1String("/docker.sock")) || source.endsWith(QLatin1String("/podman.sock")))
        return true;
    return source == QLatin1String("/var/run") || source == QLatin1String("/run");
}

bool HostMountRules::isHostSystemPath(const QString &path)
{
    static const QStringList systemRoots = {QStringLiteral("/proc"),
                                            QStringLiteral("/sys"),
                                            QStringLiteral("/dev"),
                                            QStringLiteral("/run"),
                                            QStringLiteral("/var/run"),
                                            QStringLiteral("/var/lib/docker"),
                                            QStringLiteral("/var/log"),
                                            QStringLiteral("/lib/modules"),
                                            QStringLiteral("/etc/localtime"),
                                            QStringLiteral("/etc/timezone"),
                                            QStringLiteral("/etc/machine-id")};
    const QString clean = QDir::cleanPath(path);
    if (clean == QLatin1String("/"))
        return true;
    for (const QString &root : systemRoots) {
        if (clean == root || clean.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace Leitstand::Analysis
