#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

enum class SshFailureKind {
    Unreachable,
    TimedOut,
    Protocol,
    HostKeyUnknown,
    HostKeyChanged,
    TrustStoreUnreadable,
    AuthenticationFailed,
    RsaSha1Refused,
    ConnectionLost,
    Cancelled,
};

// Why a connection failed, with what the user needs to act on it.
struct SshFailure
{
    SshFailureKind kind = SshFailureKind::Protocol;
    QString message;
    // For host key failures: the key the server offered and what known_hosts holds.
    QString offeredKeyType;
    QString offeredFingerprint;
    QStringList knownFingerprints;

    bool isTrustRefusal() const
    {
        return kind == SshFailureKind::HostKeyUnknown || kind == SshFailureKind::HostKeyChanged
               || kind == SshFailureKind::TrustStoreUnreadable;
    }
    // Retrying cannot help: the answer would be the same until someone changes something.
    bool isPermanent() const
    {
        return isTrustRefusal() || kind == SshFailureKind::AuthenticationFailed
               || kind == SshFailureKind::RsaSha1Refused || kind == SshFailureKind::Cancelled;
    }
};

// What a successful login learned about the host.
struct SshSessionInfo
{
    QString serverBanner; // "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"
    QString authenticationMethod;
    QString hostKeyType;
    QString hostKeyFingerprint;
    bool hostKeyRecorded = false; // newly added to known_hosts by this connection
    QString cipher;               // negotiated for the host-to-us direction, e.g. "aes128-ctr"
    QString mac;                  // e.g. "hmac-sha2-256"
};

} // namespace Leitstand::Remote

Q_DECLARE_METATYPE(Leitstand::Remote::SshFailure)
Q_DECLARE_METATYPE(Leitstand::Remote::SshSessionInfo)
