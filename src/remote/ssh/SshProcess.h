#pragma once

#include "SshChannelClient.h"
#include "remote/transport/RemoteProcess.h"

#include <QPointer>

#include <optional>

namespace Leitstand::Remote {

class SshConnection;

// A command running in a channel of an SshConnection. Every received chunk is handed on as it
// comes and then acknowledged, which lets the connection read more: a slow consumer slows the
// host down instead of filling memory.
class SshProcess final : public RemoteProcess, private SshChannelClient
{
    Q_OBJECT

public:
    ~SshProcess() override;

    void writeInput(const QByteArray &data) override;
    void closeInput() override;
    qint64 pendingInputBytes() const override { return m_pendingInput; }
    void cancel() override;
    bool isFinished() const override { return m_finished; }
    ProcessResult result() const override { return m_result; }

    // Set when the command never ran because the connection could not be made.
    const std::optional<SshFailure> &connectionFailure() const { return m_connectionFailure; }

private:
    friend class SshConnection;
    explicit SshProcess(SshConnection *connection);
    void setId(quint64 id) { m_id = id; }

    void channelOpened() override;
    void channelData(const QByteArray &data, bool isStandardError) override;
    void channelDataSent(qint64 bytes) override;
    void channelClosed(const ProcessResult &result, const SshFailure *connectionFailure) override;

    QPointer<SshConnection> m_connection;
    quint64 m_id = 0;
    qint64 m_pendingInput = 0;
    bool m_finished = false;
    ProcessResult m_result;
    std::optional<SshFailure> m_connectionFailure;
};

} // namespace Leitstand::Remote
