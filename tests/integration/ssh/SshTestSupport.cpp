#include "SshTestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

namespace Leitstand::Testing {

namespace {

// Connections deliver their results through the event loop, so the tests need an application.
class QtApplicationEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "ssh_tests";
        static char *argv[] = {name, nullptr};
        m_application = std::make_unique<QCoreApplication>(argc, argv);
    }
    void TearDown() override { m_application.reset(); }

private:
    std::unique_ptr<QCoreApplication> m_application;
};

[[maybe_unused]] const auto *const environment = ::testing::AddGlobalTestEnvironment(new QtApplicationEnvironment);

} // namespace

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

Remote::SshConnectionOptions optionsFor(const SshTestServer &server,
                                        const QString &identityFile,
                                        const QString &knownHostsPath,
                                        bool acceptNewHostKey)
{
    Remote::SshConnectionOptions options;
    options.endpoint.host = QStringLiteral("127.0.0.1");
    options.endpoint.port = server.port();
    options.endpoint.user = SshTestServer::currentUser();
    if (!identityFile.isEmpty())
        options.endpoint.identityFiles = {identityFile};
    options.knownHostsPath = knownHostsPath;
    options.acceptNewHostKey = acceptNewHostKey;
    options.useAgent = false;
    return options;
}

bool connectAndWait(Remote::SshConnection &connection, int timeoutMs)
{
    connection.connectToHost();
    waitUntil(
        [&] {
            return connection.state() == Remote::SshConnection::State::Connected
                   || connection.state() == Remote::SshConnection::State::Failed
                   || connection.state() == Remote::SshConnection::State::Disconnected;
        },
        timeoutMs);
    return connection.state() == Remote::SshConnection::State::Connected;
}

OutputCollector::OutputCollector(Remote::RemoteProcess &process)
{
    auto output = m_output;
    QObject::connect(&process, &Remote::RemoteProcess::standardOutput, &process, [output](const QByteArray &chunk) {
        output->standardOutput += chunk;
    });
    QObject::connect(&process, &Remote::RemoteProcess::standardError, &process, [output](const QByteArray &chunk) {
        output->standardError += chunk;
    });
    QObject::connect(
        &process, &Remote::RemoteProcess::finished, &process, [output](const Remote::ProcessResult &result) {
            output->result = result;
            output->finished = true;
        });
}

bool OutputCollector::wait(int timeoutMs) const
{
    auto output = m_output;
    return waitUntil([output] { return output->finished; }, timeoutMs);
}

CommandOutput runToEnd(Remote::SshConnection &connection, const QStringList &arguments, int timeoutMs)
{
    const auto process = connection.exec(arguments);
    const OutputCollector collector(*process);
    collector.wait(timeoutMs);
    return collector.output();
}

CliRun runCli(const QStringList &arguments, const QString &home, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEITSTAND_CLI_PATH), arguments);
    process.waitForFinished(timeoutMs);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    run.standardError = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Leitstand::Testing
