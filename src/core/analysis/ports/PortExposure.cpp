#include "PortExposure.h"

#include "HostAddress.h"

namespace Leitstand::Analysis {

namespace {

struct Network
{
    HostAddress address;
    int prefixLength = 0;
};

Network network(const char *text, int prefixLength)
{
    return {*HostAddress::parse(QString::fromLatin1(text)), prefixLength};
}

bool isInAny(const HostAddress &address, std::initializer_list<Network> networks)
{
    for (const Network &candidate : networks) {
        if (address.isIn(candidate.address, candidate.prefixLength))
            return true;
    }
    return false;
}

} // namespace

QString PortExposureRules::name(PortExposure exposure)
{
    switch (exposure) {
    case PortExposure::Public:
        return QStringLiteral("public");
    case PortExposure::Loopback:
        return QStringLiteral("loopback");
    case PortExposure::Tailnet:
        return QStringLiteral("tailnet");
    case PortExposure::Private:
        return QStringLiteral("private");
    case PortExposure::Internal:
        return QStringLiteral("internal");
    }
    return QString();
}

PortExposure PortExposureRules::classify(const QString &hostIp)
{
    const auto address = HostAddress::parse(hostIp);
    if (!address || address->isUnspecified())
        return PortExposure::Public;
    static const Network loopback4 = network("127.0.0.0", 8);
    static const Network loopback6 = network("::1", 128);
    static const Network tailnet4 = network("100.64.0.0", 10);
    static const Network tailnet6 = network("fd7a:115c:a1e0::", 48);
    static const Network rfc1918a = network("10.0.0.0", 8);
    static const Network rfc1918b = network("172.16.0.0", 12);
    static const Network rfc1918c = network("192.168.0.0", 16);
    static const Network linkLocal4 = network("169.254.0.0", 16);
    static const Network uniqueLocal = network("fc00::", 7);
    static const Network linkLocal6 = network("fe80::", 10);

    if (isInAny(*address, {loopback4, loopback6}))
        return PortExposure::Loopback;
    // Tailscale's IPv6 range lies inside fc00::/7, so it is tested before the private ranges.
    if (isInAny(*address, {tailnet4, tailnet6}))
        return PortExposure::Tailnet;
    if (isInAny(*address, {rfc1918a, rfc1918b, rfc1918c, linkLocal4, uniqueLocal, linkLocal6}))
        return PortExposure::Private;
    return PortExposure::Public;
}

} // namespace Leitstand::Analysis
