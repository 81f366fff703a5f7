#pragma once

#include "SshChannelSink.h"
#include "SshReadBuffer.h"
#include "SshWaiter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_CHANNEL;

namespace Leitstand::Remote {

// One channel of a multiplexed session, driven step by step without ever blocking: a command
// (exec, with streamed stdout/stderr/stdin) or a direct-tcpip tunnel bridged to a local socket.
// Every step is bounded by deadlines; closing is too, after which the channel is abandoned.
class SshChannelTask final
{
    Q_DECLARE_TR_FUNCTIONS(SshChannelTask)

public:
    enum class State {
        Opening,
        Starting,
        Running,
        Closing,
        WaitingForClose,
        Finished,
    };

    struct Limits
    {
        unsigned int windowSize = 0;
        qint64 maxUndeliveredBytes = 0;
        std::chrono::milliseconds openTimeout{0};
        std::chrono::milliseconds closeTimeout{0};
        std::chrono::milliseconds runTimeout{0}; // zero: none
    };

    static SshChannelTask exec(quint64 id, QByteArray commandLine, bool closeInputAtStart, const Limits &limits);
    static SshChannelTask tunnel(quint64 id, QByteArray host, int port, int localFd, const Limits &limits);

    SshChannelTask(SshChannelTask &&other) noexcept;
    SshChannelTask &operator=(SshChannelTask &&) = delete;
    ~SshChannelTask();

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    bool isOpening() const { return m_state == State::Opening; }
    bool isFinished() const { return m_state == State::Finished; }

    // Drives the channel as far as it goes now. Only one channel may be opening at a time in
    // libssh2, so the worker says whether this one may. Returns whether anything happened.
    bool advance(_LIBSSH2_SESSION *session, SshChannelSink &sink, bool mayOpen, SshReadBuffer &buffer);
    // Enforces the deadlines; returns whether the state changed.
    bool checkDeadlines(SshClock::time_point now, SshChannelSink &sink);
    // The server refused to open more channels; the worker queues this one again later.
    bool wasRefusedForLimit() const { return m_refusedForLimit; }
    void requeue();
    void failOpen();

    void appendInput(const QByteArray &data);
    void closeInput();
    void acknowledge(qint64 bytes);
    void cancel();
    // The whole connection is gone: report it without touching libssh2 any more.
    void abandon(SshChannelSink &sink, const QString &reason);

    // For the tunnel's local socket in the worker's poll set.
    int localFd() const { return m_localFd; }
    short localEvents() const;
    // Whether stdout or tunnel data may be read now (false while the caller is behind).
    bool wantsChannelData() const;

private:
    SshChannelTask(quint64 id, const Limits &limits);

    bool open(_LIBSSH2_SESSION *session);
    bool start(_LIBSSH2_SESSION *session);
    bool runCommand(_LIBSSH2_SESSION *session, SshChannelSink &sink, SshReadBuffer &buffer);
    bool runTunnel(_LIBSSH2_SESSION *session, SshChannelSink &sink, SshReadBuffer &buffer);
    bool readStream(int stream, SshChannelSink &sink, SshReadBuffer &buffer, qint64 budget);
    bool writeInput(SshChannelSink &sink);
    bool close(_LIBSSH2_SESSION *session, SshChannelSink &sink);
    void beginClose(ProcessFailure failure, const QString &message);
    void finish(SshChannelSink &sink);
    void reportEarly(SshChannelSink &sink);
    QString lastError(_LIBSSH2_SESSION *session) const;

    quint64 m_id = 0;
    bool m_isTunnel = false;
    State m_state = State::Opening;
    _LIBSSH2_CHANNEL *m_channel = nullptr;
    Limits m_limits;
    SshClock::time_point m_openDeadline;
    SshClock::time_point m_runDeadline;
    SshClock::time_point m_closeDeadline;

    QByteArray m_commandLine;
    QByteArray m_tunnelHost;
    int m_tunnelPort = 0;
    int m_localFd = -1;
    bool m_localEof = false;
    bool m_localShutDown = false;
    QByteArray m_toLocal;

    QByteArray m_input;
    bool m_closeInputRequested = false;
    bool m_eofSent = false;
    bool m_remoteEof = false;
    qint64 m_undelivered = 0;
    bool m_refusedForLimit = false;

    ProcessResult m_result;
    bool m_haveResult = false;
    bool m_reported = false; // the caller already has the result (cancel, timeout)
    bool m_openStarted = false;
};

} // namespace Leitstand::Remote
