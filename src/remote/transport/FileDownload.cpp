#include "FileDownload.h"

#include <QDir>

namespace Leitstand::Remote {

namespace {

constexpr qsizetype MaxKeptErrorOutput = 4096;

} // namespace

FileDownload::FileDownload(Transport &transport, QStringList command, QString localPath, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_command(std::move(command))
    , m_file(localPath)
{}

QStringList FileDownload::catCommand(const QString &remotePath)
{
    return {QStringLiteral("cat"), QStringLiteral("--"), remotePath};
}

void FileDownload::start(const ProcessOptions &options)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        finish(Error(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())));
        return;
    }
    m_clock.start();
    m_process = m_transport.start(m_command, options);
    connect(m_process.get(), &RemoteProcess::standardOutput, this, &FileDownload::onOutput);
    connect(m_process.get(), &RemoteProcess::standardError, this, [this](const QByteArray &chunk) {
        if (m_errors.size() < MaxKeptErrorOutput)
            m_errors.append(chunk.left(MaxKeptErrorOutput - m_errors.size()));
    });
    connect(m_process.get(), &RemoteProcess::finished, this, &FileDownload::onFinished);
}

void FileDownload::cancel()
{
    if (m_process && !m_finished)
        m_process->cancel();
}

void FileDownload::onOutput(const QByteArray &chunk)
{
    if (!m_writeError.isEmpty())
        return;
    if (m_file.write(chunk) != chunk.size()) {
        m_writeError = m_file.errorString();
        m_process->cancel();
        return;
    }
    m_progress.bytes += chunk.size();
    const qint64 elapsedMs = std::max<qint64>(1, m_clock.elapsed());
    m_progress.bytesPerSecond = static_cast<double>(m_progress.bytes) * 1000.0 / static_cast<double>(elapsedMs);
    Q_EMIT progressed(m_progress);
}

void FileDownload::onFinished(const ProcessResult &result)
{
    const QString target = QDir::toNativeSeparators(m_file.fileName());
    if (!m_writeError.isEmpty()) {
        finish(Error(tr("writing %1 failed: %2").arg(target, m_writeError)));
    } else if (result.failure != ProcessFailure::None) {
        finish(Error(
            tr("transfer to %1 failed after %2 bytes: %3").arg(target).arg(m_progress.bytes).arg(result.errorMessage)));
    } else if (!result.succeeded()) {
        const QString reason = result.exitSignal.isEmpty() ? tr("exit status %1").arg(result.exitCode)
                                                           : tr("killed by signal %1").arg(result.exitSignal);
        finish(Error(tr("transfer to %1 failed (%2): %3").arg(target, reason, QString::fromUtf8(m_errors).trimmed())));
    } else if (!m_file.commit()) {
        finish(Error(tr("cannot complete %1: %2").arg(target, m_file.errorString())));
    } else {
        finish(Success{});
    }
}

void FileDownload::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!outcome && m_file.isOpen()) {
        // Discards the temporary file now rather than when this object goes.
        m_file.cancelWriting();
        [[maybe_unused]] const bool committed = m_file.commit();
    }
    Q_EMIT finished(outcome);
}

} // namespace Leitstand::Remote
