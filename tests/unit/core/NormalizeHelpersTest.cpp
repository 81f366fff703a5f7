// The small readers behind the normalizer: Go durations, Docker byte sizes, shell words and
// IP address forms.
#include "core/compose/normalize/ByteSize.h"
#include "core/compose/normalize/GoDuration.h"
#include "core/compose/normalize/IpAddressRules.h"
#include "core/compose/normalize/ShellWords.h"

#include <gtest/gtest.h>

using namespace Leitstand::Internal;

TEST(GoDuration, ParsesAndPrintsLikeGo)
{
    const std::pair<const char *, const char *> cases[] = {
        {"30s", "30s"},
        {"90s", "1m30s"},
        {"1m30s", "1m30s"},
        {"1h", "1h0m0s"},
        {"2h45m", "2h45m0s"},
        {"500ms", "500ms"},
        {"1.5s", "1.5s"},
        {"1500us", "1.5ms"},
        {"250ns", "250ns"},
        {"0", "0s"},
        {"1d", "24h0m0s"},
        {"1w", "168h0m0s"},
        {"-1.5h", "-1h30m0s"},
        {"10m0.5s", "10m0.5s"},
        {"2µs", "2µs"},
    };
    for (const auto &[input, output] : cases) {
        const auto parsed = GoDuration::parse(input);
        ASSERT_TRUE(parsed.has_value()) << input;
        EXPECT_EQ(GoDuration::format(*parsed), QString::fromUtf8(output)) << input;
    }
}

TEST(GoDuration, RejectsWhatGoRejects)
{
    for (const char *input : {"", "30", "s", "1x", "1.s.", "one second", "1h-5m", "9999999999h"})
        EXPECT_FALSE(GoDuration::parse(input).has_value()) << input;
}

TEST(ByteSize, ReadsDockerSizes)
{
    const std::pair<const char *, std::int64_t> cases[] = {
        {"512m", 536870912},
        {"512M", 536870912},
        {"1g", 1073741824},
        {"1GiB", 1073741824},
        {"2 GB", 2147483648},
        {"1.5k", 1536},
        {"300000", 300000},
        {"-1", -1},
        {"10b", 10},
        {"1t", 1099511627776},
    };
    for (const auto &[input, bytes] : cases) {
        const auto parsed = ByteSize::parse(input);
        ASSERT_TRUE(parsed.has_value()) << input;
        EXPECT_EQ(*parsed, bytes) << input;
    }
    for (const char *input : {"", "lots", "1x", "1.5.5m", "m", "1 m b"})
        EXPECT_FALSE(ByteSize::parse(input).has_value()) << input;
}

TEST(ShellWords, SplitsLikeCompose)
{
    const std::pair<const char *, QStringList> cases[] = {
        {"nginx -g 'daemon off;'", {QStringLiteral("nginx"), QStringLiteral("-g"), QStringLiteral("daemon off;")}},
        {R"(sh -c "echo \"quoted\" $HOME")",
         {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"quoted\" $HOME")}},
        {"  spaced   out  ", {QStringLiteral("spaced"), QStringLiteral("out")}},
        {"a\\ b", {QStringLiteral("a b")}},
        {"''", {QString()}},
        {"echo $(date)", {QStringLiteral("echo"), QStringLiteral("$(date)")}},
        {"first; second", {QStringLiteral("first")}},
        {"run | tee log", {QStringLiteral("run")}},
        {"cmd 2>&1", {QStringLiteral("cmd")}},
        {"", {}},
    };
    for (const auto &[input, words] : cases) {
        const auto split = ShellWords::split(input);
        ASSERT_TRUE(split.has_value()) << input;
        EXPECT_EQ(*split, words) << input;
    }
    for (const char *input : {"\"open", "'open", "trailing\\", "f(x)", "a)"})
        EXPECT_FALSE(ShellWords::split(input).has_value()) << input;
}

TEST(IpAddressRules, Forms)
{
    for (const char *address : {"127.0.0.1",
                                "0.0.0.0",
                                "100.64.0.10",
                                "::1",
                                "::",
                                "fd00::10",
                                "2001:db8::1:2",
                                "1:2:3:4:5:6:7:8",
                                "::ffff:10.0.0.1",
                                "1::"})
        EXPECT_TRUE(IpAddressRules::isIp(address)) << address;
    for (const char *address : {"",
                                "256.0.0.1",
                                "01.2.3.4",
                                "1.2.3",
                                "localhost",
                                ":::1",
                                "1:2:3:4:5:6:7:8:9",
                                "1::2::3",
                                "[::1]",
                                "12345::",
                                "fe80::1%eth0"})
        EXPECT_FALSE(IpAddressRules::isIp(address)) << address;
}
