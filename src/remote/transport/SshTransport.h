#pragma once

#include "Transport.h"

#include <memory>

namespace Leitstand::Remote {

class SshConnection;

// A host over SSH: commands run as channels of one shared connection.
class SshTransport final : public Transport
{
    Q_OBJECT

public:
    explicit SshTransport(std::shared_ptr<SshConnection> connection, QObject *parent = nullptr);

    QString description() const override;
    std::unique_ptr<RemoteProcess> start(const QStringList &arguments, const ProcessOptions &options = {}) override;

    SshConnection &connection() const { return *m_connection; }

private:
    std::shared_ptr<SshConnection> m_connection;
};

} // namespace Leitstand::Remote
