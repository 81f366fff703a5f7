#pragma once

#include "ProcessResult.h"

#include <QByteArray>
#include <QObject>

namespace Leitstand::Remote {

// A running command on some machine. Output arrives as it is produced, in chunks, never as a
// whole; stderr is always read so a chatty stderr never stalls stdout. The handle is owned by
// the caller; destroying it cancels the command.
class RemoteProcess : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Queues bytes for the command's stdin. pendingInputBytes() tells a producer when to wait
    // for inputWritten() before queueing more, so an upload never buffers a whole file.
    virtual void writeInput(const QByteArray &data) = 0;
    // Sends end-of-file once every queued byte is written.
    virtual void closeInput() = 0;
    virtual qint64 pendingInputBytes() const = 0;
    // Stops the command; finished() follows with ProcessFailure::Cancelled.
    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;
    virtual ProcessResult result() const = 0;

Q_SIGNALS:
    void started();
    void standardOutput(const QByteArray &chunk);
    void standardError(const QByteArray &chunk);
    void inputWritten(qint64 bytes);
    void finished(const Leitstand::Remote::ProcessResult &result);
};

} // namespace Leitstand::Remote
