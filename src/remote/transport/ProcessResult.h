#pragma once

#include <QMetaType>
#include <QString>

namespace Leitstand::Remote {

// Why a command did not run to its end; None when it did (whatever its exit status).
enum class ProcessFailure {
    None,
    StartFailed,
    ConnectionLost,
    TimedOut,
    Cancelled,
};

// How a command ended, the same for local and remote commands.
struct ProcessResult
{
    int exitCode = -1;  // valid when exitSignal is empty and failure is None
    QString exitSignal; // "TERM", "KILL", ... when the program was killed by a signal
    ProcessFailure failure = ProcessFailure::None;
    QString errorMessage;

    bool succeeded() const { return failure == ProcessFailure::None && exitSignal.isEmpty() && exitCode == 0; }
};

} // namespace Leitstand::Remote

Q_DECLARE_METATYPE(Leitstand::Remote::ProcessResult)
