#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

// What ~/.ssh/config says about one host, evaluated the way OpenSSH evaluates it: tokens and
// `~` expanded, the host name lowercased. Empty fields were not configured.
struct SshHostSettings
{
    QString hostName; // HostName, else the alias itself
    QString user;     // User, else the local user
    int port = 22;
    QStringList identityFiles;       // every IdentityFile in order, duplicates dropped
    QStringList proxyJump;           // hops as given, e.g. "user@bastion:2222"; empty for none
    QString userKnownHostsFile;      // the first UserKnownHostsFile; empty: ~/.ssh/known_hosts
    QStringList userKnownHostsFiles; // all of them
    QString hostKeyAlias;            // the name known_hosts is consulted under instead of the host name
    QString proxyCommand;            // not run by Leitstand; set so callers can say so
    bool identitiesOnly = false;
};

} // namespace Leitstand::Remote
