#include "SshTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;
using namespace Leitstand::Testing;

namespace {

class SshTrustTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_key = SshTestServer::generateKey(m_work.path(), QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
        m_server.authorize(m_key + QStringLiteral(".pub"));
        ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();
    }
    QString knownHosts() const { return m_work.filePath(QStringLiteral("known_hosts")); }
    QStringList hostTest(const QStringList &extra = {}) const
    {
        return QStringList{
                   QStringLiteral("hosts"),
                   QStringLiteral("test"),
                   QStringLiteral("ssh://%1@127.0.0.1:%2").arg(SshTestServer::currentUser()).arg(m_server.port()),
                   QStringLiteral("--identity"),
                   m_key,
                   QStringLiteral("--known-hosts"),
                   knownHosts(),
                   QStringLiteral("--config-dir"),
                   m_work.filePath(QStringLiteral("config"))}
               + extra;
    }

    QTemporaryDir m_work;
    // DEBUG1 logs every authentication request, to prove none came.
    SshTestServer m_server{{QStringLiteral("ed25519"), {QStringLiteral("LogLevel DEBUG1")}, {}}};
    QString m_key;
};

TEST_F(SshTrustTest, CliRefusesAnUnknownHostKeyAndRecordsItOnlyWhenTold)
{
    const CliRun refused = runCli(hostTest(), m_work.path());
    EXPECT_EQ(refused.exitCode, 3) << refused.standardError.toStdString();
    EXPECT_TRUE(refused.standardError.contains(m_server.hostKeyFingerprint()));
    EXPECT_FALSE(QFile::exists(knownHosts()));

    const CliRun accepted = runCli(hostTest({QStringLiteral("--accept-new-host-key")}), m_work.path());
    ASSERT_EQ(accepted.exitCode, 0) << accepted.standardError.toStdString();
    EXPECT_TRUE(accepted.standardOutput.contains(QStringLiteral("server version: SSH-2.0-OpenSSH_")));
    EXPECT_TRUE(accepted.standardOutput.contains(QStringLiteral("authentication: publickey (%1)").arg(m_key)));
    EXPECT_TRUE(accepted.standardOutput.contains(QStringLiteral("docker:")));
    QFile file(knownHosts());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QFile hostKey(m_server.directory() + QStringLiteral("/host_key.pub"));
    ASSERT_TRUE(hostKey.open(QIODevice::ReadOnly));
    const QByteArray keyText = hostKey.readAll().split(' ').mid(0, 2).join(' ');
    EXPECT_EQ(file.readAll(), QStringLiteral("[127.0.0.1]:%1 ").arg(m_server.port()).toUtf8() + keyText + '\n');

    // Now known: no flag needed.
    EXPECT_EQ(runCli(hostTest(), m_work.path()).exitCode, 0);
}

TEST_F(SshTrustTest, CliRefusesAChangedHostKeyWithBothFingerprints)
{
    ASSERT_EQ(runCli(hostTest({QStringLiteral("--accept-new-host-key")}), m_work.path()).exitCode, 0);
    const QString oldFingerprint = m_server.hostKeyFingerprint();
    ASSERT_TRUE(m_server.regenerateHostKey());
    ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();
    const QString newFingerprint = m_server.hostKeyFingerprint();
    ASSERT_NE(oldFingerprint, newFingerprint);

    // Even with the flag: a changed key is never accepted.
    const CliRun refused = runCli(hostTest({QStringLiteral("--accept-new-host-key")}), m_work.path());
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.standardError.contains(QStringLiteral("known host key:   %1").arg(oldFingerprint)))
        << refused.standardError.toStdString();
    EXPECT_TRUE(refused.standardError.contains(QStringLiteral("offered host key: ssh-ed25519 %1").arg(newFingerprint)));
    // Nothing about the user was sent: the server saw no authentication attempt.
    EXPECT_FALSE(m_server.log().contains(QStringLiteral("Accepted publickey")));
    EXPECT_FALSE(m_server.log().contains(QStringLiteral("userauth-request")));
}

TEST_F(SshTrustTest, AHostWithSeveralKeyTypesIsCheckedAgainstTheRecordedType)
{
    SshConnection first(optionsFor(m_server, m_key, knownHosts(), true));
    ASSERT_TRUE(connectAndWait(first));
    EXPECT_EQ(first.sessionInfo().hostKeyType, QStringLiteral("ssh-ed25519"));
    QFile file(knownHosts());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    file.close();

    // The host gains an ecdsa key, which libssh2 would negotiate first if not told otherwise.
    ASSERT_FALSE(
        SshTestServer::generateKey(m_server.directory(), QStringLiteral("host_key_ecdsa"), QStringLiteral("ecdsa"))
            .isEmpty());
    m_server.addConfigLine(QStringLiteral("HostKey %1/host_key_ecdsa").arg(m_server.directory()));
    ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();

    SshConnection second(optionsFor(m_server, m_key, knownHosts(), false));
    ASSERT_TRUE(connectAndWait(second)) << second.lastFailure().value_or(SshFailure{}).message.toStdString();
    EXPECT_EQ(second.sessionInfo().hostKeyType, QStringLiteral("ssh-ed25519"));
    EXPECT_FALSE(second.sessionInfo().hostKeyRecorded);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), recorded);
}

TEST_F(SshTrustTest, AClosedPortFailsFastWithAClearMessage)
{
    const int closedPort = SshTestServer::freePort();
    SshConnectionOptions options = optionsFor(m_server, m_key, knownHosts());
    options.endpoint.port = closedPort;
    SshConnection connection(options);
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE(connectAndWait(connection));
    EXPECT_LT(clock.elapsed(), 2000);
    ASSERT_TRUE(connection.lastFailure().has_value());
    EXPECT_EQ(connection.lastFailure()->kind, SshFailureKind::Unreachable);
    EXPECT_EQ(connection.lastFailure()->message,
              QStringLiteral("cannot connect to 127.0.0.1 port %1: Connection refused").arg(closedPort));

    clock.restart();
    const CliRun run = runCli({QStringLiteral("hosts"),
                               QStringLiteral("test"),
                               QStringLiteral("ssh://127.0.0.1:%1").arg(closedPort),
                               QStringLiteral("--known-hosts"),
                               knownHosts(),
                               QStringLiteral("--config-dir"),
                               m_work.path()},
                              m_work.path());
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.standardError.contains(QStringLiteral("Connection refused")));
}

TEST_F(SshTrustTest, CliRejectsBadInputWithExitCode2)
{
    EXPECT_EQ(runCli({QStringLiteral("hosts"), QStringLiteral("test")}, m_work.path()).exitCode, 2);
    EXPECT_EQ(
        runCli({QStringLiteral("hosts"), QStringLiteral("test"), QStringLiteral("ssh://user:pw@host")}, m_work.path())
            .exitCode,
        2);
}

} // namespace
