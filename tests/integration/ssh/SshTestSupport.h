#pragma once

#include "SshTestServer.h"

#include "remote/ssh/SshConnection.h"
#include "remote/ssh/SshConnectionOptions.h"
#include "remote/ssh/SshProcess.h"
#include "remote/transport/RemoteProcess.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Leitstand::Testing {

// Runs the event loop until the condition holds or the time is up; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// Options for logging in to a test server as the current user with one key and no agent.
Remote::SshConnectionOptions optionsFor(const SshTestServer &server,
                                        const QString &identityFile,
                                        const QString &knownHostsPath,
                                        bool acceptNewHostKey = true);

// Connects and waits; true when connected.
bool connectAndWait(Remote::SshConnection &connection, int timeoutMs = 15000);

// What a finished command produced.
struct CommandOutput
{
    QByteArray standardOutput;
    QByteArray standardError;
    Remote::ProcessResult result;
    bool finished = false;
};

// Collects the output of a process until it finishes.
class OutputCollector final
{
public:
    explicit OutputCollector(Remote::RemoteProcess &process);
    const CommandOutput &output() const { return *m_output; }
    bool wait(int timeoutMs = 30000) const;

private:
    std::shared_ptr<CommandOutput> m_output = std::make_shared<CommandOutput>();
};

CommandOutput runToEnd(Remote::SshConnection &connection, const QStringList &arguments, int timeoutMs = 30000);

// Runs leitstand-cli with HOME pointing at a folder of the test, so neither the machine's
// ~/.ssh/config nor its keys nor an ssh-agent play a part.
struct CliRun
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};
CliRun runCli(const QStringList &arguments, const QString &home, int timeoutMs = 60000);

} // namespace Leitstand::Testing
