#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

// One SSH server to log in to: the target itself or a jump host on the way.
struct SshEndpoint
{
    QString host; // what is connected to (HostName after ssh_config)
    int port = 22;
    QString user;
    QStringList identityFiles; // tried in order after the agent
    // The name host keys are recorded under; the host as given when empty.
    QString knownHostsName;

    QString trustName() const { return knownHostsName.isEmpty() ? host : knownHostsName; }
    QString label() const { return QStringLiteral("%1@%2:%3").arg(user, host).arg(port); }
};

} // namespace Leitstand::Remote
