#pragma once

#include <QString>

#include <cstdint>

namespace Leitstand::Analysis {

// Who can reach a binding, judged by the host address it is published on.
enum class PortExposure : std::uint8_t {
    Public,   // every interface (0.0.0.0, ::, no address) or a routable address
    Loopback, // 127.0.0.0/8, ::1
    Tailnet,  // Tailscale's CGNAT range 100.64.0.0/10 and its ULA fd7a:115c:a1e0::/48
    Private,  // RFC 1918, unique-local fc00::/7, link-local
    Internal, // no host port at all: reachable from the compose networks only
};

class PortExposureRules final
{
public:
    // The stable name used by the JSON, table and CSV output.
    static QString name(PortExposure exposure);
    // Classifies a published binding's host address; text that is not an address counts as
    // public, since the engine would either reject it or bind it somewhere we cannot judge.
    static PortExposure classify(const QString &hostIp);
};

} // namespace Leitstand::Analysis
