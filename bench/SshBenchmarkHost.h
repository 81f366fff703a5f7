#pragma once

#include "SshTestServer.h" // tests/integration/ssh
#include "remote/ssh/SshConnectionOptions.h"

#include <QStringList>
#include <QTemporaryDir>

namespace Leitstand::Bench {

// The host every client of the benchmark talks to: a throwaway OpenSSH server on 127.0.0.1
// (the fixture of the SSH integration tests), an ed25519 user key it accepts, and a
// known_hosts file that already holds its host key, so every client checks it strictly and
// none of them prompts.
class SshBenchmarkHost final
{
public:
    // Empty when the server runs, otherwise why it does not.
    QString start();

    int port() const { return m_server.port(); }
    QString user() const;
    QString identityFile() const { return m_identityFile; }
    QString knownHostsFile() const { return m_directory.filePath(QStringLiteral("known_hosts")); }
    QString scratchDirectory() const { return m_directory.path(); }

    // Options for our connection: this key only, no agent.
    Remote::SshConnectionOptions connectionOptions() const;
    // Arguments for OpenSSH's ssh client that isolate it the same way: no config file, no
    // agent, this key only, strict host key checking against the same known_hosts.
    QStringList openSshArguments(const QStringList &extraOptions, const QStringList &remoteCommand) const;

private:
    Testing::SshTestServer m_server;
    QTemporaryDir m_directory;
    QString m_identityFile;
};

} // namespace Leitstand::Bench
