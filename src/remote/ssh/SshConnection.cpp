#include "SshConnection.h"

#include "SshLibrary.h"
#include "SshProcess.h"
#include "SshSessionWorker.h"
#include "SshTunnel.h"
#include "remote/ShellQuoting.h"

#include <QThread>

#include <unistd.h>

namespace Leitstand::Remote {

namespace {

// How long a destructor waits for the worker before leaving it to finish on its own.
constexpr unsigned long WorkerExitWaitMs = 2000;

} // namespace

SshConnection::SshConnection(SshConnectionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_reconnectDelay(m_options.reconnectInitialDelay)
{
    SshLibrary::initialize();
    qRegisterMetaType<SshSessionInfo>();
    qRegisterMetaType<SshFailure>();
    qRegisterMetaType<ProcessResult>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SshConnection::connectToHost);
}

SshConnection::~SshConnection()
{
    m_jumpTunnel.reset();
    stopWorker();
    for (SshChannelClient *client : std::as_const(m_clients)) {
        const ProcessResult result{-1, {}, ProcessFailure::ConnectionLost, tr("the connection was closed")};
        client->channelClosed(result, nullptr);
    }
}

void SshConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SshConnection::connectToHost()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    m_reconnectTimer.stop();
    setState(State::Connecting);
    startLogin();
}

void SshConnection::disconnectFromHost()
{
    m_reconnectTimer.stop();
    m_jumpTunnel.reset();
    m_jump.reset();
    stopWorker();
    setState(State::Disconnected);
}

void SshConnection::startLogin()
{
    if (m_options.jumpHosts.isEmpty()) {
        startWorker(-1);
        return;
    }
    // ProxyJump: the last hop carries a direct-tcpip channel to this host, bridged by its worker
    // to a local socket pair; this session runs over the other end. (A custom send/recv
    // callback would avoid the socket pair, but breaks agent authentication in libssh2 1.10.)
    if (!m_jump) {
        SshConnectionOptions jumpOptions = m_options;
        jumpOptions.endpoint = m_options.jumpHosts.constLast();
        jumpOptions.jumpHosts = m_options.jumpHosts.mid(0, m_options.jumpHosts.size() - 1);
        jumpOptions.autoReconnect = false;
        m_jump = std::make_unique<SshConnection>(jumpOptions);
    }
    m_jumpTunnel = m_jump->openTunnel(m_options.endpoint.host, m_options.endpoint.port);
    const quint64 generation = ++m_generation;
    connect(m_jumpTunnel.get(), &SshTunnel::opened, this, [this, generation] {
        if (generation == m_generation)
            startWorker(m_jumpTunnel->takeSocket());
    });
    connect(m_jumpTunnel.get(), &SshTunnel::failed, this, [this, generation](const SshFailure &failure) {
        if (generation != m_generation)
            return;
        SshFailure viaJump = failure;
        viaJump.message = tr("through jump host %1: %2").arg(m_jump->options().endpoint.label(), failure.message);
        // The jump connection is rebuilt on the next attempt.
        QTimer::singleShot(0, this, [this] {
            m_jumpTunnel.reset();
            m_jump.reset();
        });
        onWorkerFailed(viaJump);
    });
}

void SshConnection::startWorker(int preconnectedFd)
{
    stopWorker();
    const quint64 generation = ++m_generation;
    m_worker = new SshSessionWorker(m_options, preconnectedFd);
    SshSessionWorker *worker = m_worker;
    m_thread = QThread::create([worker] { worker->run(); });
    m_thread->setObjectName(QStringLiteral("ssh %1").arg(m_options.endpoint.label()));

    // Signals from an older worker (before a reconnect) may still be queued; the generation
    // tells them apart.
    const auto current = [this, generation] {
        return generation == m_generation;
    };
    connect(
        worker,
        &SshSessionWorker::connected,
        this,
        [this, current](const SshSessionInfo &info) {
            if (current())
                onWorkerConnected(info);
        },
        Qt::QueuedConnection);
    connect(
        worker,
        &SshSessionWorker::failed,
        this,
        [this, current](const SshFailure &failure) {
            if (current())
                onWorkerFailed(failure);
        },
        Qt::QueuedConnection);
    connect(
        worker,
        &SshSessionWorker::channelOpened,
        this,
        [this](quint64 id) {
            if (SshChannelClient *client = m_clients.value(id))
                client->channelOpened();
        },
        Qt::QueuedConnection);
    connect(
        worker,
        &SshSessionWorker::dataReceived,
        this,
        [this](quint64 id, const QByteArray &data, bool isError) {
            if (SshChannelClient *client = m_clients.value(id))
                client->channelData(data, isError);
            else if (!isError && m_worker)
                m_worker->acknowledge(id, data.size());
        },
        Qt::QueuedConnection);
    connect(
        worker,
        &SshSessionWorker::dataSent,
        this,
        [this](quint64 id, qint64 bytes) {
            if (SshChannelClient *client = m_clients.value(id))
                client->channelDataSent(bytes);
        },
        Qt::QueuedConnection);
    connect(
        worker,
        &SshSessionWorker::channelClosed,
        this,
        [this](quint64 id, const ProcessResult &result) {
            if (SshChannelClient *client = m_clients.take(id))
                client->channelClosed(result, nullptr);
        },
        Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void SshConnection::stopWorker()
{
    if (!m_worker)
        return;
    ++m_generation;
    m_worker->disconnect(this);
    m_worker->stop();
    QThread *thread = std::exchange(m_thread, nullptr);
    SshSessionWorker *worker = std::exchange(m_worker, nullptr);
    // The worker wakes at once; only a host name lookup or an agent call can keep it longer,
    // and then it finishes and deletes itself on its own.
    if (thread->wait(WorkerExitWaitMs)) {
        thread->disconnect();
        delete thread;
        delete worker;
    }
}

void SshConnection::onWorkerConnected(const SshSessionInfo &info)
{
    m_info = info;
    m_lastFailure.reset();
    m_reconnectDelay = m_options.reconnectInitialDelay;
    setState(State::Connected);
    const auto calls = std::exchange(m_pendingCalls, {});
    for (const auto &call : calls)
        call(*m_worker);
    Q_EMIT connected(info);
}

void SshConnection::onWorkerFailed(const SshFailure &failure)
{
    m_lastFailure = failure;
    const bool wasConnected = m_state == State::Connected;
    stopWorker();
    failPending(failure);
    if (m_options.autoReconnect && !failure.isPermanent()) {
        setState(State::WaitingToReconnect);
        m_reconnectTimer.start(m_reconnectDelay);
        m_reconnectDelay = std::min(m_reconnectDelay * 2, m_options.reconnectMaxDelay);
    } else {
        setState(wasConnected && !failure.isPermanent() ? State::Disconnected : State::Failed);
    }
    Q_EMIT failed(failure);
}

void SshConnection::failPending(const SshFailure &failure)
{
    m_pendingCalls.clear();
    const auto clients = std::exchange(m_clients, {});
    const ProcessResult result{-1, {}, ProcessFailure::StartFailed, failure.message};
    for (SshChannelClient *client : clients)
        client->channelClosed(result, &failure);
}

void SshConnection::toWorker(std::function<void(SshSessionWorker &)> call)
{
    if (m_state == State::Connected && m_worker) {
        call(*m_worker);
        return;
    }
    m_pendingCalls.push_back(std::move(call));
    if (m_state != State::Connecting)
        connectToHost();
}

quint64 SshConnection::registerClient(SshChannelClient *client)
{
    const quint64 id = m_nextId++;
    m_clients.insert(id, client);
    return id;
}

void SshConnection::unregisterClient(quint64 id)
{
    if (m_clients.remove(id) && m_worker && m_state == State::Connected)
        m_worker->cancel(id);
}

std::unique_ptr<SshProcess> SshConnection::exec(const QStringList &arguments, const ProcessOptions &options)
{
    auto process = std::unique_ptr<SshProcess>(new SshProcess(this));
    const quint64 id = registerClient(process.get());
    process->setId(id);
    const QByteArray commandLine = ShellQuoting::joinCommand(arguments).toUtf8();
    toWorker([id, commandLine, options](SshSessionWorker &worker) { worker.startCommand(id, commandLine, options); });
    return process;
}

std::unique_ptr<SshTunnel> SshConnection::openTunnel(const QString &host, int port)
{
    auto tunnel = std::unique_ptr<SshTunnel>(new SshTunnel(this));
    const quint64 id = registerClient(tunnel.get());
    tunnel->setId(id);
    const int workerEnd = tunnel->takeWorkerEnd();
    if (workerEnd < 0)
        return tunnel; // reports its failure from the event loop
    // Closed here if the request never reaches a worker (the login failed).
    const std::shared_ptr<int> ownedEnd(new int(workerEnd), [](int *fd) {
        if (*fd >= 0)
            ::close(*fd);
        delete fd;
    });
    const QByteArray target = host.toUtf8();
    toWorker([id, target, port, ownedEnd](SshSessionWorker &worker) {
        worker.startTunnel(id, target, port, std::exchange(*ownedEnd, -1));
    });
    return tunnel;
}

} // namespace Leitstand::Remote
