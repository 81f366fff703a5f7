#pragma once

#include "SshConnectionOptions.h"
#include "SshFailure.h"
#include "SshWaiter.h"

#include <QCoreApplication>

#include <optional>

struct _LIBSSH2_SESSION;

namespace Leitstand::Remote {

// The login sequence of one connection, in the order that keeps secrets safe: TCP connect (or
// the socket of a tunnel through a jump host), SSH handshake asking for the host key type
// known_hosts holds, trust decision, and only then authentication.
class SshSessionSetup final
{
    Q_DECLARE_TR_FUNCTIONS(SshSessionSetup)

public:
    SshSessionSetup(const SshConnectionOptions &options, const SshWaiter &waiter);

    // socketFd < 0 connects to the endpoint; otherwise the socket is used as it is. On success
    // the caller owns the session and the socket.
    std::optional<SshFailure> run(int socketFd, SshSessionInfo &info);

    _LIBSSH2_SESSION *session() const { return m_session; }
    int socketFd() const { return m_socketFd; }
    // Frees what run() created when it failed or when the connection ends.
    void release();

private:
    std::optional<SshFailure> handshake(SshSessionInfo &info);

    const SshConnectionOptions &m_options;
    const SshWaiter &m_waiter;
    _LIBSSH2_SESSION *m_session = nullptr;
    int m_socketFd = -1;
};

} // namespace Leitstand::Remote
