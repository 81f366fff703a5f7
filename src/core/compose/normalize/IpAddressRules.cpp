#include "IpAddressRules.h"

#include <cctype>
#include <vector>

namespace Leitstand::Internal {

namespace {

std::vector<std::string_view> splitOn(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

bool isHexGroup(std::string_view group)
{
    if (group.empty() || group.size() > 4)
        return false;
    for (const char c : group) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

// Counts the 16-bit groups of one side of "::"; -1 when malformed. An IPv4 tail counts two
// groups and is only allowed at the very end of the address.
int countGroups(std::string_view side, bool mayEndWithIpv4)
{
    if (side.empty())
        return 0;
    const std::vector<std::string_view> groups = splitOn(side, ':');
    int count = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const bool last = i + 1 == groups.size();
        if (last && mayEndWithIpv4 && groups[i].find('.') != std::string_view::npos) {
            if (!IpAddressRules::isIpv4(groups[i]))
                return -1;
            count += 2;
        } else if (isHexGroup(groups[i])) {
            ++count;
        } else {
            return -1;
        }
    }
    return count;
}

} // namespace

bool IpAddressRules::isIpv4(std::string_view text)
{
    const std::vector<std::string_view> parts = splitOn(text, '.');
    if (parts.size() != 4)
        return false;
    for (const std::string_view part : parts) {
        if (part.empty() || part.size() > 3 || (part.size() > 1 && part.front() == '0'))
            return false;
        int value = 0;
        for (const char c : part) {
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        if (value > 255)
            return false;
    }
    return true;
}

bool IpAddressRules::isIpv6(std::string_view text)
{
    if (text.find(':') == std::string_view::npos)
        return false;
    const std::size_t gap = text.find("::");
    if (gap == std::string_view::npos) {
        return countGroups(text, true) == 8;
    }
    if (text.find("::", gap + 1) != std::string_view::npos)
        return false;
    const int before = countGroups(text.substr(0, gap), false);
    const int after = countGroups(text.substr(gap + 2), true);
    return before >= 0 && after >= 0 && before + after <= 7;
}

} // namespace Leitstand::Internal
