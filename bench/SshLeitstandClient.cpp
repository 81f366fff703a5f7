#include "SshLeitstandClient.h"

#include "SshCpuTime.h"

#include "remote/ssh/SshConnection.h"
#include "remote/ssh/SshProcess.h"
#include "remote/transport/FileDownload.h"
#include "remote/transport/SshTransport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <optional>

namespace Leitstand::Bench {

namespace {

constexpr int RunTimeoutMs = 300000;

} // namespace

SshLeitstandClient::SshLeitstandClient(Remote::SshConnectionOptions options)
    : m_options(std::move(options))
{}

Expected<SshSample> SshLeitstandClient::runTrue() const
{
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::optional<Remote::ProcessResult> result;
    QString connectionError;
    {
        Remote::SshConnection connection(m_options);
        const std::unique_ptr<Remote::SshProcess> process = connection.exec({QStringLiteral("true")});
        QEventLoop loop;
        QObject::connect(process.get(), &Remote::RemoteProcess::finished, &loop, [&](const Remote::ProcessResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(RunTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (process->connectionFailure())
            connectionError = process->connectionFailure()->message;
    }
    SshSample sample;
    sample.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = processCpuSeconds() - cpuBefore;
    if (!result)
        return Error(QStringLiteral("`true` did not finish in time"));
    if (!result->succeeded())
        return Error(QStringLiteral("`true` failed: %1 %2").arg(result->errorMessage, connectionError));
    return sample;
}

Expected<SshSample> SshLeitstandClient::download(const QStringList &command, const QString &localPath) const
{
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::optional<Outcome> outcome;
    {
        Remote::SshTransport transport(std::make_shared<Remote::SshConnection>(m_options));
        Remote::FileDownload download(transport, command, localPath);
        QEventLoop loop;
        QObject::connect(&download, &Remote::FileDownload::finished, &loop, [&](const Outcome &o) {
            outcome = o;
            loop.quit();
        });
        QTimer::singleShot(RunTimeoutMs, &loop, &QEventLoop::quit);
        download.start();
        loop.exec();
    }
    SshSample sample;
    sample.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = processCpuSeconds() - cpuBefore;
    if (!outcome)
        return Error(QStringLiteral("the download did not finish in time"));
    if (!*outcome)
        return outcome->error();
    sample.bytes = QFileInfo(localPath).size();
    return sample;
}

} // namespace Leitstand::Bench
