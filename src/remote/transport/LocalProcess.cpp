#include "LocalProcess.h"

#include <csignal>

namespace Leitstand::Remote {

LocalProcess::LocalProcess(const QStringList &arguments, const ProcessOptions &options, QObject *parent)
    : RemoteProcess(parent)
{
    connect(&m_process, &QProcess::started, this, &RemoteProcess::started);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        Q_EMIT standardOutput(m_process.readAllStandardOutput());
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        Q_EMIT standardError(m_process.readAllStandardError());
    });
    connect(&m_process, &QProcess::bytesWritten, this, [this](qint64 bytes) {
        Q_EMIT inputWritten(bytes);
        if (m_closeInputWhenWritten && m_process.bytesToWrite() == 0)
            m_process.closeWriteChannel();
    });
    connect(&m_process, &QProcess::finished, this, &LocalProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &LocalProcess::onErrorOccurred);
    if (options.timeout.count() > 0) {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(options.timeout);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_stopReason = ProcessFailure::TimedOut;
            m_process.kill();
        });
        m_timeout.start();
    }
    if (arguments.isEmpty()) {
        // Reported from the event loop so callers can connect first, as with every other failure.
        QTimer::singleShot(0, this, [this] { finish({-1, {}, ProcessFailure::StartFailed, tr("no program given")}); });
        return;
    }
    m_process.start(arguments.first(), arguments.mid(1));
    if (options.closeInputAtStart)
        m_process.closeWriteChannel();
}

LocalProcess::~LocalProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void LocalProcess::writeInput(const QByteArray &data)
{
    m_process.write(data);
}

void LocalProcess::closeInput()
{
    if (m_process.bytesToWrite() == 0)
        m_process.closeWriteChannel();
    else
        m_closeInputWhenWritten = true;
}

qint64 LocalProcess::pendingInputBytes() const
{
    return m_process.bytesToWrite();
}

void LocalProcess::cancel()
{
    if (m_finished)
        return;
    m_stopReason = ProcessFailure::Cancelled;
    if (m_process.state() == QProcess::NotRunning)
        finish({-1, {}, ProcessFailure::Cancelled, tr("cancelled")});
    else
        m_process.kill();
}

void LocalProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    ProcessResult result;
    if (m_stopReason == ProcessFailure::TimedOut) {
        result.failure = ProcessFailure::TimedOut;
        result.errorMessage = tr("the command did not finish in time");
    } else if (m_stopReason == ProcessFailure::Cancelled) {
        result.failure = ProcessFailure::Cancelled;
        result.errorMessage = tr("cancelled");
    } else if (status == QProcess::CrashExit) {
        // QProcess reports the signal number as the exit code of a crashed program.
        result.exitSignal = exitCode == SIGKILL   ? QStringLiteral("KILL")
                            : exitCode == SIGTERM ? QStringLiteral("TERM")
                            : exitCode == SIGSEGV ? QStringLiteral("SEGV")
                                                  : QString::number(exitCode);
    } else {
        result.exitCode = exitCode;
    }
    // Output still buffered in the pipes belongs before the end.
    const QByteArray out = m_process.readAllStandardOutput();
    if (!out.isEmpty())
        Q_EMIT standardOutput(out);
    const QByteArray err = m_process.readAllStandardError();
    if (!err.isEmpty())
        Q_EMIT standardError(err);
    finish(std::move(result));
}

void LocalProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        finish({-1,
                {},
                ProcessFailure::StartFailed,
                tr("cannot start %1: %2").arg(m_process.program(), m_process.errorString())});
}

void LocalProcess::finish(ProcessResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_result = std::move(result);
    Q_EMIT finished(m_result);
}

} // namespace Leitstand::Remote
