#pragma once

#include "Transport.h"

namespace Leitstand::Remote {

// The machine Leitstand runs on, with the same API as a host over SSH.
class LocalTransport final : public Transport
{
    Q_OBJECT

public:
    using Transport::Transport;

    QString description() const override { return QStringLiteral("local"); }
    std::unique_ptr<RemoteProcess> start(const QStringList &arguments, const ProcessOptions &options = {}) override;
};

} // namespace Leitstand::Remote
