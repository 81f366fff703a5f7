#pragma once

#include "SshConnectionOptions.h"

#include "core/Expected.h"

#include <QCoreApplication>

namespace Leitstand::Remote {

class SshConfig;
struct RegisteredHost;

// Turns a host of the workspace (or a target typed on the command line) into connection
// options the way OpenSSH would: ~/.ssh/config for HostName, User, Port, IdentityFile,
// UserKnownHostsFile, HostKeyAlias and ProxyJump (each hop looked up in the config as well),
// with the host's own identity and known_hosts settings taking precedence.
class SshHostResolver final
{
    Q_DECLARE_TR_FUNCTIONS(SshHostResolver)

public:
    static Expected<SshConnectionOptions> resolve(const RegisteredHost &host, const SshConfig &config);
    static QString localUserName();
    // OpenSSH's default identities that exist, for hosts the config gives none.
    static QStringList defaultIdentityFiles();
};

} // namespace Leitstand::Remote
