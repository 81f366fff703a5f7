#include "SshOpenSshClient.h"

#include "SshCpuTime.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace Leitstand::Bench {

namespace {

constexpr int RunTimeoutMs = 300000;

} // namespace

SshOpenSshClient::SshOpenSshClient(const SshBenchmarkHost &host, QStringList extraOptions)
    : m_host(host)
    , m_extraOptions(std::move(extraOptions))
{}

Expected<SshSample> SshOpenSshClient::runTrue() const
{
    return run({QStringLiteral("true")}, QProcess::nullDevice());
}

Expected<SshSample> SshOpenSshClient::download(const QStringList &command, const QString &localPath) const
{
    auto sample = run(command, localPath);
    if (sample)
        sample->bytes = QFileInfo(localPath).size();
    return sample;
}

QString SshOpenSshClient::negotiatedAlgorithms() const
{
    QString log;
    SshOpenSshClient verbose(m_host, QStringList{QStringLiteral("-v")} + m_extraOptions);
    if (!verbose.run({QStringLiteral("true")}, QProcess::nullDevice(), &log))
        return QStringLiteral("unknown");
    // "debug1: kex: server->client cipher: chacha20-poly1305@openssh.com MAC: <implicit> ..."
    static const QRegularExpression pattern(QStringLiteral("server->client cipher: (\\S+) MAC: (\\S+)"));
    const QRegularExpressionMatch match = pattern.match(log);
    return match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2) : QStringLiteral("unknown");
}

Expected<SshSample> SshOpenSshClient::run(const QStringList &command, const QString &outputPath, QString *log) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(outputPath);
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("ssh"), m_host.openSshArguments(m_extraOptions, command));
    if (!process.waitForFinished(RunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error(QStringLiteral("ssh did not finish: %1").arg(process.errorString()));
    }
    SshSample sample;
    sample.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    if (log)
        *log = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error(QStringLiteral("ssh failed (exit %1): %2")
                         .arg(process.exitCode())
                         .arg(log ? log->trimmed() : QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    }
    return sample;
}

} // namespace Leitstand::Bench
