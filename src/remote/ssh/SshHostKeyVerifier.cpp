#include "SshHostKeyVerifier.h"

#include "remote/trust/HostKey.h"
#include "remote/trust/KnownHostsStore.h"

#include <QDir>

#include <libssh2.h>

namespace Leitstand::Remote {

SshHostKeyVerifier::SshHostKeyVerifier(QString knownHostsPath, bool acceptNewHostKey)
    : m_knownHostsPath(std::move(knownHostsPath))
    , m_acceptNewHostKey(acceptNewHostKey)
{}

QString SshHostKeyVerifier::hostKeyTypeName(int libssh2Type)
{
    switch (libssh2Type) {
    case LIBSSH2_HOSTKEY_TYPE_RSA:
        return QStringLiteral("ssh-rsa");
    case LIBSSH2_HOSTKEY_TYPE_DSS:
        return QStringLiteral("ssh-dss");
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256:
        return QStringLiteral("ecdsa-sha2-nistp256");
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384:
        return QStringLiteral("ecdsa-sha2-nistp384");
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521:
        return QStringLiteral("ecdsa-sha2-nistp521");
    case LIBSSH2_HOSTKEY_TYPE_ED25519:
        return QStringLiteral("ssh-ed25519");
    default:
        return {};
    }
}

QString SshHostKeyVerifier::preferredHostKeyMethods(LIBSSH2_SESSION *session, const SshEndpoint &endpoint) const
{
    const char **algorithms = nullptr;
    const int count = libssh2_session_supported_algs(session, LIBSSH2_METHOD_HOSTKEY, &algorithms);
    QStringList supported;
    for (int i = 0; i < count; ++i)
        supported.append(QString::fromLatin1(algorithms[i]));
    if (algorithms)
        libssh2_free(session, static_cast<void *>(algorithms));

    const KnownHostsStore store(m_knownHostsPath);
    QStringList preferred;
    for (const QString &type : store.storedKeyTypes(endpoint.trustName(), endpoint.port)) {
        if (supported.contains(type) && !preferred.contains(type))
            preferred.append(type);
    }
    for (const QString &type : std::as_const(supported)) {
        if (!preferred.contains(type))
            preferred.append(type);
    }
    return preferred.join(QLatin1Char(','));
}

std::optional<SshFailure> SshHostKeyVerifier::verify(LIBSSH2_SESSION *session,
                                                     const SshEndpoint &endpoint,
                                                     SshSessionInfo &info) const
{
    size_t length = 0;
    int type = LIBSSH2_HOSTKEY_TYPE_UNKNOWN;
    const char *blob = libssh2_session_hostkey(session, &length, &type);
    if (!blob) {
        return SshFailure{SshFailureKind::Protocol, tr("%1 sent no host key").arg(endpoint.label()), {}, {}, {}};
    }
    HostKey key;
    key.type = hostKeyTypeName(type);
    key.blob = QByteArray(blob, static_cast<qsizetype>(length));
    info.hostKeyType = key.type;
    info.hostKeyFingerprint = key.sha256Fingerprint();

    KnownHostsStore store(m_knownHostsPath);
    const auto result = store.check(endpoint.trustName(), endpoint.port, key);
    const QString file = QDir::toNativeSeparators(m_knownHostsPath);
    switch (result.verdict) {
    case KnownHostsStore::Verdict::Trusted:
        return std::nullopt;
    case KnownHostsStore::Verdict::Unknown:
    case KnownHostsStore::Verdict::UnknownForType:
        if (m_acceptNewHostKey) {
            const auto added = store.add(endpoint.trustName(), endpoint.port, key);
            if (!added) {
                return SshFailure{SshFailureKind::TrustStoreUnreadable,
                                  tr("cannot record the host key of %1 in %2: %3")
                                      .arg(endpoint.label(), file, added.error().message()),
                                  key.type,
                                  info.hostKeyFingerprint,
                                  {}};
            }
            info.hostKeyRecorded = true;
            return std::nullopt;
        }
        return SshFailure{SshFailureKind::HostKeyUnknown,
                          tr("the host key of %1 is not known (%2 key %3); accept it explicitly to record it in %4")
                              .arg(endpoint.label(), key.type, info.hostKeyFingerprint, file),
                          key.type,
                          info.hostKeyFingerprint,
                          {}};
    case KnownHostsStore::Verdict::Changed: {
        if (result.revoked) {
            return SshFailure{SshFailureKind::HostKeyChanged,
                              tr("the %1 key %2 offered by %3 is marked @revoked in %4 (%5); nothing was sent")
                                  .arg(key.type, info.hostKeyFingerprint, endpoint.label(), file, result.detail),
                              key.type,
                              info.hostKeyFingerprint,
                              {}};
        }
        QStringList known;
        for (const HostKey &stored : result.storedKeys)
            known.append(stored.sha256Fingerprint());
        return SshFailure{
            SshFailureKind::HostKeyChanged,
            tr("THE HOST KEY OF %1 HAS CHANGED: known_hosts (%2) holds %3, the server offers %4 key %5. "
               "Nothing was sent. Someone may be intercepting the connection, or the host was "
               "reinstalled; replace the key deliberately only after checking.")
                .arg(endpoint.label(), file, known.join(QLatin1String(", ")), key.type, info.hostKeyFingerprint),
            key.type,
            info.hostKeyFingerprint,
            known};
    }
    case KnownHostsStore::Verdict::StoreUnreadable:
        break;
    }
    return SshFailure{SshFailureKind::TrustStoreUnreadable,
                      tr("cannot read the trusted host keys in %1 (%2); refusing to connect to %3")
                          .arg(file, result.detail, endpoint.label()),
                      key.type,
                      info.hostKeyFingerprint,
                      {}};
}

} // namespace Leitstand::Remote
