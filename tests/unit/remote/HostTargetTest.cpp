#include "remote/config/HostTarget.h"
#include "remote/config/SshConfig.h"
#include "remote/config/SshHostSettings.h"

#include "RemoteTestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;

namespace {

HostTarget parsed(const char *text)
{
    const Expected<HostTarget> target = HostTarget::parse(QString::fromUtf8(text));
    EXPECT_TRUE(target.hasValue()) << text << ": " << (target ? "" : target.error().message().toStdString());
    return target ? *target : HostTarget();
}

QString parseError(const char *text)
{
    const Expected<HostTarget> target = HostTarget::parse(QString::fromUtf8(text));
    EXPECT_FALSE(target.hasValue()) << text << " was accepted";
    return target ? QString() : target.error().message();
}

} // namespace

TEST(HostTargetTest, ReadsSshUrls)
{
    const HostTarget full = parsed("ssh://deploy@sese-prod:804");
    EXPECT_EQ(full.user, QStringLiteral("deploy"));
    EXPECT_EQ(full.host, QStringLiteral("sese-prod"));
    EXPECT_EQ(full.port, 804);
    EXPECT_TRUE(full.hasExplicitPort);
    EXPECT_EQ(full.alias, QStringLiteral("sese-prod"));

    const HostTarget noPort = parsed("ssh://deploy@domino-cx11/");
    EXPECT_EQ(noPort.port, 22);
    EXPECT_FALSE(noPort.hasExplicitPort);
    EXPECT_EQ(noPort.toString(), QStringLiteral("ssh://deploy@domino-cx11"));

    const HostTarget noUser = parsed("SSH://box.example.org:2222");
    EXPECT_TRUE(noUser.user.isEmpty());
    EXPECT_EQ(noUser.host, QStringLiteral("box.example.org"));
    EXPECT_EQ(noUser.port, 2222);
}

TEST(HostTargetTest, ReadsIpv6OnlyInBracketsWithPorts)
{
    const HostTarget bracketed = parsed("ssh://root@[fd7a:115c:a1e0::53]:2200");
    EXPECT_EQ(bracketed.host, QStringLiteral("fd7a:115c:a1e0::53"));
    EXPECT_EQ(bracketed.port, 2200);
    EXPECT_EQ(bracketed.toString(), QStringLiteral("ssh://root@[fd7a:115c:a1e0::53]:2200"));
    // A bare IPv6 address is a host, never host:port.
    const HostTarget bare = parsed("admin@::1");
    EXPECT_EQ(bare.host, QStringLiteral("::1"));
    EXPECT_EQ(bare.port, 22);
    EXPECT_TRUE(parseError("ssh://fe80::1:22").contains(QStringLiteral("brackets")));
    EXPECT_FALSE(parseError("ssh://[not-an-address]:22").isEmpty());
}

TEST(HostTargetTest, ReadsUserAtHostAndAliases)
{
    const HostTarget userAtHost = parsed("ops@droplet-fra1");
    EXPECT_EQ(userAtHost.user, QStringLiteral("ops"));
    EXPECT_EQ(userAtHost.host, QStringLiteral("droplet-fra1"));
    EXPECT_FALSE(userAtHost.hasExplicitPort);

    const HostTarget alias = parsed("  mac-mini.tail1234.ts.net ");
    EXPECT_TRUE(alias.user.isEmpty());
    EXPECT_EQ(alias.host, QStringLiteral("mac-mini.tail1234.ts.net"));
    EXPECT_EQ(alias.alias, QStringLiteral("mac-mini.tail1234.ts.net"));
}

TEST(HostTargetTest, RefusesHostColonPortWithoutScheme)
{
    const QString message = parseError("ops@box:2222");
    EXPECT_TRUE(message.contains(QStringLiteral("ssh://ops@box:2222"))) << message.toStdString();
}

TEST(HostTargetTest, RefusesPasswordsWithoutRepeatingThem)
{
    const QString message = parseError("ssh://deploy:hunter2@box");
    EXPECT_TRUE(message.contains(QStringLiteral("password"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(parseError("deploy:hunter2@box").contains(QStringLiteral("hunter2")));
}

TEST(HostTargetTest, RefusesMalformedTargets)
{
    for (const char *text : {"",
                             "   ",
                             "ssh://",
                             "@box",
                             "ssh://user@",
                             "-oProxyCommand=evil",
                             "box;rm -rf /",
                             "box$(id)",
                             "user@bo x",
                             "us er@box",
                             "ssh://box:0",
                             "ssh://box:65536",
                             "ssh://box:+22",
                             "ssh://box:22/path",
                             "ssh://box?x=1",
                             "http://box",
                             "box\nother"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(parseError(text).isEmpty());
    }
}

TEST(HostTargetTest, RecognizesTailscaleAddressesAndNames)
{
    EXPECT_TRUE(parsed("100.64.0.1").isTailscale());
    EXPECT_TRUE(parsed("100.127.255.254").isTailscale());
    EXPECT_TRUE(parsed("ssh://ops@100.101.102.103:22").isTailscale());
    EXPECT_TRUE(parsed("ssh://ops@[fd7a:115c:a1e0:ab12::1]").isTailscale());
    EXPECT_TRUE(parsed("nas.tail1234.ts.net").isTailscale());
    EXPECT_TRUE(parsed("NAS.Tail1234.TS.NET").isTailscale());
    EXPECT_FALSE(parsed("100.63.255.255").isTailscale());
    EXPECT_FALSE(parsed("100.128.0.1").isTailscale());
    EXPECT_FALSE(parsed("10.0.0.1").isTailscale());
    EXPECT_FALSE(parsed("ts.net.example.com").isTailscale());
    EXPECT_FALSE(parsed("fd00::1").isTailscale());
}

TEST(HostTargetTest, ResolvesThroughSshConfigWithTargetWinning)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    Testing::writeTextFile(path,
                           "Host droplet-fra1\n  HostName 203.0.113.10\n  User root\n  Port 2200\n"
                           "  IdentityFile ~/.ssh/id_%r\n");
    const Expected<SshConfig> config = SshConfig::load(path, dir.path(), QStringLiteral("/home/op"));
    ASSERT_TRUE(config.hasValue());

    const SshHostSettings fromConfig = parsed("droplet-fra1").resolve(*config, QStringLiteral("op"));
    EXPECT_EQ(fromConfig.hostName, QStringLiteral("203.0.113.10"));
    EXPECT_EQ(fromConfig.user, QStringLiteral("root"));
    EXPECT_EQ(fromConfig.port, 2200);
    EXPECT_EQ(fromConfig.identityFiles, QStringList{QStringLiteral("/home/op/.ssh/id_root")});

    const SshHostSettings overridden = parsed("ssh://ops@droplet-fra1:22").resolve(*config, QStringLiteral("op"));
    EXPECT_EQ(overridden.hostName, QStringLiteral("203.0.113.10"));
    EXPECT_EQ(overridden.user, QStringLiteral("ops"));
    EXPECT_EQ(overridden.port, 22);
    EXPECT_EQ(overridden.identityFiles, QStringList{QStringLiteral("/home/op/.ssh/id_ops")});
}
