#include "SshBenchmarkHost.h"

#include "remote/ShellQuoting.h"

#include <QFile>
#include <QStandardPaths>

namespace Leitstand::Bench {

QString SshBenchmarkHost::start()
{
    if (!m_directory.isValid())
        return QStringLiteral("cannot create a temporary folder");
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        return QStringLiteral("/usr/sbin/sshd is not installed");
    if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
        return QStringLiteral("OpenSSH's ssh client is not installed");
    m_identityFile = Testing::SshTestServer::generateKey(
        m_directory.path(), QStringLiteral("user_key"), QStringLiteral("ed25519"));
    if (m_identityFile.isEmpty())
        return QStringLiteral("ssh-keygen could not make a user key");
    m_server.authorize(m_identityFile + QStringLiteral(".pub"));
    if (!m_server.start())
        return QStringLiteral("sshd did not start: %1").arg(m_server.startError().trimmed());

    QFile hostKey(m_server.directory() + QStringLiteral("/host_key.pub"));
    QFile knownHosts(knownHostsFile());
    if (!hostKey.open(QIODevice::ReadOnly) || !knownHosts.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(knownHosts.fileName());
    knownHosts.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port()).toUtf8() + hostKey.readAll());
    return {};
}

QString SshBenchmarkHost::user() const
{
    return Testing::SshTestServer::currentUser();
}

Remote::SshConnectionOptions SshBenchmarkHost::connectionOptions() const
{
    Remote::SshConnectionOptions options;
    options.endpoint.host = QStringLiteral("127.0.0.1");
    options.endpoint.port = port();
    options.endpoint.user = user();
    options.endpoint.identityFiles = {m_identityFile};
    options.knownHostsPath = knownHostsFile();
    options.useAgent = false;
    return options;
}

QStringList SshBenchmarkHost::openSshArguments(const QStringList &extraOptions, const QStringList &remoteCommand) const
{
    QStringList arguments{QStringLiteral("-F"),
                          QStringLiteral("/dev/null"),
                          QStringLiteral("-i"),
                          m_identityFile,
                          QStringLiteral("-o"),
                          QStringLiteral("IdentitiesOnly=yes"),
                          QStringLiteral("-o"),
                          QStringLiteral("IdentityAgent=none"),
                          QStringLiteral("-o"),
                          QStringLiteral("UserKnownHostsFile=%1").arg(knownHostsFile()),
                          QStringLiteral("-o"),
                          QStringLiteral("StrictHostKeyChecking=yes"),
                          QStringLiteral("-o"),
                          QStringLiteral("BatchMode=yes"),
                          QStringLiteral("-p"),
                          QString::number(port()),
                          QStringLiteral("-l"),
                          user()};
    arguments += extraOptions;
    arguments << QStringLiteral("127.0.0.1") << ShellQuoting::joinCommand(remoteCommand);
    return arguments;
}

} // namespace Leitstand::Bench
