#include "SshTestSupport.h"

#include "remote/ssh/SshConnection.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;
using namespace Leitstand::Testing;

namespace {

class SshAuthenticationTest : public ::testing::Test
{
protected:
    QString knownHosts() const { return m_work.filePath(QStringLiteral("known_hosts")); }
    QString newAuthorizedKey(const QString &name, const QString &type, const QString &passphrase = QString())
    {
        const QString key = SshTestServer::generateKey(m_work.path(), name, type, passphrase);
        m_server.authorize(key + QStringLiteral(".pub"));
        return key;
    }

    QTemporaryDir m_work;
    SshTestServer m_server;
};

TEST_F(SshAuthenticationTest, LogsInWithEd25519AndEcdsaKeys)
{
    const QString ed25519 = newAuthorizedKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
    const QString ecdsa = newAuthorizedKey(QStringLiteral("id_ecdsa"), QStringLiteral("ecdsa"));
    ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();
    for (const QString &key : {ed25519, ecdsa}) {
        SshConnection connection(optionsFor(m_server, key, knownHosts()));
        ASSERT_TRUE(connectAndWait(connection))
            << connection.lastFailure().value_or(SshFailure{}).message.toStdString();
        EXPECT_EQ(connection.sessionInfo().authenticationMethod, QStringLiteral("publickey (%1)").arg(key));
        EXPECT_TRUE(connection.sessionInfo().serverBanner.startsWith(QStringLiteral("SSH-2.0-OpenSSH_")));
        const CommandOutput output = runToEnd(connection, {QStringLiteral("echo"), QStringLiteral("logged in")});
        EXPECT_EQ(output.standardOutput, QByteArray("logged in\n"));
        EXPECT_TRUE(output.result.succeeded());
    }
}

TEST_F(SshAuthenticationTest, LogsInThroughARealSshAgent)
{
    const QString key = newAuthorizedKey(QStringLiteral("agent_key"), QStringLiteral("ed25519"));
    ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();
    const QString socket = m_work.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(socket); }, 5000));
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(environment);
    add.start(QStringLiteral("ssh-add"), {key});
    ASSERT_TRUE(add.waitForFinished(10000));
    ASSERT_EQ(add.exitCode(), 0) << add.readAllStandardError().toStdString();

    SshConnectionOptions options = optionsFor(m_server, QString(), knownHosts());
    options.useAgent = true;
    options.agentSocketPath = socket;
    SshConnection connection(options);
    ASSERT_TRUE(connectAndWait(connection)) << connection.lastFailure().value_or(SshFailure{}).message.toStdString();
    EXPECT_EQ(connection.sessionInfo().authenticationMethod, QStringLiteral("publickey (ssh-agent: agent_key)"));
    EXPECT_EQ(runToEnd(connection, {QStringLiteral("echo"), QStringLiteral("via agent")}).standardOutput,
              QByteArray("via agent\n"));
    agent.kill();
    agent.waitForFinished();
}

TEST_F(SshAuthenticationTest, UsesThePassphraseOfAnEncryptedKeyFromTheSecretProvider)
{
    const QString key
        = newAuthorizedKey(QStringLiteral("id_locked"), QStringLiteral("ed25519"), QStringLiteral("correct horse"));
    ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();

    SshConnection withoutSecret(optionsFor(m_server, key, knownHosts()));
    EXPECT_FALSE(connectAndWait(withoutSecret));
    ASSERT_TRUE(withoutSecret.lastFailure().has_value());
    EXPECT_EQ(withoutSecret.lastFailure()->kind, SshFailureKind::AuthenticationFailed);
    EXPECT_TRUE(withoutSecret.lastFailure()->message.contains(QStringLiteral("no passphrase for the encrypted key")));

    SshConnectionOptions options = optionsFor(m_server, key, knownHosts());
    QStringList asked;
    options.secretProvider = [&asked](const SshSecretRequest &request) -> std::optional<QString> {
        asked.append(request.identityFile); // read after the connection has finished
        return request.kind == SshSecretRequest::Kind::KeyPassphrase ? std::optional(QStringLiteral("correct horse"))
                                                                     : std::nullopt;
    };
    SshConnection connection(options);
    ASSERT_TRUE(connectAndWait(connection)) << connection.lastFailure().value_or(SshFailure{}).message.toStdString();
    EXPECT_EQ(asked, QStringList{key});
    EXPECT_EQ(runToEnd(connection, {QStringLiteral("true")}).result.exitCode, 0);
}

TEST_F(SshAuthenticationTest, LogsInWithAPasswordFromTheSecretProvider)
{
    if (SshTestServer::run(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")})
            .contains(QStringLiteral("Operation not permitted")))
        GTEST_SKIP() << "no mount namespaces here: the password test needs its own /etc/shadow for sshd";
    SshTestServer server({QStringLiteral("ed25519"), {}, QStringLiteral("s3cret pass")});
    ASSERT_TRUE(server.start()) << server.startError().toStdString();
    SshConnectionOptions options = optionsFor(server, QString(), knownHosts());
    options.endpoint.user = QStringLiteral("root"); // the only account of the namespace's shadow file
    options.secretProvider = [](const SshSecretRequest &request) -> std::optional<QString> {
        return request.kind == SshSecretRequest::Kind::Password ? std::optional(QStringLiteral("s3cret pass"))
                                                                : std::nullopt;
    };
    SshConnection connection(options);
    ASSERT_TRUE(connectAndWait(connection))
        << connection.lastFailure().value_or(SshFailure{}).message.toStdString() << server.log().toStdString();
    EXPECT_EQ(connection.sessionInfo().authenticationMethod, QStringLiteral("password"));

    options.secretProvider = [](const SshSecretRequest &) -> std::optional<QString> {
        return QStringLiteral("wrong");
    };
    SshConnection refused(options);
    EXPECT_FALSE(connectAndWait(refused));
    EXPECT_EQ(refused.lastFailure()->kind, SshFailureKind::AuthenticationFailed);
    EXPECT_TRUE(refused.lastFailure()->message.contains(QStringLiteral("the password was refused")));
}

TEST_F(SshAuthenticationTest, ExplainsThatTheServerRefusesSha1SignedRsaKeys)
{
    const QString key = newAuthorizedKey(QStringLiteral("id_rsa"), QStringLiteral("rsa"));
    ASSERT_TRUE(m_server.start()) << m_server.startError().toStdString();
    SshConnection connection(optionsFor(m_server, key, knownHosts()));
    EXPECT_FALSE(connectAndWait(connection));
    ASSERT_TRUE(connection.lastFailure().has_value());
    EXPECT_EQ(connection.lastFailure()->kind, SshFailureKind::RsaSha1Refused);
    EXPECT_TRUE(connection.lastFailure()->message.contains(
        QStringLiteral("RSA keys are signed with SHA-1 by this libssh2 version, which the server refuses; use an "
                       "ed25519 or ecdsa key")));
    // The server's own log agrees on why.
    EXPECT_TRUE(m_server.log().contains(QStringLiteral("ssh-rsa")));
}

} // namespace
