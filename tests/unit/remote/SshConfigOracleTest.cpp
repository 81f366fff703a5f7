// Compares SshConfig with OpenSSH itself: `ssh -G -F FILE HOST` prints the evaluated
// configuration without connecting. Each folder of tests/data/ssh-config holds a config (with
// @DIR@ standing for the folder, for Includes) and the hosts to evaluate it for.
#include "remote/config/SshConfig.h"

#include "RemoteTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QMultiHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;
using Leitstand::Testing::passwdHomeDirectory;

namespace {

QString fixtureRoot()
{
    return QStringLiteral(LEITSTAND_TEST_DATA_DIR "/ssh-config");
}

// Copies a fixture folder, putting its new place where it says @DIR@.
void copyFixture(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QByteArray text = Testing::readTextFile(source);
        text.replace("@DIR@", to.toUtf8());
        Testing::writeTextFile(target, text);
    }
}

// `ssh -G` prints one "keyword value" per line; keywords that take several values repeat. They
// are inserted last line first, so values() lists them in file order.
QMultiHash<QString, QString> sshEvaluate(const QString &configPath, const QString &destination)
{
    const Testing::ProcessRun run = Testing::runProcess(
        QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), configPath, destination});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QMultiHash<QString, QString> values;
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const qsizetype space = it->indexOf(QLatin1Char(' '));
        values.insert(it->left(space), it->mid(space + 1));
    }
    return values;
}

QString expandHome(QString path, const QString &home)
{
    if (path.startsWith(QLatin1String("~/")))
        path.replace(0, 1, home);
    return path;
}

class SshConfigOracleTest : public testing::TestWithParam<QString>
{};

} // namespace

TEST_P(SshConfigOracleTest, AgreesWithOpenSsh)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    copyFixture(fixtureRoot() + QLatin1Char('/') + GetParam(), dir.path());
    const QString home = passwdHomeDirectory();
    const QString configPath = dir.filePath(QStringLiteral("config"));
    const Expected<SshConfig> config = SshConfig::load(configPath, home + QStringLiteral("/.ssh"), home);
    ASSERT_TRUE(config.hasValue()) << config.error().toString().toStdString();

    const QStringList destinations = QString::fromUtf8(Testing::readTextFile(dir.filePath(QStringLiteral("hosts"))))
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(destinations.isEmpty());
    for (const QString &destination : destinations) {
        SCOPED_TRACE(destination.toStdString());
        const qsizetype at = destination.indexOf(QLatin1Char('@'));
        const QString alias = destination.mid(at + 1);
        const QString explicitUser = at < 0 ? QString() : destination.left(at);
        const SshHostSettings ours = config->resolve(alias, Testing::localUserName(), explicitUser, 0);
        const QMultiHash<QString, QString> openssh = sshEvaluate(configPath, destination);

        EXPECT_EQ(ours.hostName, openssh.value(QStringLiteral("hostname")));
        EXPECT_EQ(ours.user, openssh.value(QStringLiteral("user")));
        EXPECT_EQ(QString::number(ours.port), openssh.value(QStringLiteral("port")));
        EXPECT_EQ(ours.proxyJump.join(QLatin1Char(',')), openssh.value(QStringLiteral("proxyjump")));
        EXPECT_EQ(ours.proxyCommand, openssh.value(QStringLiteral("proxycommand")));
        EXPECT_EQ(ours.hostKeyAlias, openssh.value(QStringLiteral("hostkeyalias")));

        // ssh -G prints identity files before token expansion; the fixtures use only `~`.
        QStringList theirIdentities = openssh.values(QStringLiteral("identityfile"));
        if (ours.identityFiles.isEmpty()) {
            // Nothing configured: OpenSSH falls back to its defaults, and so will the connection.
            EXPECT_EQ(theirIdentities.value(0), QStringLiteral("~/.ssh/id_rsa"));
        } else {
            for (QString &file : theirIdentities)
                file = expandHome(file, home);
            EXPECT_EQ(ours.identityFiles, theirIdentities);
        }

        const QString knownHosts = openssh.value(QStringLiteral("userknownhostsfile"));
        if (ours.userKnownHostsFiles.isEmpty()) {
            EXPECT_EQ(knownHosts,
                      home + QStringLiteral("/.ssh/known_hosts ") + home + QStringLiteral("/.ssh/known_hosts2"));
        } else {
            EXPECT_EQ(ours.userKnownHostsFiles.join(QLatin1Char(' ')), knownHosts);
            EXPECT_EQ(ours.userKnownHostsFile, ours.userKnownHostsFiles.first());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures,
                         SshConfigOracleTest,
                         testing::ValuesIn(QDir(fixtureRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)),
                         [](const testing::TestParamInfo<QString> &fixture) {
                             // Test names allow letters, digits and underscores only.
                             QString name = fixture.param;
                             name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
                             return name.toStdString();
                         });
