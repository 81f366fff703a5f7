#include "SshSessionSetup.h"

#include "SshAlgorithmPreferences.h"
#include "SshAuthenticator.h"
#include "SshHostKeyVerifier.h"
#include "SshSocketConnector.h"

#include <libssh2.h>
#include <unistd.h>

namespace Leitstand::Remote {

SshSessionSetup::SshSessionSetup(const SshConnectionOptions &options, const SshWaiter &waiter)
    : m_options(options)
    , m_waiter(waiter)
{}

void SshSessionSetup::release()
{
    if (m_session) {
        // One attempt at a polite goodbye; the host learns from the closed socket otherwise.
        libssh2_session_disconnect_ex(m_session, SSH_DISCONNECT_BY_APPLICATION, "bye", "");
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    if (m_socketFd >= 0) {
        ::close(m_socketFd);
        m_socketFd = -1;
    }
}

std::optional<SshFailure> SshSessionSetup::run(int socketFd, SshSessionInfo &info)
{
    const SshEndpoint &endpoint = m_options.endpoint;
    const auto deadline = SshClock::now() + m_options.connectTimeout;
    if (socketFd >= 0) {
        m_socketFd = socketFd;
    } else {
        const SshSocketConnector::Result connected
            = SshSocketConnector::connect(endpoint.host, endpoint.port, deadline, m_waiter);
        if (connected.fd < 0) {
            if (m_waiter.stopRequested())
                return SshFailure{SshFailureKind::Cancelled, tr("cancelled"), {}, {}, {}};
            return SshFailure{connected.timedOut ? SshFailureKind::TimedOut : SshFailureKind::Unreachable,
                              connected.error,
                              {},
                              {},
                              {}};
        }
        m_socketFd = connected.fd;
    }
    if (auto failure = handshake(info))
        return failure;

    const SshHostKeyVerifier verifier(m_options.knownHostsPath, m_options.acceptNewHostKey);
    if (auto failure = verifier.verify(m_session, endpoint, info))
        return failure;

    SshAuthenticator authenticator(m_session, m_socketFd, m_options, m_waiter);
    return authenticator.authenticate(endpoint, &info.authenticationMethod);
}

std::optional<SshFailure> SshSessionSetup::handshake(SshSessionInfo &info)
{
    const SshEndpoint &endpoint = m_options.endpoint;
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, nullptr);
    if (!m_session)
        return SshFailure{SshFailureKind::Protocol, tr("cannot create an SSH session"), {}, {}, {}};
    libssh2_session_set_blocking(m_session, 0);

    const SshHostKeyVerifier verifier(m_options.knownHostsPath, m_options.acceptNewHostKey);
    const QByteArray hostKeyMethods = verifier.preferredHostKeyMethods(m_session, endpoint).toLatin1();
    libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, hostKeyMethods.constData());
    libssh2_session_method_pref(m_session, LIBSSH2_METHOD_CRYPT_CS, SshAlgorithmPreferences::Ciphers);
    libssh2_session_method_pref(m_session, LIBSSH2_METHOD_CRYPT_SC, SshAlgorithmPreferences::Ciphers);
    libssh2_session_method_pref(m_session, LIBSSH2_METHOD_MAC_CS, SshAlgorithmPreferences::Macs);
    libssh2_session_method_pref(m_session, LIBSSH2_METHOD_MAC_SC, SshAlgorithmPreferences::Macs);

    const auto deadline = SshClock::now() + m_options.connectTimeout;
    for (;;) {
        const int rc = libssh2_session_handshake(m_session, m_socketFd);
        if (rc == 0)
            break;
        if (rc != LIBSSH2_ERROR_EAGAIN) {
            char *message = nullptr;
            libssh2_session_last_error(m_session, &message, nullptr, 0);
            return SshFailure{SshFailureKind::Protocol,
                              tr("SSH handshake with %1 failed: %2").arg(endpoint.label(), QString::fromUtf8(message)),
                              {},
                              {},
                              {}};
        }
        const SshWaiter::Result wait = m_waiter.waitForSession(m_session, m_socketFd, deadline);
        if (wait == SshWaiter::Result::Stopped)
            return SshFailure{SshFailureKind::Cancelled, tr("cancelled"), {}, {}, {}};
        if (wait == SshWaiter::Result::TimedOut)
            return SshFailure{SshFailureKind::TimedOut,
                              tr("%1 did not complete the SSH handshake in time").arg(endpoint.label()),
                              {},
                              {},
                              {}};
    }
    if (const char *banner = libssh2_session_banner_get(m_session))
        info.serverBanner = QString::fromUtf8(banner);
    info.cipher = QString::fromLatin1(libssh2_session_methods(m_session, LIBSSH2_METHOD_CRYPT_SC));
    info.mac = QString::fromLatin1(libssh2_session_methods(m_session, LIBSSH2_METHOD_MAC_SC));
    return std::nullopt;
}

} // namespace Leitstand::Remote
