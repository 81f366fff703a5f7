#include "SshHostResolver.h"

#include "remote/config/HostTarget.h"
#include "remote/config/SshConfig.h"
#include "remote/config/SshHostSettings.h"
#include "remote/hosts/RegisteredHost.h"
#include "remote/trust/KnownHostsStore.h"

#include <QDir>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace Leitstand::Remote {

namespace {

SshEndpoint endpointFor(const SshHostSettings &settings, const QString &extraIdentity)
{
    SshEndpoint endpoint;
    endpoint.host = settings.hostName;
    endpoint.port = settings.port;
    endpoint.user = settings.user;
    endpoint.knownHostsName = settings.hostKeyAlias;
    if (!extraIdentity.isEmpty())
        endpoint.identityFiles.append(extraIdentity);
    for (const QString &file : settings.identityFiles) {
        if (!endpoint.identityFiles.contains(file))
            endpoint.identityFiles.append(file);
    }
    if (endpoint.identityFiles.isEmpty())
        endpoint.identityFiles = SshHostResolver::defaultIdentityFiles();
    return endpoint;
}

} // namespace

QString SshHostResolver::localUserName()
{
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::fromLocal8Bit(qgetenv("USER"));
}

QStringList SshHostResolver::defaultIdentityFiles()
{
    QStringList files;
    const QString directory = QDir::homePath() + QStringLiteral("/.ssh/");
    for (const char *name : {"id_rsa", "id_ecdsa", "id_ed25519"}) {
        const QString path = directory + QLatin1String(name);
        if (QFileInfo::exists(path))
            files.append(path);
    }
    return files;
}

Expected<SshConnectionOptions> SshHostResolver::resolve(const RegisteredHost &host, const SshConfig &config)
{
    const Expected<HostTarget> target = HostTarget::parse(host.target);
    if (!target)
        return target.error();
    const QString localUser = localUserName();
    const SshHostSettings settings = target->resolve(config, localUser);
    if (!settings.proxyCommand.isEmpty() && settings.proxyJump.isEmpty()) {
        return Error(tr("%1 is reached through a ProxyCommand in ~/.ssh/config, which Leitstand does not run; "
                        "use ProxyJump instead")
                         .arg(host.target));
    }

    SshConnectionOptions options;
    options.endpoint = endpointFor(settings, host.identityFile);
    options.knownHostsPath = !host.knownHostsFile.isEmpty()           ? host.knownHostsFile
                             : !settings.userKnownHostsFile.isEmpty() ? settings.userKnownHostsFile
                                                                      : KnownHostsStore::defaultPath();
    for (const QString &hop : settings.proxyJump) {
        // ProxyJump hops are [user@]host[:port] or ssh:// URIs; HostTarget reads the URI form.
        const QString uri = hop.startsWith(QLatin1String("ssh://")) ? hop : QStringLiteral("ssh://") + hop;
        const Expected<HostTarget> hopTarget = HostTarget::parse(uri);
        if (!hopTarget)
            return Error(tr("ProxyJump hop \"%1\" of %2: %3").arg(hop, host.target, hopTarget.error().message()));
        // The key given for the host is offered to its jump hosts too; usually it is the same.
        options.jumpHosts.append(endpointFor(hopTarget->resolve(config, localUser), host.identityFile));
    }
    return options;
}

} // namespace Leitstand::Remote
