#pragma once

#include "SshEndpoint.h"
#include "SshFailure.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

struct _LIBSSH2_SESSION;

namespace Leitstand::Remote {

// Decides whether to trust the key a server offered, from known_hosts, before anything about
// the user is sent. Unknown keys are refused unless new keys may be accepted (then recorded);
// changed keys are always refused with both fingerprints; an unreadable store fails closed.
class SshHostKeyVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(SshHostKeyVerifier)

public:
    SshHostKeyVerifier(QString knownHostsPath, bool acceptNewHostKey);

    // Key types to ask the server for, best first: the types known_hosts holds for this host
    // come first, so a host with several keys is checked against the one we know instead of
    // being reported as changed. Set before the handshake.
    QString preferredHostKeyMethods(_LIBSSH2_SESSION *session, const SshEndpoint &endpoint) const;

    // After the handshake. Fills the host key part of info on success.
    std::optional<SshFailure> verify(_LIBSSH2_SESSION *session,
                                     const SshEndpoint &endpoint,
                                     SshSessionInfo &info) const;

    static QString hostKeyTypeName(int libssh2Type);

private:
    QString m_knownHostsPath;
    bool m_acceptNewHostKey;
};

} // namespace Leitstand::Remote
