#include "SshProcess.h"

#include "SshConnection.h"
#include "SshSessionWorker.h"

namespace Leitstand::Remote {

SshProcess::SshProcess(SshConnection *connection)
    : m_connection(connection)
{}

SshProcess::~SshProcess()
{
    if (!m_finished && m_connection)
        m_connection->unregisterClient(m_id);
}

void SshProcess::writeInput(const QByteArray &data)
{
    if (m_finished || !m_connection || data.isEmpty())
        return;
    m_pendingInput += data.size();
    const quint64 id = m_id;
    m_connection->toWorker([id, data](SshSessionWorker &worker) { worker.writeInput(id, data); });
}

void SshProcess::closeInput()
{
    if (m_finished || !m_connection)
        return;
    const quint64 id = m_id;
    m_connection->toWorker([id](SshSessionWorker &worker) { worker.closeInput(id); });
}

void SshProcess::cancel()
{
    // One read of the guarded pointer: it cannot turn null between the check and the calls.
    SshConnection *connection = m_connection.data();
    if (m_finished || !connection)
        return;
    const quint64 id = m_id;
    if (connection->state() == SshConnection::State::Connected) {
        connection->toWorker([id](SshSessionWorker &worker) { worker.cancel(id); });
        return;
    }
    // Never reached the host: end here.
    connection->unregisterClient(id);
    channelClosed({-1, {}, ProcessFailure::Cancelled, tr("cancelled")}, nullptr);
}

void SshProcess::channelOpened()
{
    Q_EMIT started();
}

void SshProcess::channelData(const QByteArray &data, bool isStandardError)
{
    if (isStandardError) {
        Q_EMIT standardError(data);
        return;
    }
    Q_EMIT standardOutput(data);
    if (m_connection) {
        const quint64 id = m_id;
        const qint64 bytes = data.size();
        m_connection->toWorker([id, bytes](SshSessionWorker &worker) { worker.acknowledge(id, bytes); });
    }
}

void SshProcess::channelDataSent(qint64 bytes)
{
    m_pendingInput -= bytes;
    Q_EMIT inputWritten(bytes);
}

void SshProcess::channelClosed(const ProcessResult &result, const SshFailure *connectionFailure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (connectionFailure)
        m_connectionFailure = *connectionFailure;
    Q_EMIT finished(m_result);
}

} // namespace Leitstand::Remote
