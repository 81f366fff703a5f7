#include "core/analysis/ports/HostAddress.h"
#include "core/analysis/ports/PortConflictFinder.h"
#include "core/analysis/ports/PortExposure.h"

#include <gtest/gtest.h>

using namespace Leitstand::Analysis;

namespace {

QString exposureOf(const char *hostIp)
{
    return PortExposureRules::name(PortExposureRules::classify(QString::fromLatin1(hostIp)));
}

} // namespace

TEST(HostAddressTest, ParsesBothFamilies)
{
    EXPECT_TRUE(HostAddress::parse(u"192.168.1.20").has_value());
    EXPECT_TRUE(HostAddress::parse(u"::").has_value());
    EXPECT_TRUE(HostAddress::parse(u"fd7a:115c:a1e0::1").has_value());
    EXPECT_TRUE(HostAddress::parse(u"[::1]").has_value());
    EXPECT_TRUE(HostAddress::parse(u"fe80::1%eth0").has_value());
    EXPECT_TRUE(HostAddress::parse(u"::ffff:10.0.0.1").has_value());
    EXPECT_TRUE(HostAddress::parse(u"1:2:3:4:5:6:7:8").has_value());
    EXPECT_FALSE(HostAddress::parse(u"256.1.1.1").has_value());
    EXPECT_FALSE(HostAddress::parse(u"1.2.3").has_value());
    EXPECT_FALSE(HostAddress::parse(u"1::2::3").has_value());
    EXPECT_FALSE(HostAddress::parse(u"1:2:3:4:5:6:7:8:9").has_value());
    EXPECT_FALSE(HostAddress::parse(u"12345::").has_value());
    EXPECT_FALSE(HostAddress::parse(u"localhost").has_value());
    EXPECT_FALSE(HostAddress::parse(u"").has_value());
}

TEST(HostAddressTest, MappedIPv4IsIPv4)
{
    EXPECT_EQ(HostAddress::parse(u"::ffff:127.0.0.1"), HostAddress::parse(u"127.0.0.1"));
    EXPECT_TRUE(HostAddress::parse(u"::ffff:127.0.0.1")->isIPv4());
}

TEST(HostAddressTest, PrefixMembership)
{
    const auto tailnet = *HostAddress::parse(u"100.64.0.0");
    EXPECT_TRUE(HostAddress::parse(u"100.127.255.254")->isIn(tailnet, 10));
    EXPECT_FALSE(HostAddress::parse(u"100.128.0.1")->isIn(tailnet, 10));
    EXPECT_FALSE(HostAddress::parse(u"::1")->isIn(tailnet, 10));
}

TEST(HostAddressTest, ExposureOfEachRange)
{
    EXPECT_EQ(exposureOf(""), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("0.0.0.0"), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("::"), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("203.0.113.7"), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("2001:db8::1"), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("127.0.0.1"), QStringLiteral("loopback"));
    EXPECT_EQ(exposureOf("127.255.0.9"), QStringLiteral("loopback"));
    EXPECT_EQ(exposureOf("::1"), QStringLiteral("loopback"));
    EXPECT_EQ(exposureOf("100.64.0.10"), QStringLiteral("tailnet"));
    EXPECT_EQ(exposureOf("100.127.1.1"), QStringLiteral("tailnet"));
    EXPECT_EQ(exposureOf("100.128.0.1"), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("fd7a:115c:a1e0:ab12::1"), QStringLiteral("tailnet"));
    EXPECT_EQ(exposureOf("10.1.2.3"), QStringLiteral("private"));
    EXPECT_EQ(exposureOf("172.16.0.1"), QStringLiteral("private"));
    EXPECT_EQ(exposureOf("172.31.255.255"), QStringLiteral("private"));
    EXPECT_EQ(exposureOf("172.32.0.1"), QStringLiteral("public"));
    EXPECT_EQ(exposureOf("192.168.178.2"), QStringLiteral("private"));
    EXPECT_EQ(exposureOf("fd00::5"), QStringLiteral("private"));
    EXPECT_EQ(exposureOf("fc12::5"), QStringLiteral("private"));
    EXPECT_EQ(PortExposureRules::name(PortExposure::Internal), QStringLiteral("internal"));
}

TEST(HostAddressTest, OverlapRules)
{
    auto overlaps = [](const char *a, const char *b) {
        return PortConflictFinder::overlaps(QString::fromLatin1(a), QString::fromLatin1(b));
    };
    EXPECT_TRUE(overlaps("", "127.0.0.1"));
    EXPECT_TRUE(overlaps("", "::1"));
    EXPECT_TRUE(overlaps("0.0.0.0", "10.0.0.1"));
    EXPECT_TRUE(overlaps("0.0.0.0", "0.0.0.0"));
    EXPECT_FALSE(overlaps("0.0.0.0", "::1"));
    EXPECT_TRUE(overlaps("::", "127.0.0.1"));
    EXPECT_TRUE(overlaps("::", "fd00::1"));
    EXPECT_TRUE(overlaps("127.0.0.1", "::ffff:127.0.0.1"));
    EXPECT_FALSE(overlaps("127.0.0.1", "127.0.0.2"));
    EXPECT_FALSE(overlaps("100.64.0.10", "127.0.0.1"));
    EXPECT_FALSE(overlaps("::1", "fd00::1"));
}
