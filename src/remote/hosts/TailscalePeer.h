#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

// A machine of the operator's tailnet, as `tailscale status --json` describes it.
struct TailscalePeer
{
    QString hostName;         // the machine's own name, not necessarily unique
    QString dnsName;          // MagicDNS name without the trailing dot, e.g. "nas.tail1234.ts.net"
    QString os;               // "linux", "macOS", "windows", ...
    QStringList tailscaleIps; // 100.x.y.z and fd7a:115c:a1e0::...
    bool online = false;
    bool isSelf = false; // the machine Leitstand runs on

    // What to add as a host's target: the MagicDNS name, else the first IPv4 address, else the
    // first address.
    QString target() const
    {
        if (!dnsName.isEmpty())
            return dnsName;
        for (const QString &ip : tailscaleIps) {
            if (!ip.contains(QLatin1Char(':')))
                return ip;
        }
        return tailscaleIps.value(0);
    }
};

} // namespace Leitstand::Remote
