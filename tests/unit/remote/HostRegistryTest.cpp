#include "remote/hosts/HostRegistry.h"

#include "core/workspace/WorkspaceReader.h"

#include "RemoteTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Remote;

namespace {

RegisteredHost host(const char *name, const char *target)
{
    RegisteredHost result;
    result.name = QString::fromUtf8(name);
    result.target = QString::fromUtf8(target);
    return result;
}

class HostRegistryTest : public testing::Test
{
protected:
    QString configDirectory() const { return m_dir.filePath(QStringLiteral("config/Leitstand")); }

    QTemporaryDir m_dir;
    HostRegistry m_registry{configDirectory()};
};

} // namespace

TEST_F(HostRegistryTest, StartsEmptyWithoutAFile)
{
    const auto hosts = m_registry.hosts();
    ASSERT_TRUE(hosts.hasValue());
    EXPECT_TRUE(hosts->isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_registry.filePath()));
}

TEST_F(HostRegistryTest, AddsFindsAndRemovesHostsWithTheirSettings)
{
    RegisteredHost prod = host("sese-prod", "ssh://deploy@sese-prod:804");
    prod.useSudo = true;
    prod.knownHostsFile = QStringLiteral("/home/op/.ssh/known_hosts_sese");
    prod.identityFile = QStringLiteral("/home/op/.ssh/id_ed25519_sese");
    prod.stacks = {{QStringLiteral("sese-infra"), QStringLiteral("/srv/sese/infra")},
                   {QStringLiteral("sese-apps"), QStringLiteral("/srv/sese/apps")}};
    ASSERT_TRUE(m_registry.add(prod).hasValue());
    ASSERT_TRUE(m_registry.add(host("mac-mini", "mac-mini.tail1234.ts.net")).hasValue());

    // Another registry object on the same folder (another process) sees the same hosts.
    const auto hosts = HostRegistry(configDirectory()).hosts();
    ASSERT_TRUE(hosts.hasValue());
    ASSERT_EQ(hosts->size(), 2);
    const RegisteredHost &read = hosts->at(0);
    EXPECT_EQ(read.name, QStringLiteral("sese-prod"));
    EXPECT_EQ(read.target, QStringLiteral("ssh://deploy@sese-prod:804"));
    EXPECT_TRUE(read.useSudo);
    EXPECT_EQ(read.knownHostsFile, prod.knownHostsFile);
    EXPECT_EQ(read.identityFile, prod.identityFile);
    ASSERT_EQ(read.stacks.size(), 2);
    EXPECT_EQ(read.stacks.at(1).name, QStringLiteral("sese-apps"));
    EXPECT_EQ(read.stacks.at(1).directory, QStringLiteral("/srv/sese/apps"));
    EXPECT_FALSE(hosts->at(1).useSudo);

    EXPECT_FALSE(m_registry.add(host("sese-prod", "other")).hasValue());
    ASSERT_TRUE(m_registry.remove(QStringLiteral("sese-prod")).hasValue());
    EXPECT_FALSE(m_registry.remove(QStringLiteral("sese-prod")).hasValue());
    const auto found = m_registry.find(QStringLiteral("mac-mini"));
    ASSERT_TRUE(found.hasValue() && found->has_value());
    EXPECT_EQ(found->value().target, QStringLiteral("mac-mini.tail1234.ts.net"));
    EXPECT_FALSE(m_registry.find(QStringLiteral("sese-prod"))->has_value());
}

TEST_F(HostRegistryTest, RefusesPasswordsInTargetsAndWritesNothing)
{
    const Outcome refused = m_registry.add(host("prod", "ssh://deploy:hunter2@prod.example.org"));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("password")))
        << refused.error().message().toStdString();
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("keychain")));
    EXPECT_FALSE(refused.error().message().contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(QFileInfo::exists(m_registry.filePath()));

    // Nor is one accepted from a file edited by hand, and the error does not repeat it.
    ASSERT_TRUE(QDir().mkpath(configDirectory()));
    Testing::writeTextFile(m_registry.filePath(), R"({"hosts": [{"name": "prod", "target": "deploy:hunter2@prod"}]})");
    const auto hosts = m_registry.hosts();
    ASSERT_FALSE(hosts.hasValue());
    EXPECT_FALSE(hosts.error().toString().contains(QStringLiteral("hunter2")));
    EXPECT_EQ(hosts.error().location().line, 1);
}

TEST_F(HostRegistryTest, RefusesBadNamesTargetsAndStacks)
{
    for (const char *name : {"", "-x", "a b", "user@host", "ssh://x", "ünicode", "x/y"}) {
        SCOPED_TRACE(name);
        EXPECT_FALSE(m_registry.add(host(name, "box")).hasValue());
    }
    EXPECT_FALSE(m_registry.add(host("box", "box:2222")).hasValue());
    RegisteredHost relativeStack = host("box", "box");
    relativeStack.stacks = {{QStringLiteral("app"), QStringLiteral("srv/app")}};
    EXPECT_FALSE(m_registry.add(relativeStack).hasValue());
    RegisteredHost badStackName = host("box", "box");
    badStackName.stacks = {{QStringLiteral("App Stack"), QStringLiteral("/srv/app")}};
    EXPECT_FALSE(m_registry.add(badStackName).hasValue());
    EXPECT_FALSE(QFileInfo::exists(m_registry.filePath()));
}

TEST_F(HostRegistryTest, WritesPrivatelyAndKeepsMembersItDoesNotKnow)
{
    ASSERT_TRUE(QDir().mkpath(configDirectory()));
    Testing::writeTextFile(m_registry.filePath(),
                           R"({"name": "Ops", "futureSetting": 1, "hosts": [
                                 {"name": "a", "target": "a.example", "colour": "teal"}]})");
    RegisteredHost updated = host("a", "ops@a.example");
    updated.useSudo = true;
    ASSERT_TRUE(m_registry.update(updated).hasValue());
    ASSERT_TRUE(m_registry.add(host("b", "b.example")).hasValue());
    EXPECT_FALSE(m_registry.update(host("zz", "zz")).hasValue());

    const QJsonObject root = QJsonDocument::fromJson(Testing::readTextFile(m_registry.filePath())).object();
    EXPECT_EQ(root.value(QStringLiteral("name")).toString(), QStringLiteral("Ops"));
    EXPECT_EQ(root.value(QStringLiteral("futureSetting")).toInt(), 1);
    const QJsonObject first = root.value(QStringLiteral("hosts")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("colour")).toString(), QStringLiteral("teal"));
    EXPECT_EQ(first.value(QStringLiteral("target")).toString(), QStringLiteral("ops@a.example"));
    EXPECT_TRUE(first.value(QStringLiteral("sudo")).toBool());
    EXPECT_EQ(Testing::unixMode(m_registry.filePath()), 0600);
}

TEST_F(HostRegistryTest, NeverRewritesAFileItCannotRead)
{
    ASSERT_TRUE(QDir().mkpath(configDirectory()));
    const QByteArray broken = R"({"hosts": [{"name": "a", "target": "a"},)";
    Testing::writeTextFile(m_registry.filePath(), broken);
    const Outcome added = m_registry.add(host("b", "b"));
    ASSERT_FALSE(added.hasValue());
    EXPECT_EQ(added.error().location().file, m_registry.filePath());
    EXPECT_EQ(Testing::readTextFile(m_registry.filePath()), broken);

    Testing::writeTextFile(m_registry.filePath(),
                           R"({"hosts": [{"name": "a", "target": "a"}, {"name": "a", "target": "b"}]})");
    EXPECT_FALSE(m_registry.hosts().hasValue());
}

TEST_F(HostRegistryTest, IsAWorkspaceFileTheAppCanOpen)
{
    RegisteredHost prod = host("sese-prod", "ssh://deploy@sese-prod:804");
    prod.stacks = {{QStringLiteral("sese-infra"), QStringLiteral("/srv/sese/infra")}};
    ASSERT_TRUE(m_registry.add(prod).hasValue());
    ASSERT_TRUE(m_registry.add(host("mac-mini", "mac-mini.tail1234.ts.net")).hasValue());

    const Expected<Workspace> workspace = WorkspaceReader::readFile(m_registry.filePath());
    ASSERT_TRUE(workspace.hasValue()) << workspace.error().toString().toStdString();
    ASSERT_EQ(workspace->hosts.size(), 2);
    EXPECT_EQ(workspace->hosts.at(0).name, QStringLiteral("sese-prod"));
    EXPECT_EQ(workspace->hosts.at(0).target, QStringLiteral("ssh://deploy@sese-prod:804"));
    ASSERT_EQ(workspace->hosts.at(0).stacks.size(), 1);
    EXPECT_EQ(workspace->hosts.at(0).stacks.at(0).directory, QStringLiteral("/srv/sese/infra"));
    EXPECT_EQ(workspace->hosts.at(1).target, QStringLiteral("mac-mini.tail1234.ts.net"));
}
