#pragma once

#include "TailscalePeer.h"

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace Leitstand::Remote {

// The machines of the local tailnet, so they can be added as hosts in one step. Reads the
// output of `tailscale status --json` (Self and the Peer map of ipnstate.Status).
class TailscalePeers final
{
    Q_DECLARE_TR_FUNCTIONS(TailscalePeers)

public:
    // Self first, then the peers by name. Peers shared into the tailnet by other users are left
    // out, as `tailscale status` leaves them out. Fails unless the backend is running.
    static Expected<QList<TailscalePeer>> parse(const QByteArray &statusJson);

    // The tailscale CLI, or empty when it is not installed.
    static QString executable();
    // Runs `tailscale status --json`, killed after the timeout.
    static Expected<QList<TailscalePeer>> query(std::chrono::milliseconds timeout = std::chrono::seconds(5));
};

} // namespace Leitstand::Remote
