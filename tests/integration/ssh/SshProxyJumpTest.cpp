#include "SshTestSupport.h"

#include "remote/config/SshConfig.h"
#include "remote/hosts/RegisteredHost.h"
#include "remote/ssh/SshHostResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;
using namespace Leitstand::Testing;

namespace {

class SshProxyJumpTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_key = SshTestServer::generateKey(m_work.path(), QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
        for (SshTestServer *server : {&m_jump, &m_target}) {
            server->authorize(m_key + QStringLiteral(".pub"));
            ASSERT_TRUE(server->start()) << server->startError().toStdString();
        }
    }
    QString knownHosts() const { return m_work.filePath(QStringLiteral("known_hosts")); }
    // ~/.ssh/config of the test's home folder.
    QString writeConfig() const
    {
        QDir(m_work.path()).mkpath(QStringLiteral(".ssh"));
        const QString path = m_work.filePath(QStringLiteral(".ssh/config"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        const QString user = SshTestServer::currentUser();
        file.write(QStringLiteral("Host app-server\n"
                                  "    HostName 127.0.0.1\n"
                                  "    Port %1\n"
                                  "    User %2\n"
                                  "    IdentityFile %3\n"
                                  "    ProxyJump bastion\n"
                                  "\n"
                                  "Host bastion\n"
                                  "    HostName 127.0.0.1\n"
                                  "    Port %4\n"
                                  "    User %2\n"
                                  "    IdentityFile %3\n"
                                  "\n"
                                  "Host direct-alias\n"
                                  "    HostName 127.0.0.1\n"
                                  "    Port %1\n"
                                  "    User %2\n"
                                  "    IdentityFile %3\n")
                       .arg(m_target.port())
                       .arg(user, m_key)
                       .arg(m_jump.port())
                       .toUtf8());
        return path;
    }
    QString tunnelLogLine() const { return QStringLiteral("target 127.0.0.1 port %1").arg(m_target.port()); }

    QTemporaryDir m_work;
    // DEBUG1 logs the direct-tcpip requests the tests look for.
    SshTestServer m_jump{{QStringLiteral("ed25519"), {QStringLiteral("LogLevel DEBUG1")}, {}}};
    SshTestServer m_target;
    QString m_key;
};

TEST_F(SshProxyJumpTest, ReachesTheTargetThroughADirectTcpipChannelOfTheJumpHost)
{
    SshConnectionOptions options = optionsFor(m_target, m_key, knownHosts());
    options.jumpHosts = {optionsFor(m_jump, m_key, knownHosts()).endpoint};
    SshConnection connection(options);
    ASSERT_TRUE(connectAndWait(connection)) << connection.lastFailure().value_or(SshFailure{}).message.toStdString();
    const CommandOutput output = runToEnd(connection, {QStringLiteral("echo"), QStringLiteral("behind the bastion")});
    EXPECT_EQ(output.standardOutput, QByteArray("behind the bastion\n"));
    EXPECT_TRUE(m_jump.log().contains(tunnelLogLine())) << m_jump.log().toStdString();
    // Both hosts were checked and recorded under their own names.
    QFile file(knownHosts());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    EXPECT_TRUE(recorded.contains(QStringLiteral("[127.0.0.1]:%1 ").arg(m_jump.port()).toUtf8()));
    EXPECT_TRUE(recorded.contains(QStringLiteral("[127.0.0.1]:%1 ").arg(m_target.port()).toUtf8()));
}

TEST_F(SshProxyJumpTest, ATrustRefusalOfTheJumpHostIsATrustRefusal)
{
    SshConnectionOptions options = optionsFor(m_target, m_key, knownHosts(), false);
    options.jumpHosts = {optionsFor(m_jump, m_key, knownHosts(), false).endpoint};
    SshConnection connection(options);
    EXPECT_FALSE(connectAndWait(connection));
    ASSERT_TRUE(connection.lastFailure().has_value());
    EXPECT_EQ(connection.lastFailure()->kind, SshFailureKind::HostKeyUnknown);
    EXPECT_TRUE(connection.lastFailure()->message.startsWith(QStringLiteral("through jump host")));
}

TEST_F(SshProxyJumpTest, ResolvesAnSshConfigAliasWithItsProxyJump)
{
    const QString configPath = writeConfig();
    const auto config = SshConfig::load(configPath, m_work.filePath(QStringLiteral(".ssh")), m_work.path());
    ASSERT_TRUE(config.hasValue());
    RegisteredHost host;
    host.name = QStringLiteral("app");
    host.target = QStringLiteral("app-server");
    host.knownHostsFile = knownHosts();
    auto options = SshHostResolver::resolve(host, *config);
    ASSERT_TRUE(options.hasValue()) << options.error().message().toStdString();
    EXPECT_EQ(options->endpoint.port, m_target.port());
    ASSERT_EQ(options->jumpHosts.size(), 1);
    EXPECT_EQ(options->jumpHosts.first().port, m_jump.port());
    options->acceptNewHostKey = true;
    options->useAgent = false;
    SshConnection connection(*options);
    ASSERT_TRUE(connectAndWait(connection)) << connection.lastFailure().value_or(SshFailure{}).message.toStdString();
    EXPECT_EQ(runToEnd(connection, {QStringLiteral("echo"), QStringLiteral("aliased")}).standardOutput,
              QByteArray("aliased\n"));
}

TEST_F(SshProxyJumpTest, CliTestsAConfigAliasDirectlyAndThroughProxyJump)
{
    writeConfig();
    const QStringList common{QStringLiteral("--known-hosts"),
                             knownHosts(),
                             QStringLiteral("--accept-new-host-key"),
                             QStringLiteral("--config-dir"),
                             m_work.filePath(QStringLiteral("leitstand"))};
    const CliRun direct
        = runCli(QStringList{QStringLiteral("hosts"), QStringLiteral("test"), QStringLiteral("direct-alias")} + common,
                 m_work.path());
    ASSERT_EQ(direct.exitCode, 0) << direct.standardError.toStdString();
    EXPECT_TRUE(direct.standardOutput.contains(
        QStringLiteral("(%1@127.0.0.1:%2)").arg(SshTestServer::currentUser()).arg(m_target.port())));
    EXPECT_FALSE(m_jump.log().contains(tunnelLogLine()));

    const CliRun jumped
        = runCli(QStringList{QStringLiteral("hosts"), QStringLiteral("test"), QStringLiteral("app-server")} + common,
                 m_work.path());
    ASSERT_EQ(jumped.exitCode, 0) << jumped.standardError.toStdString();
    EXPECT_TRUE(jumped.standardOutput.contains(QStringLiteral("authentication: publickey (%1)").arg(m_key)));
    EXPECT_TRUE(m_jump.log().contains(tunnelLogLine()));
}

} // namespace
