#pragma once

#include "SshFailure.h"
#include "remote/transport/ProcessResult.h"

#include <QByteArray>

namespace Leitstand::Remote {

// The caller-side end of one channel (a command or a tunnel), fed by its SshConnection on the
// caller's thread.
class SshChannelClient
{
public:
    virtual ~SshChannelClient() = default;
    virtual void channelOpened() = 0;
    virtual void channelData(const QByteArray &data, bool isStandardError) = 0;
    virtual void channelDataSent(qint64 bytes) = 0;
    // connectionFailure is set when the channel never ran because the login failed.
    virtual void channelClosed(const ProcessResult &result, const SshFailure *connectionFailure) = 0;
};

} // namespace Leitstand::Remote
