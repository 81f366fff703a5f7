#include "SshWaiter.h"

#include <libssh2.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>

namespace Leitstand::Remote {

SshWaiter::SshWaiter(int wakeFd, const std::atomic_bool &stopRequested)
    : m_wakeFd(wakeFd)
    , m_stopRequested(stopRequested)
{}

SshWaiter::Result SshWaiter::waitForSession(LIBSSH2_SESSION *session, int socketFd, SshClock::time_point deadline) const
{
    const int directions = libssh2_session_block_directions(session);
    short events = 0;
    if (directions & LIBSSH2_SESSION_BLOCK_INBOUND)
        events |= POLLIN;
    if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
        events |= POLLOUT;
    if (events == 0)
        events = POLLIN;
    return waitForSocket(socketFd, events, deadline);
}

SshWaiter::Result SshWaiter::waitForSocket(int socketFd, short events, SshClock::time_point deadline) const
{
    for (;;) {
        if (m_stopRequested.load())
            return Result::Stopped;
        const auto now = SshClock::now();
        if (now >= deadline)
            return Result::TimedOut;
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
        pollfd fds[2] = {{socketFd, events, 0}, {m_wakeFd, POLLIN, 0}};
        const int ready = ::poll(fds, 2, static_cast<int>(std::clamp<long long>(remaining, 1, 1000)));
        if (ready < 0 && errno != EINTR)
            return Result::Ready; // let the caller's next call report the socket error
        if (fds[0].revents != 0)
            return Result::Ready;
        // A wake-up without a stop request is for the multiplexing loop; it reads the pipe later.
    }
}

} // namespace Leitstand::Remote
