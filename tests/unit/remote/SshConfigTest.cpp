#include "remote/config/SshConfig.h"
#include "remote/config/HostPatternList.h"
#include "remote/config/SshConfigReader.h"

#include "RemoteTestSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;

namespace {

const QString Home = QStringLiteral("/home/op");

struct ConfigFolder
{
    QTemporaryDir dir;

    QString write(const char *name, const char *text)
    {
        const QString path = dir.filePath(QString::fromUtf8(name));
        QDir().mkpath(QFileInfo(path).absolutePath());
        Testing::writeTextFile(path, text);
        return path;
    }
    Expected<SshConfig> load(const char *text)
    {
        // Relative Includes resolve against the folder, standing in for ~/.ssh.
        return SshConfig::load(write("config", text), dir.path(), Home);
    }
};

} // namespace

TEST(HostPatternListTest, MatchesWildcardsAndNegations)
{
    const HostPatternList list({QStringLiteral("*.lan"), QStringLiteral("!nas.lan"), QStringLiteral("db?")});
    EXPECT_TRUE(list.matches(QStringLiteral("printer.lan")));
    EXPECT_FALSE(list.matches(QStringLiteral("nas.lan")));
    EXPECT_TRUE(list.matches(QStringLiteral("db1")));
    EXPECT_FALSE(list.matches(QStringLiteral("db12")));
    EXPECT_FALSE(list.matches(QStringLiteral("PRINTER.LAN")));
    EXPECT_FALSE(HostPatternList({QStringLiteral("!*.lan")}).matches(QStringLiteral("web")));
    const HostPatternList known = HostPatternList::fromCommaSeparated(QStringLiteral("[Box]:2222,*.Example.com"),
                                                                      HostPatternList::Case::Insensitive);
    EXPECT_TRUE(known.matches(QStringLiteral("[box]:2222")));
    EXPECT_TRUE(known.matches(QStringLiteral("www.example.COM")));
    EXPECT_FALSE(known.matches(QStringLiteral("[box]:22")));
}

TEST(HostPatternListTest, StaysLinearOnHostilePatterns)
{
    // Exponential backtracking would take ages here.
    const QString name = QString(5000, QLatin1Char('a'));
    const QString pattern = QString(40, QLatin1Char('*')) + QStringLiteral("a*a*a*a*a*a*a*a*b");
    EXPECT_FALSE(HostPatternList::matchesWildcard(name, pattern));
    EXPECT_TRUE(HostPatternList::matchesWildcard(name, QStringLiteral("a*a?a")));
}

TEST(SshConfigTest, SplitsArgumentsAsOpenSshDoes)
{
    const auto split = [](const char *text) {
        return SshConfigReader::splitArguments(QString::fromUtf8(text));
    };
    EXPECT_EQ(*split("a \"b c\" 'd e' f\\ g # comment"),
              (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d e"), QStringLiteral("f g")}));
    EXPECT_EQ(*split("x#y \"it's\" \\\"q\\\""),
              (QStringList{QStringLiteral("x#y"), QStringLiteral("it's"), QStringLiteral("\"q\"")}));
    EXPECT_EQ(*split("back\\slash"), QStringList{QStringLiteral("back\\slash")});
    EXPECT_FALSE(split("\"open").hasValue());
}

TEST(SshConfigTest, ExpandsTokensInIdentityAndKnownHostsFiles)
{
    ConfigFolder folder;
    const auto config = folder.load("Host app\n"
                                    "  HostName %h.example.com\n"
                                    "  User deploy\n"
                                    "  Port 2022\n"
                                    "  IdentityFile ~/.ssh/id_%h_%r_%u\n"
                                    "  IdentityFile %d/keys/%n-%p-100%%\n"
                                    "  IdentityFile ~/.ssh/id_%h_%r_%u\n"
                                    "  UserKnownHostsFile ~/.ssh/kh_%n /etc/kh_%r\n");
    ASSERT_TRUE(config.hasValue()) << config.error().toString().toStdString();
    const SshHostSettings settings = config->resolve(QStringLiteral("app"), QStringLiteral("op"));
    EXPECT_EQ(settings.hostName, QStringLiteral("app.example.com"));
    EXPECT_EQ(settings.identityFiles,
              (QStringList{QStringLiteral("/home/op/.ssh/id_app.example.com_deploy_op"),
                           QStringLiteral("/home/op/keys/app-2022-100%")}));
    EXPECT_EQ(settings.userKnownHostsFiles,
              (QStringList{QStringLiteral("/home/op/.ssh/kh_app"), QStringLiteral("/etc/kh_deploy")}));
    EXPECT_EQ(settings.userKnownHostsFile, QStringLiteral("/home/op/.ssh/kh_app"));
}

TEST(SshConfigTest, DefaultsWithoutConfig)
{
    const auto config = SshConfig::load(QStringLiteral("/nonexistent/leitstand/config"), QStringLiteral("/x"), Home);
    ASSERT_TRUE(config.hasValue());
    const SshHostSettings settings = config->resolve(QStringLiteral("Box.Example"), QStringLiteral("op"));
    EXPECT_EQ(settings.hostName, QStringLiteral("box.example"));
    EXPECT_EQ(settings.user, QStringLiteral("op"));
    EXPECT_EQ(settings.port, 22);
    EXPECT_TRUE(settings.identityFiles.isEmpty());
    EXPECT_TRUE(settings.proxyJump.isEmpty());
    EXPECT_TRUE(settings.userKnownHostsFile.isEmpty());
    EXPECT_FALSE(settings.identitiesOnly);
}

TEST(SshConfigTest, RelativeIncludesResolveAgainstTheSshFolderWithGlobsInOrder)
{
    ConfigFolder folder;
    folder.write("config.d/b.conf", "Host web\n  Port 2002\n");
    folder.write("config.d/a.conf", "Host web\n  User from-a\n  Port 2001\n");
    folder.write("config.d/skip.txt", "Host web\n  User from-txt\n");
    const auto config = folder.load("Include config.d/*.conf missing/*.conf\nHost *\n  IdentitiesOnly yes\n");
    ASSERT_TRUE(config.hasValue()) << config.error().toString().toStdString();
    const SshHostSettings settings = config->resolve(QStringLiteral("web"), QStringLiteral("op"));
    EXPECT_EQ(settings.user, QStringLiteral("from-a"));
    EXPECT_EQ(settings.port, 2001);
    EXPECT_TRUE(settings.identitiesOnly);
}

TEST(SshConfigTest, SkipsMatchBlocksItCannotEvaluate)
{
    ConfigFolder folder;
    // OpenSSH would apply the first block to "web" (originalhost matches); Leitstand skips it
    // rather than evaluate criteria that may run commands, so the later value applies.
    const auto config = folder.load("Match originalhost web\n  User from-match\n"
                                    "Match exec \"touch /tmp/leitstand-must-not-exist\"\n  Port 1\n"
                                    "Host web\n  User from-host\n");
    ASSERT_TRUE(config.hasValue());
    const SshHostSettings settings = config->resolve(QStringLiteral("web"), QStringLiteral("op"));
    EXPECT_EQ(settings.user, QStringLiteral("from-host"));
    EXPECT_EQ(settings.port, 22);
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/leitstand-must-not-exist")));
}

TEST(SshConfigTest, IgnoresUnknownKeywords)
{
    ConfigFolder folder;
    const auto config = folder.load("FutureKeyword something\nHost web\n  AnotherUnknown 1 2 3\n  Port 2200\n");
    ASSERT_TRUE(config.hasValue());
    EXPECT_EQ(config->resolve(QStringLiteral("web"), QStringLiteral("op")).port, 2200);
}

TEST(SshConfigTest, RefusesWhatOpenSshRefusesWithTheLine)
{
    struct Case
    {
        const char *text;
        int line;
    };
    for (const Case &bad : {Case{"Host a\n  Port 70000\n", 2},
                            Case{"Host other\n\n  Port abc\n", 3},
                            Case{"HostName a b\n", 1},
                            Case{"User\n", 1},
                            Case{"Host\n", 1},
                            Case{"Host x\n  User \"unterminated\n", 2}}) {
        SCOPED_TRACE(bad.text);
        ConfigFolder folder;
        const auto config = folder.load(bad.text);
        ASSERT_FALSE(config.hasValue());
        EXPECT_EQ(config.error().location().line, bad.line);
        EXPECT_TRUE(config.error().location().file.endsWith(QStringLiteral("/config")));
    }
}

TEST(SshConfigTest, StopsIncludeLoops)
{
    ConfigFolder folder;
    folder.write("loop.conf", "Include loop.conf\n");
    const auto config = folder.load("Include loop.conf\n");
    ASSERT_FALSE(config.hasValue());
    EXPECT_TRUE(config.error().message().contains(QStringLiteral("16"))) << config.error().message().toStdString();
}

TEST(SshConfigTest, AnUnreadableConfigIsAnError)
{
    ConfigFolder folder;
    QDir(folder.dir.path()).mkdir(QStringLiteral("config"));
    EXPECT_FALSE(SshConfig::load(folder.dir.filePath(QStringLiteral("config")), folder.dir.path(), Home).hasValue());
}
