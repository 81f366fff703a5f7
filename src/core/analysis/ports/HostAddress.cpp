#include "HostAddress.h"

#include <QList>

#include <algorithm>

namespace Leitstand::Analysis {

namespace {

std::optional<int> parseNumber(QStringView text, int base, int maxDigits, int maxValue)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        const int digit = base == 16 && c.isLetter() ? c.toLower().unicode() - 'a' + 10 : c.unicode() - '0';
        if (digit < 0 || digit >= base)
            return std::nullopt;
        value = value * base + digit;
    }
    if (value > maxValue)
        return std::nullopt;
    return value;
}

// The 16-bit groups of one side of "::"; an IPv4 tail, where allowed, counts as two groups.
std::optional<QList<int>> parseGroups(QStringView side, bool mayEndWithIPv4)
{
    QList<int> groups;
    if (side.isEmpty())
        return groups;
    const QList<QStringView> parts = side.split(QLatin1Char(':'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if (i + 1 == parts.size() && mayEndWithIPv4 && part.contains(QLatin1Char('.'))) {
            const auto tail = HostAddress::parse(part);
            if (!tail || !tail->isIPv4())
                return std::nullopt;
            // Re-read the dotted tail as two groups.
            const QList<QStringView> octets = part.split(QLatin1Char('.'));
            groups.append(octets.at(0).toInt() << 8 | octets.at(1).toInt());
            groups.append(octets.at(2).toInt() << 8 | octets.at(3).toInt());
            continue;
        }
        const auto group = parseNumber(part, 16, 4, 0xffff);
        if (!group)
            return std::nullopt;
        groups.append(*group);
    }
    return groups;
}

} // namespace

std::optional<HostAddress> HostAddress::parse(QStringView text)
{
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    // A zone ("fe80::1%eth0") names the interface, not a different address.
    if (const qsizetype zone = text.indexOf(QLatin1Char('%')); zone >= 0)
        text = text.left(zone);
    return text.contains(QLatin1Char(':')) ? parseIPv6(text) : parseIPv4(text);
}

std::optional<HostAddress> HostAddress::parseIPv4(QStringView text)
{
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    HostAddress address;
    for (qsizetype i = 0; i < 4; ++i) {
        const auto octet = parseNumber(parts.at(i), 10, 3, 255);
        if (!octet)
            return std::nullopt;
        address.m_bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(*octet);
    }
    return address;
}

std::optional<HostAddress> HostAddress::parseIPv6(QStringView text)
{
    const qsizetype gap = text.indexOf(QStringLiteral("::"));
    if (gap >= 0 && text.indexOf(QStringLiteral("::"), gap + 1) >= 0)
        return std::nullopt;
    const auto before = parseGroups(gap >= 0 ? text.left(gap) : text, gap < 0);
    const auto after = gap >= 0 ? parseGroups(text.mid(gap + 2), true) : std::optional<QList<int>>(QList<int>());
    if (!before || !after)
        return std::nullopt;
    const qsizetype given = before->size() + after->size();
    if ((gap < 0 && given != 8) || (gap >= 0 && given > 7))
        return std::nullopt;

    QList<int> groups = *before;
    groups.append(QList<int>(8 - given, 0));
    groups.append(*after);
    HostAddress address;
    address.m_family = Family::IPv6;
    for (std::size_t i = 0; i < 8; ++i) {
        const int group = groups.at(static_cast<qsizetype>(i));
        address.m_bytes[2 * i] = static_cast<std::uint8_t>(group >> 8);
        address.m_bytes[2 * i + 1] = static_cast<std::uint8_t>(group & 0xff);
    }
    // ::ffff:a.b.c.d is the IPv4 address a.b.c.d seen through an IPv6 socket.
    const bool mapped
        = std::all_of(address.m_bytes.cbegin(), address.m_bytes.cbegin() + 10, [](auto b) { return b == 0; })
          && address.m_bytes[10] == 0xff && address.m_bytes[11] == 0xff;
    if (mapped) {
        HostAddress ipv4;
        std::copy(address.m_bytes.cbegin() + 12, address.m_bytes.cend(), ipv4.m_bytes.begin());
        return ipv4;
    }
    return address;
}

bool HostAddress::isUnspecified() const
{
    return std::all_of(m_bytes.cbegin(), m_bytes.cend(), [](auto b) { return b == 0; });
}

bool HostAddress::isIn(const HostAddress &network, int prefixLength) const
{
    if (m_family != network.m_family)
        return false;
    for (std::size_t i = 0; prefixLength > 0; ++i, prefixLength -= 8) {
        const int bits = std::min(prefixLength, 8);
        const auto mask = static_cast<std::uint8_t>(0xff << (8 - bits));
        if ((m_bytes[i] & mask) != (network.m_bytes[i] & mask))
            return false;
    }
    return true;
}

} // namespace Leitstand::Analysis
