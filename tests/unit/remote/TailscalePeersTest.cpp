#include "remote/hosts/TailscalePeers.h"

#include "RemoteTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;
using namespace std::chrono_literals;

namespace {

QByteArray statusFixture()
{
    return Testing::readTextFile(QStringLiteral(LEITSTAND_TEST_DATA_DIR "/tailscale/status.json"));
}

// Puts a stand-in `tailscale` script first on PATH for the lifetime of the object.
class FakeTailscale
{
public:
    explicit FakeTailscale(const QByteArray &script)
        : m_oldPath(qgetenv("PATH"))
    {
        const QString path = m_dir.filePath(QStringLiteral("tailscale"));
        Testing::writeTextFile(path, "#!/bin/sh\n" + script);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("PATH", m_dir.path().toUtf8() + ':' + m_oldPath);
    }
    ~FakeTailscale() { qputenv("PATH", m_oldPath); }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
};

} // namespace

TEST(TailscalePeersTest, ReadsSelfAndPeersFromStatusJson)
{
    const Expected<QList<TailscalePeer>> peers = TailscalePeers::parse(statusFixture());
    ASSERT_TRUE(peers.hasValue()) << peers.error().message().toStdString();
    ASSERT_EQ(peers->size(), 4); // the node shared in by another user is left out

    const TailscalePeer &self = peers->at(0);
    EXPECT_TRUE(self.isSelf);
    EXPECT_EQ(self.hostName, QStringLiteral("ops-laptop"));
    EXPECT_EQ(self.dnsName, QStringLiteral("ops-laptop.tail1234.ts.net"));

    const TailscalePeer &droplet = peers->at(1);
    EXPECT_FALSE(droplet.isSelf);
    EXPECT_EQ(droplet.hostName, QStringLiteral("droplet-fra1"));
    EXPECT_EQ(droplet.os, QStringLiteral("linux"));
    EXPECT_FALSE(droplet.online);
    EXPECT_EQ(droplet.target(), QStringLiteral("droplet-fra1.tail1234.ts.net"));

    const TailscalePeer &mac = peers->at(2);
    EXPECT_EQ(mac.hostName, QStringLiteral("mac-mini"));
    EXPECT_EQ(mac.os, QStringLiteral("macOS"));
    EXPECT_TRUE(mac.online);
    EXPECT_EQ(mac.tailscaleIps,
              (QStringList{QStringLiteral("100.88.4.19"), QStringLiteral("fd7a:115c:a1e0::2c01:413")}));

    // No MagicDNS name: the IPv4 address is the target, even when listed second.
    const TailscalePeer &phone = peers->at(3);
    EXPECT_EQ(phone.os, QStringLiteral("iOS"));
    EXPECT_TRUE(phone.dnsName.isEmpty());
    EXPECT_EQ(phone.target(), QStringLiteral("100.64.0.9"));
}

TEST(TailscalePeersTest, RefusesAStoppedBackendAndNonJson)
{
    const Expected<QList<TailscalePeer>> stopped
        = TailscalePeers::parse(R"({"BackendState": "NeedsLogin", "AuthURL": "https://login.tailscale.com/a/x"})");
    ASSERT_FALSE(stopped.hasValue());
    EXPECT_TRUE(stopped.error().message().contains(QStringLiteral("NeedsLogin")));
    EXPECT_FALSE(TailscalePeers::parse("failed to connect to local tailscaled").hasValue());
    EXPECT_FALSE(TailscalePeers::parse("[]").hasValue());
}

TEST(TailscalePeersTest, RunsTheCliOnlyWhenItExists)
{
    {
        FakeTailscale fake("[ \"$1 $2\" = \"status --json\" ] || exit 9\ncat '" LEITSTAND_TEST_DATA_DIR
                           "/tailscale/status.json'\n");
        ASSERT_FALSE(TailscalePeers::executable().isEmpty());
        const Expected<QList<TailscalePeer>> peers = TailscalePeers::query();
        ASSERT_TRUE(peers.hasValue()) << peers.error().message().toStdString();
        EXPECT_EQ(peers->size(), 4);
    }
    const QByteArray oldPath = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    const QString found = TailscalePeers::executable();
    const Expected<QList<TailscalePeer>> missing = TailscalePeers::query();
    qputenv("PATH", oldPath);
    if (QFile::exists(QStringLiteral("/Applications/Tailscale.app/Contents/MacOS/Tailscale")))
        GTEST_SKIP() << "the Tailscale app is installed, and found outside PATH";
    EXPECT_TRUE(found.isEmpty());
    ASSERT_FALSE(missing.hasValue());
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("not installed")));
}

TEST(TailscalePeersTest, GivesUpOnAHangingCli)
{
    FakeTailscale fake("exec sleep 30\n");
    const auto started = std::chrono::steady_clock::now();
    const Expected<QList<TailscalePeer>> peers = TailscalePeers::query(300ms);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 3s);
    ASSERT_FALSE(peers.hasValue());
    EXPECT_TRUE(peers.error().message().contains(QStringLiteral("did not answer")));
}
