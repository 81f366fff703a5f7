#include "SshAuthenticator.h"

#include "SshKeyFile.h"

#include <QDir>
#include <QFileInfo>

#include <libssh2.h>

namespace Leitstand::Remote {

namespace {

constexpr int WouldBlock = LIBSSH2_ERROR_EAGAIN;

} // namespace

SshAuthenticator::SshAuthenticator(LIBSSH2_SESSION *session,
                                   int socketFd,
                                   const SshConnectionOptions &options,
                                   const SshWaiter &waiter)
    : m_session(session)
    , m_socketFd(socketFd)
    , m_options(options)
    , m_waiter(waiter)
    , m_deadline(SshClock::now() + options.authenticationTimeout)
{}

template<typename Call>
int SshAuthenticator::retry(Call call)
{
    for (;;) {
        const int rc = call();
        if (rc != WouldBlock)
            return rc;
        const SshWaiter::Result wait = m_waiter.waitForSession(m_session, m_socketFd, m_deadline);
        if (wait == SshWaiter::Result::Stopped) {
            m_abort = SshFailure{SshFailureKind::Cancelled, tr("cancelled"), {}, {}, {}};
            return WouldBlock;
        }
        if (wait == SshWaiter::Result::TimedOut) {
            m_abort = SshFailure{SshFailureKind::TimedOut, tr("the login did not finish in time"), {}, {}, {}};
            return WouldBlock;
        }
    }
}

QString SshAuthenticator::lastError() const
{
    char *message = nullptr;
    int length = 0;
    libssh2_session_last_error(m_session, &message, &length, 0);
    return QString::fromUtf8(message, length);
}

std::optional<SshFailure> SshAuthenticator::authenticate(const SshEndpoint &endpoint, QString *methodUsed)
{
    const QByteArray user = endpoint.user.toUtf8();
    const char *list = nullptr;
    retry([&] {
        list = libssh2_userauth_list(m_session, user.constData(), static_cast<unsigned int>(user.size()));
        return list ? 0 : libssh2_session_last_errno(m_session);
    });
    if (m_abort)
        return m_abort;
    if (!list) {
        if (libssh2_userauth_authenticated(m_session)) {
            *methodUsed = QStringLiteral("none");
            return std::nullopt;
        }
        return SshFailure{SshFailureKind::AuthenticationFailed,
                          tr("the server sent no login methods: %1").arg(lastError()),
                          {},
                          {},
                          {}};
    }
    const QStringList methods = QString::fromLatin1(list).split(QLatin1Char(','));

    if (methods.contains(QLatin1String("publickey"))) {
        if (m_options.useAgent) {
            const Attempt attempt = tryAgent(endpoint, methodUsed);
            if (attempt == Attempt::Succeeded)
                return std::nullopt;
            if (attempt == Attempt::Aborted)
                return m_abort;
        }
        for (const QString &path : endpoint.identityFiles) {
            const Attempt attempt = tryIdentityFile(endpoint, path, methodUsed);
            if (attempt == Attempt::Succeeded)
                return std::nullopt;
            if (attempt == Attempt::Aborted)
                return m_abort;
        }
    }
    if (methods.contains(QLatin1String("password"))) {
        const Attempt attempt = tryPassword(endpoint);
        if (attempt == Attempt::Succeeded) {
            *methodUsed = QStringLiteral("password");
            return std::nullopt;
        }
        if (attempt == Attempt::Aborted)
            return m_abort;
    }

    if (m_rsaRefused) {
        return SshFailure{SshFailureKind::RsaSha1Refused,
                          tr("%1 refused the RSA key. RSA keys are signed with SHA-1 by this libssh2 version, "
                             "which the server refuses; use an ed25519 or ecdsa key.")
                              .arg(endpoint.label()),
                          {},
                          {},
                          {}};
    }
    QString message = tr("%1 refused every login method tried (the server offers: %2)")
                          .arg(endpoint.label(), methods.join(QLatin1String(", ")));
    if (!m_notes.isEmpty())
        message += QStringLiteral("; ") + m_notes.join(QStringLiteral("; "));
    return SshFailure{SshFailureKind::AuthenticationFailed, message, {}, {}, {}};
}

SshAuthenticator::Attempt SshAuthenticator::tryAgent(const SshEndpoint &endpoint, QString *methodUsed)
{
    const QByteArray socketPath
        = m_options.agentSocketPath.isEmpty() ? qgetenv("SSH_AUTH_SOCK") : m_options.agentSocketPath.toLocal8Bit();
    if (socketPath.isEmpty())
        return Attempt::Refused;
    LIBSSH2_AGENT *agent = libssh2_agent_init(m_session);
    if (!agent)
        return Attempt::Refused;
    libssh2_agent_set_identity_path(agent, socketPath.constData());
    Attempt outcome = Attempt::Refused;
    if (libssh2_agent_connect(agent) != 0) {
        m_notes.append(tr("the ssh-agent at %1 did not answer").arg(QString::fromLocal8Bit(socketPath)));
    } else if (libssh2_agent_list_identities(agent) == 0) {
        const QByteArray user = endpoint.user.toUtf8();
        libssh2_agent_publickey *identity = nullptr;
        libssh2_agent_publickey *previous = nullptr;
        while (libssh2_agent_get_identity(agent, &identity, previous) == 0) {
            const int rc = retry([&] { return libssh2_agent_userauth(agent, user.constData(), identity); });
            if (m_abort) {
                outcome = Attempt::Aborted;
                break;
            }
            if (rc == 0) {
                *methodUsed = tr("publickey (ssh-agent: %1)").arg(QString::fromUtf8(identity->comment));
                outcome = Attempt::Succeeded;
                break;
            }
            previous = identity;
        }
    }
    libssh2_agent_disconnect(agent);
    libssh2_agent_free(agent);
    return outcome;
}

SshAuthenticator::Attempt SshAuthenticator::tryIdentityFile(const SshEndpoint &endpoint,
                                                            const QString &path,
                                                            QString *methodUsed)
{
    const SshKeyFile key = SshKeyFile::inspect(path);
    if (!key.readable) {
        m_notes.append(tr("cannot read identity file %1").arg(QDir::toNativeSeparators(path)));
        return Attempt::Refused;
    }
    QByteArray passphrase;
    if (key.encrypted) {
        std::optional<QString> secret;
        if (m_options.secretProvider)
            secret = m_options.secretProvider({SshSecretRequest::Kind::KeyPassphrase, endpoint, path});
        if (!secret) {
            m_notes.append(tr("no passphrase for the encrypted key %1").arg(QDir::toNativeSeparators(path)));
            return Attempt::Refused;
        }
        passphrase = secret->toUtf8();
    }
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray privateKey = QFile::encodeName(path);
    const QString publicPath = path + QStringLiteral(".pub");
    const QByteArray publicKey = QFileInfo::exists(publicPath) ? QFile::encodeName(publicPath) : QByteArray();
    const int rc = retry([&] {
        return libssh2_userauth_publickey_fromfile_ex(m_session,
                                                      user.constData(),
                                                      static_cast<unsigned int>(user.size()),
                                                      publicKey.isEmpty() ? nullptr : publicKey.constData(),
                                                      privateKey.constData(),
                                                      key.encrypted ? passphrase.constData() : nullptr);
    });
    passphrase.fill('\0');
    if (m_abort)
        return Attempt::Aborted;
    if (rc == 0) {
        *methodUsed = tr("publickey (%1)").arg(QDir::toNativeSeparators(path));
        return Attempt::Succeeded;
    }
    // libssh2 1.10 signs with ssh-rsa (SHA-1) only; OpenSSH 8.8 and later answer that with
    // "Username/PublicKey combination invalid", which says nothing useful on its own.
    if (key.isRsa() && (rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED || rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED))
        m_rsaRefused = true;
    else if (rc == LIBSSH2_ERROR_FILE || rc == LIBSSH2_ERROR_METHOD_NOT_SUPPORTED)
        m_notes.append(tr("cannot use %1: %2").arg(QDir::toNativeSeparators(path), lastError()));
    return Attempt::Refused;
}

SshAuthenticator::Attempt SshAuthenticator::tryPassword(const SshEndpoint &endpoint)
{
    if (!m_options.secretProvider)
        return Attempt::Refused;
    const std::optional<QString> password = m_options.secretProvider({SshSecretRequest::Kind::Password, endpoint, {}});
    if (!password)
        return Attempt::Refused;
    QByteArray secret = password->toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const int rc = retry([&] {
        return libssh2_userauth_password_ex(m_session,
                                            user.constData(),
                                            static_cast<unsigned int>(user.size()),
                                            secret.constData(),
                                            static_cast<unsigned int>(secret.size()),
                                            nullptr);
    });
    secret.fill('\0');
    if (m_abort)
        return Attempt::Aborted;
    if (rc != 0)
        m_notes.append(tr("the password was refused"));
    return rc == 0 ? Attempt::Succeeded : Attempt::Refused;
}

} // namespace Leitstand::Remote
