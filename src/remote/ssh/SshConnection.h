#pragma once

#include "SshChannelClient.h"
#include "SshConnectionOptions.h"
#include "SshFailure.h"
#include "remote/transport/ProcessOptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace Leitstand::Remote {

class SshProcess;
class SshSessionWorker;
class SshTunnel;

// One connection to one host, shared by everything that talks to it: commands, long-lived
// streams, transfers and tunnels run as channels of one session, on a thread of its own, so a
// dead or slow host never blocks another host or the caller. Lives on the caller's thread;
// every result arrives there through signals. Requests made before the login finishes wait for
// it. With autoReconnect a lost connection is rebuilt with exponential backoff.
class SshConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,
        Connecting,
        Connected,
        WaitingToReconnect,
        Failed,
    };
    Q_ENUM(State)

    explicit SshConnection(SshConnectionOptions options, QObject *parent = nullptr);
    ~SshConnection() override;

    const SshConnectionOptions &options() const { return m_options; }
    State state() const { return m_state; }
    const SshSessionInfo &sessionInfo() const { return m_info; }
    const std::optional<SshFailure> &lastFailure() const { return m_lastFailure; }

    void connectToHost();
    void disconnectFromHost();

    // Runs the argument vector, quoted by ShellQuoting, through the user's login shell. Connects
    // first when needed.
    std::unique_ptr<SshProcess> exec(const QStringList &arguments, const ProcessOptions &options = {});
    // A direct-tcpip channel from the host to host:port (often 127.0.0.1 and a service port).
    std::unique_ptr<SshTunnel> openTunnel(const QString &host, int port);

    // For handles: requests to the worker wait here until the login has finished.
    void toWorker(std::function<void(SshSessionWorker &)> call);
    void unregisterClient(quint64 id);

Q_SIGNALS:
    void stateChanged(Leitstand::Remote::SshConnection::State state);
    void connected(const Leitstand::Remote::SshSessionInfo &info);
    void failed(const Leitstand::Remote::SshFailure &failure);

private:
    quint64 registerClient(SshChannelClient *client);
    void startLogin();
    void startWorker(int preconnectedFd);
    void stopWorker();
    void onWorkerConnected(const SshSessionInfo &info);
    void onWorkerFailed(const SshFailure &failure);
    void setState(State state);
    void failPending(const SshFailure &failure);

    SshConnectionOptions m_options;
    State m_state = State::Disconnected;
    SshSessionInfo m_info;
    std::optional<SshFailure> m_lastFailure;

    QThread *m_thread = nullptr;
    SshSessionWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    std::vector<std::function<void(SshSessionWorker &)>> m_pendingCalls;
    QHash<quint64, SshChannelClient *> m_clients;
    quint64 m_nextId = 1;

    std::unique_ptr<SshConnection> m_jump;
    std::unique_ptr<SshTunnel> m_jumpTunnel;

    QTimer m_reconnectTimer;
    std::chrono::milliseconds m_reconnectDelay{0};
};

} // namespace Leitstand::Remote
