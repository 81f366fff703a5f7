#pragma once

#include "SshChannelClient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Leitstand::Remote {

class SshConnection;

// A direct-tcpip channel from the host to a TCP port it can reach, bridged by the connection's
// worker to one end of a local socket pair. The other end is the caller's: the socket of the
// next session of a ProxyJump chain, or a stream to a service port (wrap it in a QLocalSocket).
class SshTunnel final : public QObject, private SshChannelClient
{
    Q_OBJECT

public:
    ~SshTunnel() override;

    bool isOpen() const { return m_open; }
    // The caller's end of the socket pair, once opened; the caller closes it.
    int takeSocket();

Q_SIGNALS:
    void opened();
    void failed(const Leitstand::Remote::SshFailure &failure);
    void closed();

private:
    friend class SshConnection;
    explicit SshTunnel(SshConnection *connection);
    void setId(quint64 id) { m_id = id; }
    int takeWorkerEnd();

    void channelOpened() override;
    void channelData(const QByteArray &, bool) override {}
    void channelDataSent(qint64) override {}
    void channelClosed(const ProcessResult &result, const SshFailure *connectionFailure) override;

    QPointer<SshConnection> m_connection;
    quint64 m_id = 0;
    int m_callerEnd = -1;
    int m_workerEnd = -1;
    bool m_open = false;
    bool m_closed = false;
};

} // namespace Leitstand::Remote
