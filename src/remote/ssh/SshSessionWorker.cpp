#include "SshSessionWorker.h"

#include "SshSessionSetup.h"

#include <fcntl.h>
#include <libssh2.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace Leitstand::Remote {

namespace {

// Large reads: fewer calls per byte, libssh2 copies several packets into one call, and a
// streaming download reaches the caller in few large chunks that need no copy (SshReadBuffer).
// 1 MiB measured no faster than this in ssh_benchmark.
constexpr qsizetype ReadBufferSize = 256 * 1024;

bool isSessionFatal(int error)
{
    return error == LIBSSH2_ERROR_SOCKET_DISCONNECT || error == LIBSSH2_ERROR_SOCKET_RECV
           || error == LIBSSH2_ERROR_SOCKET_SEND || error == LIBSSH2_ERROR_DECRYPT
           || error == LIBSSH2_ERROR_SOCKET_TIMEOUT || error == LIBSSH2_ERROR_BAD_USE;
}

} // namespace

SshSessionWorker::SshSessionWorker(SshConnectionOptions options, int preconnectedFd)
    : m_options(std::move(options))
    , m_preconnectedFd(preconnectedFd)
    , m_waiter((::pipe(m_wakePipe), m_wakePipe[0]), m_stopRequested)
    , m_channelLimit(static_cast<std::size_t>(std::max(1, m_options.maxOpenChannels)))
{
    for (int fd : m_wakePipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
}

SshSessionWorker::~SshSessionWorker()
{
    for (int fd : m_wakePipe) {
        if (fd >= 0)
            ::close(fd);
    }
}

void SshSessionWorker::post(std::function<void()> request)
{
    {
        const std::lock_guard lock(m_mutex);
        m_requests.push_back(std::move(request));
    }
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(m_wakePipe[1], &byte, 1);
}

void SshSessionWorker::runRequests()
{
    char drain[256];
    while (::read(m_wakePipe[0], drain, sizeof drain) > 0) {
    }
    std::vector<std::function<void()>> requests;
    {
        const std::lock_guard lock(m_mutex);
        requests.swap(m_requests);
    }
    for (auto &request : requests)
        request();
}

SshChannelTask *SshSessionWorker::task(quint64 id)
{
    const auto found
        = std::find_if(m_tasks.begin(), m_tasks.end(), [id](const SshChannelTask &t) { return t.id() == id; });
    return found == m_tasks.end() ? nullptr : &*found;
}

void SshSessionWorker::startCommand(quint64 id, const QByteArray &commandLine, const ProcessOptions &options)
{
    const SshChannelTask::Limits limits{m_options.channelWindowSize,
                                        m_options.maxUndeliveredBytes,
                                        m_options.channelOpenTimeout,
                                        m_options.channelCloseTimeout,
                                        options.timeout};
    post([this, id, commandLine, close = options.closeInputAtStart, limits] {
        m_tasks.push_back(SshChannelTask::exec(id, commandLine, close, limits));
    });
}

void SshSessionWorker::startTunnel(quint64 id, const QByteArray &host, int port, int localFd)
{
    const SshChannelTask::Limits limits{m_options.channelWindowSize,
                                        m_options.maxUndeliveredBytes,
                                        m_options.channelOpenTimeout,
                                        m_options.channelCloseTimeout,
                                        std::chrono::milliseconds(0)};
    post([this, id, host, port, localFd, limits] {
        m_tasks.push_back(SshChannelTask::tunnel(id, host, port, localFd, limits));
    });
}

void SshSessionWorker::writeInput(quint64 id, const QByteArray &data)
{
    post([this, id, data] {
        if (SshChannelTask *t = task(id))
            t->appendInput(data);
    });
}

void SshSessionWorker::closeInput(quint64 id)
{
    post([this, id] {
        if (SshChannelTask *t = task(id))
            t->closeInput();
    });
}

void SshSessionWorker::acknowledge(quint64 id, qint64 bytes)
{
    post([this, id, bytes] {
        if (SshChannelTask *t = task(id))
            t->acknowledge(bytes);
    });
}

void SshSessionWorker::cancel(quint64 id)
{
    post([this, id] {
        if (SshChannelTask *t = task(id))
            t->cancel();
    });
}

void SshSessionWorker::stop()
{
    m_stopRequested = true;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(m_wakePipe[1], &byte, 1);
}

void SshSessionWorker::run()
{
    SshSessionSetup setup(m_options, m_waiter);
    SshSessionInfo info;
    if (auto failure = setup.run(m_preconnectedFd, info)) {
        setup.release();
        Q_EMIT failed(*failure);
        abandonAll(failure->message);
        return;
    }
    Q_EMIT connected(info);
    multiplex(setup.session(), setup.socketFd());
    setup.release();
}

void SshSessionWorker::abandonAll(const QString &reason)
{
    runRequests();
    for (SshChannelTask &t : m_tasks)
        t.abandon(*this, reason);
    m_tasks.clear();
}

bool SshSessionWorker::pump(LIBSSH2_SESSION *session, SshReadBuffer &buffer)
{
    bool anyProgress = false;
    for (bool progress = true; progress && !m_sessionBroken;) {
        progress = false;
        std::size_t open = 0;
        for (const SshChannelTask &t : m_tasks)
            open += t.isOpening() || t.isFinished() ? 0 : 1;
        bool openerChosen = false;
        for (auto it = m_tasks.begin(); it != m_tasks.end();) {
            SshChannelTask &t = *it;
            // A packet libssh2 could only send in part must be completed by the same call
            // before any other call sends (libssh2 1.10 answers LIBSSH2_ERROR_BAD_USE otherwise).
            if (m_outboundOwner && m_outboundOwner != &t) {
                ++it;
                continue;
            }
            const bool mayOpen = t.isOpening() && !openerChosen && open < m_channelLimit;
            if (t.isOpening())
                openerChosen = true; // libssh2 opens one channel at a time, in order
            progress |= t.advance(session, *this, mayOpen, buffer);
            const bool blockedOutbound = libssh2_session_block_directions(session) & LIBSSH2_SESSION_BLOCK_OUTBOUND;
            m_outboundOwner = blockedOutbound && !t.isFinished() ? &t : nullptr;
            if (t.wasRefusedForLimit()) {
                if (open == 0) {
                    t.failOpen();
                } else {
                    m_channelLimit = open;
                    t.requeue();
                    progress = false; // wait for a channel to close
                }
            }
            if (isSessionFatal(libssh2_session_last_errno(session))) {
                m_sessionBroken = true;
                break;
            }
            if (t.isFinished()) {
                if (m_outboundOwner == &t)
                    m_outboundOwner = nullptr;
                it = m_tasks.erase(it);
                continue;
            }
            ++it;
        }
        anyProgress |= progress;
    }
    return anyProgress;
}

std::optional<QString> SshSessionWorker::checkLiveness(LIBSSH2_SESSION *session, int socketFd, bool sawInbound)
{
    const auto now = SshClock::now();
    int pending = 0;
    ::ioctl(socketFd, FIONREAD, &pending);
    if (sawInbound || pending > m_lastPendingInbound)
        m_lastInbound = now;
    m_lastPendingInbound = pending;
    char peek = 0;
    const ssize_t peeked = ::recv(socketFd, &peek, 1, MSG_PEEK | MSG_DONTWAIT);
    if (peeked == 0)
        return tr("the host closed the connection");
    if (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
        return tr("the connection to the host broke: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));

    const bool anyPaused
        = std::any_of(m_tasks.begin(), m_tasks.end(), [](const SshChannelTask &t) { return !t.wantsChannelData(); });
    // Never while a channel's packet is half sent: libssh2 would refuse the next call.
    if (!m_outboundOwner) {
        int secondsToNext = 0;
        libssh2_keepalive_send(session, &secondsToNext);
    }
    // A paused reader stops the flow on purpose; silence then proves nothing.
    const auto limit = m_options.keepaliveInterval * std::max(1, m_options.keepaliveCountMax);
    if (!anyPaused && now - m_lastInbound > limit)
        return tr("the host did not answer for %1 seconds").arg(limit.count());
    return std::nullopt;
}

void SshSessionWorker::multiplex(LIBSSH2_SESSION *session, int socketFd)
{
    libssh2_keepalive_config(session, 1, static_cast<unsigned int>(m_options.keepaliveInterval.count()));
    SshReadBuffer buffer(ReadBufferSize);
    m_lastInbound = SshClock::now();
    auto nextLivenessCheck = SshClock::now();
    std::vector<pollfd> fds;
    bool sawInbound = false;
    std::optional<QString> lostReason;
    while (!m_stopRequested.load()) {
        runRequests();
        pump(session, buffer);
        const auto now = SshClock::now();
        for (auto it = m_tasks.begin(); it != m_tasks.end();) {
            it->checkDeadlines(now, *this);
            it = it->isFinished() ? m_tasks.erase(it) : std::next(it);
        }
        if (m_sessionBroken) {
            lostReason = tr("the connection to the host was lost");
            break;
        }
        if (now >= nextLivenessCheck) {
            lostReason = checkLiveness(session, socketFd, sawInbound);
            if (lostReason)
                break;
            sawInbound = false;
            nextLivenessCheck = now + std::chrono::seconds(1);
        }

        fds.clear();
        fds.push_back({m_wakePipe[0], POLLIN, 0});
        short sessionEvents = 0;
        const int directions = libssh2_session_block_directions(session);
        const bool wantsData
            = std::any_of(m_tasks.begin(), m_tasks.end(), [](const SshChannelTask &t) { return t.wantsChannelData(); });
        if (wantsData || (directions & LIBSSH2_SESSION_BLOCK_INBOUND && !m_tasks.empty()))
            sessionEvents |= POLLIN;
        if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
            sessionEvents |= POLLOUT;
        fds.push_back({socketFd, sessionEvents, 0});
        for (const SshChannelTask &t : m_tasks) {
            if (t.localEvents() != 0 && !m_outboundOwner)
                fds.push_back({t.localFd(), t.localEvents(), 0});
        }
        const auto untilCheck
            = std::chrono::duration_cast<std::chrono::milliseconds>(nextLivenessCheck - SshClock::now());
        const int timeout = static_cast<int>(std::clamp<long long>(untilCheck.count(), 0, 1000));
        ::poll(fds.data(), static_cast<nfds_t>(fds.size()), timeout);
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR))
            sawInbound = true;
        // Nobody reads the session now: look at once whether the host hung up.
        if (fds[1].revents & (POLLHUP | POLLERR) && !(sessionEvents & POLLIN))
            nextLivenessCheck = SshClock::now();
    }
    if (!lostReason)
        lostReason = tr("the connection was closed");
    const bool stopped = m_stopRequested.load();
    abandonAll(*lostReason);
    if (!stopped)
        Q_EMIT failed({SshFailureKind::ConnectionLost, *lostReason, {}, {}, {}});
}

void SshSessionWorker::channelStarted(quint64 id)
{
    Q_EMIT channelOpened(id);
}

void SshSessionWorker::channelOutput(quint64 id, const QByteArray &data, bool isStandardError)
{
    Q_EMIT dataReceived(id, data, isStandardError);
}

void SshSessionWorker::channelInputWritten(quint64 id, qint64 bytes)
{
    Q_EMIT dataSent(id, bytes);
}

void SshSessionWorker::channelFinished(quint64 id, const ProcessResult &result)
{
    Q_EMIT channelClosed(id, result);
}

} // namespace Leitstand::Remote
