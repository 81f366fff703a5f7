#include "HostAddressZone.h"

#include <QStringList>

#include <array>
#include <optional>

namespace Leitstand::Analysis::Internal {

namespace {

std::optional<std::array<int, 4>> ipv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    std::array<int, 4> octets{};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        octets[static_cast<size_t>(i)] = parts.at(i).toInt(&ok);
        if (!ok || octets[static_cast<size_t>(i)] < 0 || octets[static_cast<size_t>(i)] > 255)
            return std::nullopt;
    }
    return octets;
}

// The eight 16-bit groups of an IPv6 address ("::" expanded, a dotted IPv4 tail folded in).
std::optional<std::array<quint16, 8>> ipv6(QString text)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    if (!text.contains(QLatin1Char(':')))
        return std::nullopt;
    QStringList tail;
    if (const qsizetype lastColon = text.lastIndexOf(QLatin1Char(':')); text.indexOf(QLatin1Char('.'), lastColon) > 0) {
        const auto v4 = ipv4(text.mid(lastColon + 1));
        if (!v4)
            return std::nullopt;
        tail = {QString::number((*v4)[0] * 256 + (*v4)[1], 16), QString::number((*v4)[2] * 256 + (*v4)[3], 16)};
        text = text.left(lastColon + 1) + tail.join(QLatin1Char(':'));
    }
    const qsizetype gap = text.indexOf(QStringLiteral("::"));
    QStringList head = text.left(gap < 0 ? text.size() : gap).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QStringList rest = gap < 0 ? QStringList() : text.mid(gap + 2).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (gap < 0 && head.size() != 8)
        return std::nullopt;
    if (head.size() + rest.size() > (gap < 0 ? 8 : 7))
        return std::nullopt;
    while (gap >= 0 && head.size() + rest.size() < 8)
        head.append(QStringLiteral("0"));
    head += rest;
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i) {
        bool ok = false;
        const uint value = head.at(i).toUInt(&ok, 16);
        if (!ok || value > 0xffff || head.at(i).size() > 4)
            return std::nullopt;
        groups[static_cast<size_t>(i)] = static_cast<quint16>(value);
    }
    return groups;
}

NodeKind ofIpv4(const std::array<int, 4> &a)
{
    if (a[0] == 127)
        return NodeKind::Loopback;
    if (a[0] == 100 && (a[1] & 0xc0) == 64)
        return NodeKind::Tailnet;
    if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168)
        || (a[0] == 169 && a[1] == 254)) {
        return NodeKind::Lan;
    }
    return NodeKind::Internet;
}

NodeKind ofIpv6(const std::array<quint16, 8> &g)
{
    const bool zeroHead = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0;
    if (zeroHead && g[5] == 0 && g[6] == 0 && g[7] == 1)
        return NodeKind::Loopback;
    if (zeroHead && g[5] == 0xffff) // an IPv4-mapped address is judged as the IPv4 one
        return ofIpv4({g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff});
    if (g[0] == 0xfd7a && g[1] == 0x115c && g[2] == 0xa1e0)
        return NodeKind::Tailnet;
    if ((g[0] & 0xfe00) == 0xfc00 || (g[0] & 0xffc0) == 0xfe80)
        return NodeKind::Lan;
    return NodeKind::Internet;
}

} // namespace

NodeKind HostAddressZone::of(const QString &hostIp)
{
    const QString address = hostIp.trimmed();
    if (const auto v4 = ipv4(address))
        return ofIpv4(*v4);
    if (const auto v6 = ipv6(address))
        return ofIpv6(*v6);
    return NodeKind::Internet;
}

} // namespace Leitstand::Analysis::Internal
