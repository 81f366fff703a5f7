#pragma once

#include "RegisteredStack.h"

#include <QList>
#include <QString>

namespace Leitstand::Remote {

// A host of the operator's workspace and how to reach it. Holds no secret by construction:
// passwords and passphrases live in the keychain (CredentialStore).
struct RegisteredHost
{
    QString name;           // the operator's short name for it
    QString target;         // what HostTarget::parse reads
    bool useSudo = false;   // run docker through `sudo -n`
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    QString identityFile;   // empty: agent and ~/.ssh/config decide
    QList<RegisteredStack> stacks;
};

} // namespace Leitstand::Remote
