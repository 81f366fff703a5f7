#pragma once

#include "SshConnectionOptions.h"
#include "SshFailure.h"
#include "SshWaiter.h"

#include <QCoreApplication>

#include <optional>

struct _LIBSSH2_SESSION;

namespace Leitstand::Remote {

// Logs in to an SSH server whose host key is already trusted, in OpenSSH's order: the agent,
// then the identity files, then a password from the secret provider. Agent forwarding is never
// requested. Runs on the connection's thread with a non-blocking session.
class SshAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(SshAuthenticator)

public:
    SshAuthenticator(_LIBSSH2_SESSION *session,
                     int socketFd,
                     const SshConnectionOptions &options,
                     const SshWaiter &waiter);

    // The method that worked ("publickey (agent)", "publickey (FILE)", "password"), or why none did.
    std::optional<SshFailure> authenticate(const SshEndpoint &endpoint, QString *methodUsed);

private:
    enum class Attempt {
        Succeeded,
        Refused,
        Aborted, // timed out or stopped; m_abort holds why
    };

    Attempt tryAgent(const SshEndpoint &endpoint, QString *methodUsed);
    Attempt tryIdentityFile(const SshEndpoint &endpoint, const QString &path, QString *methodUsed);
    Attempt tryPassword(const SshEndpoint &endpoint);
    // Repeats a libssh2 call while it would block; its result otherwise.
    template<typename Call>
    int retry(Call call);
    QString lastError() const;

    _LIBSSH2_SESSION *m_session;
    int m_socketFd;
    const SshConnectionOptions &m_options;
    const SshWaiter &m_waiter;
    SshClock::time_point m_deadline;
    std::optional<SshFailure> m_abort;
    bool m_rsaRefused = false;
    QStringList m_notes;
};

} // namespace Leitstand::Remote
