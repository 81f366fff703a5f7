// `leitstand-cli hosts list | add | remove`, run as operators run it: the real binary.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct HostsRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

HostsRun runHosts(const QStringList &arguments,
                  const QStringList &environment = {},
                  const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : environment)
        processEnvironment.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(processEnvironment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(LEITSTAND_CLI_PATH), QStringList{QStringLiteral("hosts")} + arguments);
    HostsRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

class HostsCommandTest : public testing::Test
{
protected:
    QString configDirectory() const { return m_dir.filePath(QStringLiteral("cfg")); }
    QStringList withConfig(QStringList arguments) const
    {
        return arguments << QStringLiteral("--config-dir") << configDirectory();
    }
    QJsonArray listedHosts() const
    {
        const HostsRun run
            = runHosts(withConfig({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hosts")).toArray();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(HostsCommandTest, AddsListsAndRemovesHosts)
{
    const HostsRun added = runHosts(withConfig({QStringLiteral("add"),
                                                QStringLiteral("sese-prod"),
                                                QStringLiteral("ssh://deploy@sese-prod:804"),
                                                QStringLiteral("--sudo"),
                                                QStringLiteral("--identity"),
                                                QStringLiteral("keys/id_ed25519"),
                                                QStringLiteral("--known-hosts"),
                                                QStringLiteral("/srv/known_hosts")}),
                                    {},
                                    m_dir.path());
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_EQ(
        runHosts(
            withConfig({QStringLiteral("add"), QStringLiteral("mac-mini"), QStringLiteral("mac-mini.tail1234.ts.net")}))
            .exitCode,
        0);

    const QJsonArray hosts = listedHosts();
    ASSERT_EQ(hosts.size(), 2);
    const QJsonObject prod = hosts.at(0).toObject();
    EXPECT_EQ(prod.value(QStringLiteral("name")).toString(), QStringLiteral("sese-prod"));
    EXPECT_EQ(prod.value(QStringLiteral("target")).toString(), QStringLiteral("ssh://deploy@sese-prod:804"));
    EXPECT_EQ(prod.value(QStringLiteral("user")).toString(), QStringLiteral("deploy"));
    EXPECT_EQ(prod.value(QStringLiteral("host")).toString(), QStringLiteral("sese-prod"));
    EXPECT_EQ(prod.value(QStringLiteral("port")).toInt(), 804);
    EXPECT_TRUE(prod.value(QStringLiteral("sudo")).toBool());
    EXPECT_FALSE(prod.value(QStringLiteral("tailscale")).toBool());
    // Relative paths are made absolute, so the setting means the same from anywhere.
    EXPECT_EQ(prod.value(QStringLiteral("identityFile")).toString(), m_dir.filePath(QStringLiteral("keys/id_ed25519")));
    EXPECT_EQ(prod.value(QStringLiteral("knownHostsFile")).toString(), QStringLiteral("/srv/known_hosts"));
    const QJsonObject mac = hosts.at(1).toObject();
    EXPECT_TRUE(mac.value(QStringLiteral("tailscale")).toBool());
    EXPECT_TRUE(mac.value(QStringLiteral("user")).isNull());
    EXPECT_TRUE(mac.value(QStringLiteral("port")).isNull());
    EXPECT_TRUE(mac.value(QStringLiteral("identityFile")).isNull());

    const HostsRun table = runHosts(withConfig({QStringLiteral("list")}));
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_EQ(table.out,
              "NAME       TARGET\n"
              "sese-prod  ssh://deploy@sese-prod:804  (sudo)\n"
              "mac-mini   mac-mini.tail1234.ts.net\n");

    const HostsRun removed = runHosts(withConfig({QStringLiteral("remove"), QStringLiteral("sese-prod")}));
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    const QJsonArray remaining = listedHosts();
    ASSERT_EQ(remaining.size(), 1);
    EXPECT_EQ(remaining.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("mac-mini"));
}

TEST_F(HostsCommandTest, TakesOptionsBeforeTheSubcommand)
{
    ASSERT_EQ(runHosts({QStringLiteral("--config-dir"),
                        configDirectory(),
                        QStringLiteral("add"),
                        QStringLiteral("a"),
                        QStringLiteral("ops@a.example")})
                  .exitCode,
              0);
    const HostsRun run = runHosts({QStringLiteral("--config-dir"),
                                   configDirectory(),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json"),
                                   QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hosts")).toArray().size(), 1);
}

TEST_F(HostsCommandTest, RefusesATargetWithAPasswordWithoutEchoingIt)
{
    const HostsRun run = runHosts(withConfig(
        {QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("ssh://deploy:hunter2@prod.example.org")}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("keychain")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("hunter2"));
    EXPECT_FALSE(run.out.contains("hunter2"));
    EXPECT_FALSE(QFileInfo::exists(configDirectory() + QStringLiteral("/workspace.json")));
}

TEST_F(HostsCommandTest, BadInputExitsWithTwo)
{
    ASSERT_EQ(runHosts(withConfig({QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("a.example")})).exitCode,
              0);
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("add"), QStringLiteral("only-a-name")},
        {QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("other.example")},
        {QStringLiteral("add"), QStringLiteral("-bad"), QStringLiteral("x.example")},
        {QStringLiteral("add"), QStringLiteral("b"), QStringLiteral("box:2222")},
        {QStringLiteral("add"), QStringLiteral("b"), QStringLiteral("box;reboot")},
        {QStringLiteral("remove"), QStringLiteral("nope")},
        {QStringLiteral("remove")},
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("list"), QStringLiteral("--no-such-option")},
    };
    for (const QStringList &arguments : cases) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const HostsRun run = runHosts(withConfig(arguments));
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.err.startsWith("leitstand-cli: ")) << run.err.toStdString();
    }
    const HostsRun hint
        = runHosts(withConfig({QStringLiteral("add"), QStringLiteral("b"), QStringLiteral("ops@box:2222")}));
    EXPECT_TRUE(hint.err.contains("ssh://ops@box:2222")) << hint.err.toStdString();
    EXPECT_EQ(listedHosts().size(), 1);
}

TEST_F(HostsCommandTest, AnUnreadableHostListIsAFailure)
{
    ASSERT_TRUE(QDir().mkpath(configDirectory()));
    QFile file(configDirectory() + QStringLiteral("/workspace.json"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"hosts\": [");
    file.close();
    const HostsRun run = runHosts(withConfig({QStringLiteral("list")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("workspace.json:1:")) << run.err.toStdString();
}

TEST_F(HostsCommandTest, KeepsHostsUnderTheUsersConfigFolderByDefault)
{
    const QString xdg = m_dir.filePath(QStringLiteral("xdg"));
    const HostsRun run = runHosts({QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("a.example")},
                                  {QStringLiteral("XDG_CONFIG_HOME=") + xdg});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(xdg + QStringLiteral("/Leitstand/workspace.json")));
}

TEST_F(HostsCommandTest, PrintsHelp)
{
    const HostsRun overview = runHosts({QStringLiteral("--help")});
    EXPECT_EQ(overview.exitCode, 0);
    EXPECT_TRUE(overview.out.contains("add NAME TARGET"));
    const HostsRun add = runHosts({QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_EQ(add.exitCode, 0);
    for (const char *option : {"--identity", "--known-hosts", "--accept-new-host-key", "--config-dir", "--sudo"})
        EXPECT_TRUE(add.out.contains(option)) << option;
}
