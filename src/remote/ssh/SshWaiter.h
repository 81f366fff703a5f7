#pragma once

#include <atomic>
#include <chrono>

struct _LIBSSH2_SESSION;

namespace Leitstand::Remote {

using SshClock = std::chrono::steady_clock;

// Waits for a non-blocking session's socket in the direction libssh2 asks for, until a deadline,
// and wakes early when the connection is asked to stop. Used for the login sequence, which runs
// step by step on the connection's own thread before channels are multiplexed.
class SshWaiter final
{
public:
    enum class Result {
        Ready,
        TimedOut,
        Stopped,
    };

    SshWaiter(int wakeFd, const std::atomic_bool &stopRequested);

    Result waitForSession(_LIBSSH2_SESSION *session, int socketFd, SshClock::time_point deadline) const;
    Result waitForSocket(int socketFd, short events, SshClock::time_point deadline) const;
    bool stopRequested() const { return m_stopRequested.load(); }

private:
    int m_wakeFd;
    const std::atomic_bool &m_stopRequested;
};

} // namespace Leitstand::Remote
