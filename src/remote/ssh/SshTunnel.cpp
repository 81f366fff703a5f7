#include "SshTunnel.h"

#include "SshConnection.h"

#include <QTimer>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Leitstand::Remote {

namespace {

// Large socket buffers keep a tunnelled session's throughput close to a direct one.
constexpr int SocketBufferSize = 4 * 1024 * 1024;

} // namespace

SshTunnel::SshTunnel(SshConnection *connection)
    : m_connection(connection)
{
    int ends[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QTimer::singleShot(0, this, [this, reason] {
            Q_EMIT failed(
                {SshFailureKind::Protocol, tr("cannot create a local socket pair: %1").arg(reason), {}, {}, {}});
        });
        return;
    }
    for (int fd : ends) {
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &SocketBufferSize, sizeof SocketBufferSize);
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &SocketBufferSize, sizeof SocketBufferSize);
    }
    ::fcntl(ends[1], F_SETFL, ::fcntl(ends[1], F_GETFL) | O_NONBLOCK);
    m_callerEnd = ends[0];
    m_workerEnd = ends[1];
}

SshTunnel::~SshTunnel()
{
    if (!m_closed && m_connection)
        m_connection->unregisterClient(m_id);
    if (m_callerEnd >= 0)
        ::close(m_callerEnd);
    if (m_workerEnd >= 0)
        ::close(m_workerEnd);
}

int SshTunnel::takeSocket()
{
    return std::exchange(m_callerEnd, -1);
}

int SshTunnel::takeWorkerEnd()
{
    return std::exchange(m_workerEnd, -1);
}

void SshTunnel::channelOpened()
{
    m_open = true;
    Q_EMIT opened();
}

void SshTunnel::channelClosed(const ProcessResult &result, const SshFailure *connectionFailure)
{
    m_closed = true;
    if (m_open) {
        m_open = false;
        Q_EMIT closed();
        return;
    }
    Q_EMIT failed(connectionFailure ? *connectionFailure
                                    : SshFailure{SshFailureKind::Unreachable, result.errorMessage, {}, {}, {}});
}

} // namespace Leitstand::Remote
