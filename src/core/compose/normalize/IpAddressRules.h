#pragma once

#include <string_view>

namespace Leitstand::Internal {

// The textual IP address forms Go's net.ParseIP accepts, which is what Docker checks the host
// address of a published port with: dotted IPv4 without leading zeros, and IPv6 with at most
// one "::" and an optional dotted IPv4 tail. No zone ("%eth0"), no brackets.
class IpAddressRules final
{
public:
    static bool isIpv4(std::string_view text);
    static bool isIpv6(std::string_view text);
    static bool isIp(std::string_view text) { return isIpv4(text) || isIpv6(text); }
};

} // namespace Leitstand::Internal
