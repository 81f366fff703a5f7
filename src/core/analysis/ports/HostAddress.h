#pragma once

#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace Leitstand::Analysis {

// An IPv4 or IPv6 address as a port binding names it. Core links QtCore only, so this is a
// small parser of its own rather than QHostAddress. IPv4-mapped IPv6 addresses
// (::ffff:127.0.0.1) become the IPv4 address they carry: the kernel treats them alike.
class HostAddress final
{
public:
    enum class Family : std::uint8_t { IPv4, IPv6 };

    static std::optional<HostAddress> parse(QStringView text);

    Family family() const { return m_family; }
    bool isIPv4() const { return m_family == Family::IPv4; }
    // 0.0.0.0 or ::, the addresses that bind every interface.
    bool isUnspecified() const;
    // Whether the first prefixLength bits equal those of network (same family only).
    bool isIn(const HostAddress &network, int prefixLength) const;

    friend bool operator==(const HostAddress &, const HostAddress &) = default;

private:
    static std::optional<HostAddress> parseIPv4(QStringView text);
    static std::optional<HostAddress> parseIPv6(QStringView text);

    Family m_family = Family::IPv4;
    std::array<std::uint8_t, 16> m_bytes{}; // IPv4 uses the first four
};

} // namespace Leitstand::Analysis
