#pragma once

#include "SshSample.h"

#include "core/Expected.h"
#include "remote/ssh/SshConnectionOptions.h"

#include <QStringList>

namespace Leitstand::Bench {

// Our SSH layer the way the application uses it: a fresh SshConnection per run, a command
// through SshTransport, a download through FileDownload. Waits in a local event loop, since
// every result arrives as a signal.
class SshLeitstandClient final
{
public:
    explicit SshLeitstandClient(Remote::SshConnectionOptions options);

    // Connect, authenticate, run `true`, disconnect (the worker thread has ended on return).
    Expected<SshSample> runTrue() const;
    // Connect, stream the command's stdout into localPath with FileDownload, disconnect.
    Expected<SshSample> download(const QStringList &command, const QString &localPath) const;

private:
    Remote::SshConnectionOptions m_options;
};

} // namespace Leitstand::Bench
