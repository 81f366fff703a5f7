#include "SshRawLibssh2Client.h"

#include "SshCpuTime.h"

#include "remote/ShellQuoting.h"
#include "remote/ssh/SshAlgorithmPreferences.h"
#include "remote/ssh/SshLibrary.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <fcntl.h>
#include <libssh2.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace Leitstand::Bench {

// Frees whatever a run got as far as, in the right order.
struct SshRawLibssh2Client::RawSession
{
    int socketFd = -1;
    LIBSSH2_SESSION *session = nullptr;
    LIBSSH2_CHANNEL *channel = nullptr;
    int outputFd = -1;

    ~RawSession()
    {
        if (channel)
            libssh2_channel_free(channel);
        if (session) {
            libssh2_session_disconnect(session, "bye");
            libssh2_session_free(session);
        }
        if (socketFd >= 0)
            ::close(socketFd);
        if (outputFd >= 0)
            ::close(outputFd);
    }

    QString lastError() const
    {
        char *message = nullptr;
        libssh2_session_last_error(session, &message, nullptr, 0);
        return QString::fromUtf8(message);
    }
};

namespace {

constexpr std::size_t ReadBufferSize = 256 * 1024;
constexpr unsigned int WindowSize = 16U * 1024U * 1024U;
constexpr unsigned int MaxPacketSize = 32768;

bool hostKeyIsKnown(LIBSSH2_SESSION *session, const QString &knownHostsFile, int port)
{
    LIBSSH2_KNOWNHOSTS *hosts = libssh2_knownhost_init(session);
    size_t keyLength = 0;
    int keyType = 0;
    const char *key = libssh2_session_hostkey(session, &keyLength, &keyType);
    bool known = false;
    if (hosts && key
        && libssh2_knownhost_readfile(hosts, knownHostsFile.toLocal8Bit().constData(), LIBSSH2_KNOWNHOST_FILE_OPENSSH)
               > 0) {
        const int check = libssh2_knownhost_checkp(hosts,
                                                   "127.0.0.1",
                                                   port,
                                                   key,
                                                   keyLength,
                                                   LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW,
                                                   nullptr);
        known = check == LIBSSH2_KNOWNHOST_CHECK_MATCH;
    }
    if (hosts)
        libssh2_knownhost_free(hosts);
    return known;
}

} // namespace

SshRawLibssh2Client::SshRawLibssh2Client(Login login)
    : m_login(std::move(login))
{
    Remote::SshLibrary::initialize();
}

Expected<SshSample> SshRawLibssh2Client::runTrue() const
{
    return run({QStringLiteral("true")}, QStringLiteral("/dev/null"));
}

Expected<SshSample> SshRawLibssh2Client::download(const QStringList &command, const QString &localPath) const
{
    return run(command, localPath);
}

std::optional<QString> SshRawLibssh2Client::login(RawSession &raw) const
{
    raw.socketFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int on = 1;
    ::setsockopt(raw.socketFd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(m_login.port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(raw.socketFd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return QStringLiteral("cannot connect to 127.0.0.1:%1").arg(m_login.port);
    raw.session = libssh2_session_init();
    libssh2_session_method_pref(raw.session, LIBSSH2_METHOD_CRYPT_CS, Remote::SshAlgorithmPreferences::Ciphers);
    libssh2_session_method_pref(raw.session, LIBSSH2_METHOD_CRYPT_SC, Remote::SshAlgorithmPreferences::Ciphers);
    libssh2_session_method_pref(raw.session, LIBSSH2_METHOD_MAC_CS, Remote::SshAlgorithmPreferences::Macs);
    libssh2_session_method_pref(raw.session, LIBSSH2_METHOD_MAC_SC, Remote::SshAlgorithmPreferences::Macs);
    if (libssh2_session_handshake(raw.session, raw.socketFd) != 0)
        return QStringLiteral("libssh2 handshake failed: %1").arg(raw.lastError());
    m_negotiated = QStringLiteral("%1 %2").arg(
        QString::fromLatin1(libssh2_session_methods(raw.session, LIBSSH2_METHOD_CRYPT_SC)),
        QString::fromLatin1(libssh2_session_methods(raw.session, LIBSSH2_METHOD_MAC_SC)));
    if (!hostKeyIsKnown(raw.session, m_login.knownHostsFile, m_login.port))
        return QStringLiteral("libssh2: the host key is not the one in known_hosts");
    const QByteArray user = m_login.user.toUtf8();
    const QByteArray privateKey = m_login.identityFile.toLocal8Bit();
    const QByteArray publicKey = privateKey + ".pub";
    if (libssh2_userauth_publickey_fromfile(
            raw.session, user.constData(), publicKey.constData(), privateKey.constData(), nullptr)
        != 0)
        return QStringLiteral("libssh2 authentication failed: %1").arg(raw.lastError());
    return std::nullopt;
}

Expected<SshSample> SshRawLibssh2Client::run(const QStringList &command, const QString &outputPath) const
{
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    SshSample sample;
    {
        RawSession raw;
        if (const auto failure = login(raw))
            return Error(*failure);
        static constexpr char type[] = "session";
        raw.channel
            = libssh2_channel_open_ex(raw.session, type, sizeof type - 1, WindowSize, MaxPacketSize, nullptr, 0);
        const QByteArray commandLine = ShellQuoting::joinCommand(command).toUtf8();
        if (!raw.channel || libssh2_channel_exec(raw.channel, commandLine.constData()) != 0)
            return Error(QStringLiteral("libssh2 could not run the command: %1").arg(raw.lastError()));
        raw.outputFd = ::open(outputPath.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (raw.outputFd < 0)
            return Error(QStringLiteral("cannot write %1").arg(outputPath));
        std::vector<char> buffer(ReadBufferSize);
        for (;;) {
            const double readStart = threadCpuSeconds();
            const ssize_t n = libssh2_channel_read(raw.channel, buffer.data(), buffer.size());
            sample.readCpuSeconds += threadCpuSeconds() - readStart;
            if (n < 0)
                return Error(QStringLiteral("libssh2 read failed: %1").arg(raw.lastError()));
            if (n == 0)
                break;
            if (::write(raw.outputFd, buffer.data(), static_cast<size_t>(n)) != n)
                return Error(QStringLiteral("cannot write %1").arg(outputPath));
            sample.bytes += n;
        }
        libssh2_channel_close(raw.channel);
        libssh2_channel_wait_closed(raw.channel);
        if (const int status = libssh2_channel_get_exit_status(raw.channel); status != 0)
            return Error(QStringLiteral("the command exited with %1").arg(status));
    }
    sample.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = processCpuSeconds() - cpuBefore;
    return sample;
}

} // namespace Leitstand::Bench
