#include "core/analysis/topology/HostAddressZone.h"

#include <gtest/gtest.h>

using Leitstand::Analysis::NodeKind;
using Leitstand::Analysis::Internal::HostAddressZone;

TEST(HostAddressZoneTest, ClassifiesHostAddresses)
{
    const std::pair<const char *, NodeKind> cases[] = {
        {"", NodeKind::Internet},
        {"0.0.0.0", NodeKind::Internet},
        {"::", NodeKind::Internet},
        {"203.0.113.7", NodeKind::Internet},
        {"2001:db8::1", NodeKind::Internet},
        {"127.0.0.1", NodeKind::Loopback},
        {"127.1.2.3", NodeKind::Loopback},
        {"::1", NodeKind::Loopback},
        {"0:0:0:0:0:0:0:1", NodeKind::Loopback},
        {"::ffff:127.0.0.1", NodeKind::Loopback},
        {"100.64.0.10", NodeKind::Tailnet},
        {"100.127.255.254", NodeKind::Tailnet},
        {"100.128.0.1", NodeKind::Internet},
        {"100.63.255.255", NodeKind::Internet},
        {"fd7a:115c:a1e0::1", NodeKind::Tailnet},
        {"fd7a:115c:a1e1::1", NodeKind::Lan},
        {"10.0.0.5", NodeKind::Lan},
        {"172.16.0.1", NodeKind::Lan},
        {"172.31.255.1", NodeKind::Lan},
        {"172.32.0.1", NodeKind::Internet},
        {"192.168.1.10", NodeKind::Lan},
        {"fd00::5", NodeKind::Lan},
        {"fe80::1", NodeKind::Lan},
        {"not-an-address", NodeKind::Internet},
    };
    for (const auto &[address, zone] : cases)
        EXPECT_EQ(HostAddressZone::of(QString::fromLatin1(address)), zone) << address;
}
