#include "SshTransport.h"

#include "remote/ssh/SshConnection.h"
#include "remote/ssh/SshProcess.h"

namespace Leitstand::Remote {

SshTransport::SshTransport(std::shared_ptr<SshConnection> connection, QObject *parent)
    : Transport(parent)
    , m_connection(std::move(connection))
{}

QString SshTransport::description() const
{
    return m_connection->options().endpoint.label();
}

std::unique_ptr<RemoteProcess> SshTransport::start(const QStringList &arguments, const ProcessOptions &options)
{
    return m_connection->exec(arguments, options);
}

} // namespace Leitstand::Remote
