#pragma once

#include "SshChannelSink.h"
#include "SshChannelTask.h"
#include "SshConnectionOptions.h"
#include "SshFailure.h"
#include "SshReadBuffer.h"
#include "SshWaiter.h"
#include "remote/transport/ProcessOptions.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <list>
#include <mutex>
#include <vector>

struct _LIBSSH2_SESSION;

namespace Leitstand::Remote {

// Owns one libssh2 session on its own thread (libssh2 wants one thread per session): logs in,
// then multiplexes every channel of the connection with one poll loop over the session socket,
// the local ends of tunnels and a wake-up pipe. Requests arrive from other threads through a
// queue; everything that happens leaves through queued signals. Nothing here blocks the caller.
class SshSessionWorker final : public QObject, private SshChannelSink
{
    Q_OBJECT

public:
    // preconnectedFd: the socket of a tunnel through a jump host, or -1 to connect directly.
    SshSessionWorker(SshConnectionOptions options, int preconnectedFd);
    ~SshSessionWorker() override;

    // The thread body. Returns when the connection ends or stop() was called.
    void run();

    // Thread-safe requests.
    void startCommand(quint64 id, const QByteArray &commandLine, const ProcessOptions &options);
    void startTunnel(quint64 id, const QByteArray &host, int port, int localFd);
    void writeInput(quint64 id, const QByteArray &data);
    void closeInput(quint64 id);
    void acknowledge(quint64 id, qint64 bytes);
    void cancel(quint64 id);
    void stop();

Q_SIGNALS:
    void connected(const Leitstand::Remote::SshSessionInfo &info);
    // Login failed, or an established connection was lost.
    void failed(const Leitstand::Remote::SshFailure &failure);
    void channelOpened(quint64 id);
    void dataReceived(quint64 id, const QByteArray &data, bool isStandardError);
    void dataSent(quint64 id, qint64 bytes);
    void channelClosed(quint64 id, const Leitstand::Remote::ProcessResult &result);

private:
    void post(std::function<void()> request);
    void runRequests();
    void multiplex(_LIBSSH2_SESSION *session, int socketFd);
    bool pump(_LIBSSH2_SESSION *session, SshReadBuffer &buffer);
    std::optional<QString> checkLiveness(_LIBSSH2_SESSION *session, int socketFd, bool sawInbound);
    SshChannelTask *task(quint64 id);
    void abandonAll(const QString &reason);

    void channelStarted(quint64 id) override;
    void channelOutput(quint64 id, const QByteArray &data, bool isStandardError) override;
    void channelInputWritten(quint64 id, qint64 bytes) override;
    void channelFinished(quint64 id, const ProcessResult &result) override;

    SshConnectionOptions m_options;
    int m_preconnectedFd;
    int m_wakePipe[2] = {-1, -1};
    std::atomic_bool m_stopRequested{false};
    SshWaiter m_waiter;

    std::mutex m_mutex;
    std::vector<std::function<void()>> m_requests;

    // Only touched on the worker thread.
    std::list<SshChannelTask> m_tasks;
    SshChannelTask *m_outboundOwner = nullptr;
    std::size_t m_channelLimit; // lowered to what the server allows (sshd's MaxSessions)
    bool m_sessionBroken = false;
    SshClock::time_point m_lastInbound;
    int m_lastPendingInbound = 0;
};

} // namespace Leitstand::Remote
