#pragma once

#include "ProcessOptions.h"
#include "RemoteProcess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

namespace Leitstand::Remote {

// A command on the machine Leitstand runs on, through QProcess: no shell is involved, the
// argument vector reaches the program as it is.
class LocalProcess final : public RemoteProcess
{
    Q_OBJECT

public:
    LocalProcess(const QStringList &arguments, const ProcessOptions &options, QObject *parent = nullptr);
    ~LocalProcess() override;

    void writeInput(const QByteArray &data) override;
    void closeInput() override;
    qint64 pendingInputBytes() const override;
    void cancel() override;
    bool isFinished() const override { return m_finished; }
    ProcessResult result() const override { return m_result; }

private:
    void finish(ProcessResult result);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);

    QProcess m_process;
    QTimer m_timeout;
    ProcessResult m_result;
    bool m_finished = false;
    bool m_closeInputWhenWritten = false;
    ProcessFailure m_stopReason = ProcessFailure::None;
};

} // namespace Leitstand::Remote
