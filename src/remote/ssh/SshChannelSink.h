#pragma once

#include "remote/transport/ProcessResult.h"

#include <QByteArray>

namespace Leitstand::Remote {

// Where a channel reports what happens to it; the worker forwards it to the caller's thread.
class SshChannelSink
{
public:
    virtual ~SshChannelSink() = default;
    virtual void channelStarted(quint64 id) = 0;
    virtual void channelOutput(quint64 id, const QByteArray &data, bool isStandardError) = 0;
    virtual void channelInputWritten(quint64 id, qint64 bytes) = 0;
    virtual void channelFinished(quint64 id, const ProcessResult &result) = 0;
};

} // namespace Leitstand::Remote
