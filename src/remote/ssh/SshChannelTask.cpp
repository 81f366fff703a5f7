#include "SshChannelTask.h"

#include <libssh2.h>
#include <sys/socket.h>
#include <unistd.h>

#include <poll.h>

#include <cerrno>

namespace Leitstand::Remote {

namespace {

constexpr unsigned int MaxPacketSize = 32768; // the largest libssh2 1.10 accepts
constexpr qint64 ReadBudgetPerStep = 4 * 1024 * 1024;
constexpr qsizetype TunnelBufferLimit = 1024 * 1024;
constexpr int WouldBlock = LIBSSH2_ERROR_EAGAIN;

} // namespace

SshChannelTask::SshChannelTask(quint64 id, const Limits &limits)
    : m_id(id)
    , m_limits(limits)
    , m_openDeadline(SshClock::now() + limits.openTimeout)
    , m_runDeadline(limits.runTimeout.count() > 0 ? SshClock::now() + limits.runTimeout : SshClock::time_point::max())
{}

SshChannelTask SshChannelTask::exec(quint64 id, QByteArray commandLine, bool closeInputAtStart, const Limits &limits)
{
    SshChannelTask task(id, limits);
    task.m_commandLine = std::move(commandLine);
    task.m_closeInputRequested = closeInputAtStart;
    return task;
}

SshChannelTask SshChannelTask::tunnel(quint64 id, QByteArray host, int port, int localFd, const Limits &limits)
{
    SshChannelTask task(id, limits);
    task.m_isTunnel = true;
    task.m_tunnelHost = std::move(host);
    task.m_tunnelPort = port;
    task.m_localFd = localFd;
    return task;
}

SshChannelTask::SshChannelTask(SshChannelTask &&other) noexcept
    : m_id(other.m_id)
    , m_isTunnel(other.m_isTunnel)
    , m_state(other.m_state)
    , m_channel(std::exchange(other.m_channel, nullptr))
    , m_limits(other.m_limits)
    , m_openDeadline(other.m_openDeadline)
    , m_runDeadline(other.m_runDeadline)
    , m_closeDeadline(other.m_closeDeadline)
    , m_commandLine(std::move(other.m_commandLine))
    , m_tunnelHost(std::move(other.m_tunnelHost))
    , m_tunnelPort(other.m_tunnelPort)
    , m_localFd(std::exchange(other.m_localFd, -1))
    , m_localEof(other.m_localEof)
    , m_localShutDown(other.m_localShutDown)
    , m_toLocal(std::move(other.m_toLocal))
    , m_input(std::move(other.m_input))
    , m_closeInputRequested(other.m_closeInputRequested)
    , m_eofSent(other.m_eofSent)
    , m_remoteEof(other.m_remoteEof)
    , m_undelivered(other.m_undelivered)
    , m_refusedForLimit(other.m_refusedForLimit)
    , m_result(std::move(other.m_result))
    , m_haveResult(other.m_haveResult)
    , m_reported(other.m_reported)
    , m_openStarted(other.m_openStarted)
{}

SshChannelTask::~SshChannelTask()
{
    if (m_localFd >= 0)
        ::close(m_localFd);
}

QString SshChannelTask::lastError(LIBSSH2_SESSION *session) const
{
    char *message = nullptr;
    int length = 0;
    libssh2_session_last_error(session, &message, &length, 0);
    return QString::fromUtf8(message, length);
}

void SshChannelTask::failOpen()
{
    m_refusedForLimit = false;
    m_haveResult = true;
    m_state = State::WaitingForClose;
    m_closeDeadline = SshClock::now() + m_limits.closeTimeout;
}

void SshChannelTask::requeue()
{
    m_refusedForLimit = false;
    // Back to waiting for a slot; when no channel is open at all the worker fails it instead.
    m_state = State::Opening;
    m_openStarted = false;
}

void SshChannelTask::appendInput(const QByteArray &data)
{
    if (!m_closeInputRequested)
        m_input.append(data);
}

void SshChannelTask::closeInput()
{
    m_closeInputRequested = true;
}

void SshChannelTask::acknowledge(qint64 bytes)
{
    m_undelivered = std::max<qint64>(0, m_undelivered - bytes);
}

void SshChannelTask::cancel()
{
    beginClose(ProcessFailure::Cancelled, tr("cancelled"));
}

bool SshChannelTask::wantsChannelData() const
{
    if (m_state != State::Running)
        return m_state != State::Finished;
    if (m_isTunnel)
        return m_toLocal.size() < TunnelBufferLimit;
    return m_undelivered < m_limits.maxUndeliveredBytes;
}

short SshChannelTask::localEvents() const
{
    if (m_localFd < 0 || m_state != State::Running)
        return 0;
    short events = 0;
    if (!m_localEof)
        events |= POLLIN;
    if (!m_toLocal.isEmpty())
        events |= POLLOUT;
    return events;
}

void SshChannelTask::beginClose(ProcessFailure failure, const QString &message)
{
    if (m_state == State::Finished || m_state == State::Closing || m_state == State::WaitingForClose)
        return;
    if (!m_haveResult) {
        m_result = {-1, {}, failure, message};
        m_haveResult = true;
    }
    m_closeDeadline = SshClock::now() + m_limits.closeTimeout;
    m_state = m_channel ? State::Closing : State::WaitingForClose;
}

bool SshChannelTask::checkDeadlines(SshClock::time_point now, SshChannelSink &sink)
{
    reportEarly(sink);
    switch (m_state) {
    case State::Opening:
    case State::Starting:
        if (m_state == State::Opening && !m_openStarted) {
            if (now < m_runDeadline)
                return false;
            beginClose(ProcessFailure::TimedOut, tr("the command did not start in time"));
            return true;
        }
        if (now < m_openDeadline)
            return false;
        beginClose(ProcessFailure::StartFailed, tr("the host did not open a channel in time"));
        return true;
    case State::Running:
        if (now < m_runDeadline)
            return false;
        beginClose(ProcessFailure::TimedOut, tr("the command did not finish in time"));
        return true;
    case State::Closing:
    case State::WaitingForClose:
        if (now < m_closeDeadline)
            return false;
        // The host does not answer the close: leave the channel to the session (freed with it)
        // rather than wait on it.
        m_channel = nullptr;
        if (!m_haveResult) {
            m_result = {-1, {}, ProcessFailure::ConnectionLost, tr("the host did not close the channel in time")};
            m_haveResult = true;
        }
        finish(sink);
        return true;
    case State::Finished:
        return false;
    }
    return false;
}

void SshChannelTask::abandon(SshChannelSink &sink, const QString &reason)
{
    if (m_state == State::Finished)
        return;
    m_channel = nullptr;
    if (!m_haveResult || m_result.failure == ProcessFailure::None) {
        m_result = {-1, {}, ProcessFailure::ConnectionLost, reason};
        m_haveResult = true;
    }
    finish(sink);
}

void SshChannelTask::finish(SshChannelSink &sink)
{
    m_state = State::Finished;
    if (m_localFd >= 0) {
        ::close(m_localFd);
        m_localFd = -1;
    }
    if (!m_reported)
        sink.channelFinished(m_id, m_result);
    m_reported = true;
}

void SshChannelTask::reportEarly(SshChannelSink &sink)
{
    // A cancelled or timed-out command is over for the caller at once. sshd closes a session
    // channel only when its program exits, so the close goes on here, bounded by its deadline.
    if (m_reported || !m_haveResult || m_result.failure == ProcessFailure::None)
        return;
    if (m_state != State::Closing && m_state != State::WaitingForClose)
        return;
    m_reported = true;
    sink.channelFinished(m_id, m_result);
}

bool SshChannelTask::advance(LIBSSH2_SESSION *session, SshChannelSink &sink, bool mayOpen, SshReadBuffer &buffer)
{
    reportEarly(sink);
    switch (m_state) {
    case State::Opening:
        if (!mayOpen)
            return false;
        if (!m_openStarted) {
            // Waiting for a free channel slot is not the host being slow: the open timeout
            // starts when this channel's turn comes.
            m_openStarted = true;
            m_openDeadline = SshClock::now() + m_limits.openTimeout;
        }
        if (!open(session))
            return false;
        if (m_state == State::Running)
            sink.channelStarted(m_id);
        return true;
    case State::Starting:
        if (!start(session))
            return false;
        if (m_state == State::Running)
            sink.channelStarted(m_id);
        return true;
    case State::Running:
        return m_isTunnel ? runTunnel(session, sink, buffer) : runCommand(session, sink, buffer);
    case State::Closing:
    case State::WaitingForClose:
        return close(session, sink);
    case State::Finished:
        return false;
    }
    return false;
}

bool SshChannelTask::open(LIBSSH2_SESSION *session)
{
    if (m_isTunnel) {
        m_channel = libssh2_channel_direct_tcpip_ex(session, m_tunnelHost.constData(), m_tunnelPort, "127.0.0.1", 0);
    } else {
        static constexpr char type[] = "session";
        m_channel
            = libssh2_channel_open_ex(session, type, sizeof type - 1, m_limits.windowSize, MaxPacketSize, nullptr, 0);
    }
    if (m_channel) {
        m_state = m_isTunnel ? State::Running : State::Starting;
        return true;
    }
    const int error = libssh2_session_last_errno(session);
    if (error == WouldBlock)
        return false;
    const QString message = lastError(session);
    if (error == LIBSSH2_ERROR_CHANNEL_FAILURE && !m_isTunnel) {
        // Often sshd's MaxSessions (it answers "connect failed"): the worker retries once another
        // channel of this session has closed, or fails the channel when none is open.
        m_refusedForLimit = true;
        m_result = {-1, {}, ProcessFailure::StartFailed, tr("the host refused a channel: %1").arg(message)};
        return true;
    }
    m_result = {-1,
                {},
                ProcessFailure::StartFailed,
                m_isTunnel ? tr("the host refused a tunnel to %1 port %2: %3")
                                 .arg(QString::fromUtf8(m_tunnelHost))
                                 .arg(m_tunnelPort)
                                 .arg(message)
                           : tr("the host refused a channel: %1").arg(message)};
    m_haveResult = true;
    m_state = State::WaitingForClose;
    m_closeDeadline = SshClock::now() + m_limits.closeTimeout;
    return true;
}

bool SshChannelTask::start(LIBSSH2_SESSION *session)
{
    static constexpr char request[] = "exec";
    const int rc = libssh2_channel_process_startup(m_channel,
                                                   request,
                                                   sizeof request - 1,
                                                   m_commandLine.constData(),
                                                   static_cast<unsigned int>(m_commandLine.size()));
    if (rc == WouldBlock)
        return false;
    if (rc != 0) {
        beginClose(ProcessFailure::StartFailed, tr("the host refused to run the command: %1").arg(lastError(session)));
        return true;
    }
    m_state = State::Running;
    return true;
}

bool SshChannelTask::readStream(int stream, SshChannelSink &sink, SshReadBuffer &buffer, qint64 budget)
{
    bool progress = false;
    while (budget > 0) {
        // Fills the buffer as far as libssh2 has data: few large chunks cost the caller less
        // than many small ones, and a full buffer goes to it without a copy.
        char *data = buffer.data();
        qsizetype filled = 0;
        ssize_t n = 0;
        while (filled < buffer.capacity()) {
            n = libssh2_channel_read_ex(
                m_channel, stream, data + filled, static_cast<size_t>(buffer.capacity() - filled));
            if (n <= 0)
                break;
            filled += n;
        }
        if (filled > 0) {
            progress = true;
            budget -= filled;
            if (stream == 0)
                m_undelivered += filled;
            sink.channelOutput(m_id, buffer.take(filled), stream != 0);
        }
        if (n < 0 && n != WouldBlock) {
            beginClose(ProcessFailure::ConnectionLost, tr("reading from the host failed (libssh2 error %1)").arg(n));
            return true;
        }
        if (n <= 0 || (stream == 0 && m_undelivered >= m_limits.maxUndeliveredBytes))
            break;
    }
    return progress;
}

bool SshChannelTask::writeInput(SshChannelSink &sink)
{
    bool progress = false;
    while (!m_input.isEmpty()) {
        const ssize_t n
            = libssh2_channel_write_ex(m_channel, 0, m_input.constData(), static_cast<size_t>(m_input.size()));
        if (n == WouldBlock)
            return progress;
        if (n < 0) {
            beginClose(ProcessFailure::ConnectionLost, tr("writing to the host failed (libssh2 error %1)").arg(n));
            return true;
        }
        m_input.remove(0, static_cast<qsizetype>(n));
        sink.channelInputWritten(m_id, n);
        progress = true;
    }
    if (m_closeInputRequested && !m_eofSent) {
        const int rc = libssh2_channel_send_eof(m_channel);
        if (rc == WouldBlock)
            return progress;
        m_eofSent = true;
        progress = true;
    }
    return progress;
}

bool SshChannelTask::runCommand(LIBSSH2_SESSION *session, SshChannelSink &sink, SshReadBuffer &buffer)
{
    Q_UNUSED(session)
    // stderr first and always, whatever the caller's pace: a full stderr window would stall
    // the command and with it stdout.
    bool progress = readStream(1, sink, buffer, ReadBudgetPerStep);
    if (m_state != State::Running)
        return true;
    if (m_undelivered < m_limits.maxUndeliveredBytes)
        progress |= readStream(0, sink, buffer, ReadBudgetPerStep);
    if (m_state != State::Running)
        return true;
    progress |= writeInput(sink);
    if (m_state != State::Running)
        return true;
    if (libssh2_channel_eof(m_channel)) {
        m_closeDeadline = SshClock::now() + m_limits.closeTimeout;
        m_state = State::Closing;
        progress = true;
    }
    return progress;
}

bool SshChannelTask::runTunnel(LIBSSH2_SESSION *session, SshChannelSink &sink, SshReadBuffer &buffer)
{
    Q_UNUSED(session)
    bool progress = false;
    // Host to local socket.
    while (!m_remoteEof && m_toLocal.size() < TunnelBufferLimit) {
        const ssize_t n = libssh2_channel_read_ex(m_channel, 0, buffer.data(), static_cast<size_t>(buffer.capacity()));
        if (n == WouldBlock)
            break;
        if (n < 0) {
            beginClose(ProcessFailure::ConnectionLost, tr("reading from the tunnel failed (libssh2 error %1)").arg(n));
            return true;
        }
        if (n == 0) {
            m_remoteEof = libssh2_channel_eof(m_channel) != 0;
            break;
        }
        m_toLocal.append(buffer.data(), static_cast<qsizetype>(n));
        progress = true;
    }
    while (!m_toLocal.isEmpty()) {
        const ssize_t n = ::send(m_localFd, m_toLocal.constData(), static_cast<size_t>(m_toLocal.size()), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            beginClose(ProcessFailure::None, {}); // the local side went away: a normal end
            return true;
        }
        m_toLocal.remove(0, static_cast<qsizetype>(n));
        progress = true;
    }
    if (m_remoteEof && m_toLocal.isEmpty() && !m_localShutDown) {
        ::shutdown(m_localFd, SHUT_WR);
        m_localShutDown = true;
        progress = true;
    }
    // Local socket to host: read only what the channel takes, so the socket pushes back.
    while (!m_localEof && m_input.size() < TunnelBufferLimit) {
        const ssize_t n = ::recv(m_localFd, buffer.data(), static_cast<size_t>(buffer.capacity()), 0);
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                m_localEof = true;
            break;
        }
        if (n == 0) {
            m_localEof = true;
            break;
        }
        m_input.append(buffer.data(), static_cast<qsizetype>(n));
        progress = true;
    }
    if (m_localEof)
        m_closeInputRequested = true;
    if (m_state == State::Running) {
        progress |= writeInput(sink);
    }
    if (m_state == State::Running && m_remoteEof && m_toLocal.isEmpty() && m_localEof && m_eofSent) {
        beginClose(ProcessFailure::None, {});
        progress = true;
    }
    return progress;
}

bool SshChannelTask::close(LIBSSH2_SESSION *session, SshChannelSink &sink)
{
    Q_UNUSED(session)
    if (m_state == State::Closing) {
        // libssh2 1.10's close sends our CLOSE and reads until the host's CLOSE arrives; the
        // exit status comes before it.
        const int rc = libssh2_channel_close(m_channel);
        if (rc == WouldBlock)
            return false;
        if (!m_haveResult) {
            m_result.exitCode = libssh2_channel_get_exit_status(m_channel);
            char *signal = nullptr;
            size_t signalLength = 0;
            libssh2_channel_get_exit_signal(m_channel, &signal, &signalLength, nullptr, nullptr, nullptr, nullptr);
            if (signal) {
                m_result.exitSignal = QString::fromUtf8(signal, static_cast<qsizetype>(signalLength));
                libssh2_free(session, signal);
            }
            m_haveResult = true;
        }
        m_state = State::WaitingForClose;
    }
    if (m_channel) {
        if (libssh2_channel_free(m_channel) == WouldBlock)
            return false;
        m_channel = nullptr;
    }
    finish(sink);
    return true;
}

} // namespace Leitstand::Remote
