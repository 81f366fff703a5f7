#include "SshSocketConnector.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Leitstand::Remote {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

SshSocketConnector::Result SshSocketConnector::connect(const QString &host,
                                                       int port,
                                                       SshClock::time_point deadline,
                                                       const SshWaiter &waiter)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    // getaddrinfo blocks; it runs on the connection's own thread, so only this host waits.
    const int resolved
        = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &addresses);
    if (resolved != 0)
        return {-1, tr("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(::gai_strerror(resolved))), false};

    Result result{-1, tr("no address found for %1").arg(host), false};
    for (addrinfo *address = addresses; address; address = address->ai_next) {
        const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0)
            continue;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        int error = 0;
        if (::connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                const SshWaiter::Result wait = waiter.waitForSocket(fd, POLLOUT, deadline);
                if (wait != SshWaiter::Result::Ready) {
                    ::close(fd);
                    result = {-1,
                              wait == SshWaiter::Result::Stopped
                                  ? tr("cancelled")
                                  : tr("no answer from %1 port %2 in time").arg(host).arg(port),
                              wait == SshWaiter::Result::TimedOut};
                    break;
                }
                socklen_t length = sizeof error;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            }
        }
        if (error == 0) {
            result = {fd, {}, false};
            break;
        }
        ::close(fd);
        result = {-1, tr("cannot connect to %1 port %2: %3").arg(host).arg(port).arg(systemError(error)), false};
    }
    ::freeaddrinfo(addresses);
    return result;
}

} // namespace Leitstand::Remote
