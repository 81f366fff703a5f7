#include "core/analysis/risk/ChangeRiskAssessor.h"
#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace Leitstand;
using Analysis::ChangeRiskAssessor;
using Analysis::Finding;
using Analysis::Findings;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// Loads one compose file whose text is given in memory, as the editor validates its buffer.
class ChangeRiskAssessorTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_directory.isValid());
        m_path = m_directory.filePath(QStringLiteral("compose.yaml"));
    }

    std::optional<LoadedProject> load(const QByteArray &text)
    {
        ComposeLoadOptions options;
        options.files = {m_path};
        options.projectName = QStringLiteral("risk");
        options.fileContents.insert(m_path, text);
        Expected<LoadedProject> loaded = ComposeLoader::load(options);
        EXPECT_TRUE(loaded.hasValue()) << (loaded ? "" : loaded.error().toString().toStdString());
        if (!loaded)
            return std::nullopt;
        return std::move(loaded).value();
    }

    Findings assess(const QByteArray &before, const QByteArray &after)
    {
        const std::optional<LoadedProject> old = load(before);
        const std::optional<LoadedProject> edited = load(after);
        if (!old || !edited)
            return {};
        return ChangeRiskAssessor::assess(&*old, *edited);
    }

    static QStringList codes(const Findings &findings)
    {
        QStringList list;
        for (const Finding &finding : findings)
            list.append(finding.service + QLatin1Char('/') + finding.code);
        return list;
    }

    QTemporaryDir m_directory;
    QString m_path;
};

const QByteArray webOnly = "services:\n"
                           "  web:\n"
                           "    image: nginx:1.25\n";

TEST_F(ChangeRiskAssessorTest, AddingPrivilegedIsABlockerAtTheService)
{
    const Findings findings = assess(webOnly, webOnly + "    privileged: true\n");
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].code, QStringLiteral("privileged"));
    EXPECT_EQ(findings[0].service, QStringLiteral("web"));
    EXPECT_EQ(findings[0].severity, Finding::Severity::Blocker);
    EXPECT_EQ(findings[0].location, (SourceLocation{m_path, 2, 3}));
}

TEST_F(ChangeRiskAssessorTest, WhatTheFileAlreadyHadIsNotReportedAgain)
{
    const QByteArray risky = webOnly
                             + "    privileged: true\n"
                               "    pid: host\n"
                               "    cap_add: [NET_ADMIN]\n"
                               "    ports: [\"8080:80\"]\n"
                               "    volumes: [\"/var/run/docker.sock:/var/run/docker.sock\"]\n";
    EXPECT_TRUE(assess(risky, risky).isEmpty());
    // Taking risks away is not a risk either.
    EXPECT_TRUE(assess(risky, webOnly).isEmpty());
}

TEST_F(ChangeRiskAssessorTest, OnlyNewCapabilitiesAreListed)
{
    const Findings findings
        = assess(webOnly + "    cap_add: [NET_ADMIN]\n", webOnly + "    cap_add: [NET_ADMIN, SYS_PTRACE, CAP_CHOWN]\n");
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].code, QStringLiteral("cap-add"));
    EXPECT_EQ(findings[0].severity, Finding::Severity::Warning);
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("CHOWN, SYS_PTRACE"))) << findings[0].message.toStdString();
    EXPECT_FALSE(findings[0].message.contains(QStringLiteral("NET_ADMIN")));

    const Findings admin = assess(webOnly, webOnly + "    cap_add: [SYS_ADMIN]\n");
    ASSERT_EQ(admin.size(), 1);
    EXPECT_EQ(admin[0].severity, Finding::Severity::Blocker);
}

TEST_F(ChangeRiskAssessorTest, HostBindMountsAreClassified)
{
    const Findings findings = assess(webOnly,
                                     webOnly
                                         + "    volumes:\n"
                                           "      - /var/run/docker.sock:/var/run/docker.sock:ro\n"
                                           "      - /:/host\n"
                                           "      - ./html:/usr/share/nginx/html\n"
                                           "      - cache:/var/cache/nginx\n"
                                           "volumes:\n"
                                           "  cache: {}\n");
    EXPECT_EQ(codes(findings),
              (QStringList{QStringLiteral("web/docker-socket"),
                           QStringLiteral("web/host-bind-mount"),
                           QStringLiteral("web/host-root-mount")}));
    EXPECT_TRUE(findings[1].message.contains(QDir(m_directory.path()).filePath(QStringLiteral("html"))))
        << findings[1].message.toStdString();
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("read-only")));
}

TEST_F(ChangeRiskAssessorTest, NamedVolumeBackedByAHostFolderNamesItsUsers)
{
    const QByteArray before = "services:\n"
                              "  db:\n"
                              "    image: postgres:16\n"
                              "    volumes: [\"pgdata:/var/lib/postgresql/data\"]\n"
                              "  backup:\n"
                              "    image: alpine:3\n"
                              "    volumes: [\"pgdata:/data:ro\"]\n"
                              "volumes:\n"
                              "  pgdata: {}\n";
    const QByteArray after = before.left(before.indexOf("  pgdata: {}"))
                             + "  pgdata:\n"
                               "    driver: local\n"
                               "    driver_opts: {type: none, o: bind, device: /srv/pgdata}\n";
    const Findings findings = assess(before, after);
    EXPECT_EQ(codes(findings), (QStringList{QStringLiteral("backup/bind-volume"), QStringLiteral("db/bind-volume")}));
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("/srv/pgdata")));
    EXPECT_TRUE(assess(after, after).isEmpty());
}

TEST_F(ChangeRiskAssessorTest, HostNamespaces)
{
    const Findings findings = assess(webOnly, webOnly + "    network_mode: host\n    pid: host\n    ipc: host\n");
    EXPECT_EQ(codes(findings),
              (QStringList{
                  QStringLiteral("web/host-ipc"), QStringLiteral("web/host-network"), QStringLiteral("web/host-pid")}));
}

TEST_F(ChangeRiskAssessorTest, AdminUiMovedFromLoopbackToEveryAddress)
{
    const QByteArray before = "services:\n"
                              "  grafana:\n"
                              "    image: grafana/grafana:10.4.2\n"
                              "    ports: [\"127.0.0.1:3000:3000\", \"100.64.0.7:3001:3000\"]\n";
    QByteArray after = before;
    after.replace("127.0.0.1:3000:3000", "3000:3000");
    const Findings findings = assess(before, after);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].code, QStringLiteral("public-admin-ui"));
    EXPECT_EQ(findings[0].message, QStringLiteral("Grafana becomes reachable on the public address 0.0.0.0:3000/tcp"));

    // A tailnet address is not public.
    QByteArray tailnet = before;
    tailnet.replace("127.0.0.1:3000:3000", "100.64.0.8:3000:3000");
    EXPECT_TRUE(assess(before, tailnet).isEmpty());
}

TEST_F(ChangeRiskAssessorTest, TraefikDashboardPortIsAdminTheWebPortsAreNot)
{
    const QByteArray before = "services:\n"
                              "  proxy:\n"
                              "    image: traefik:v3.0\n";
    const Findings findings = assess(before, before + "    ports: [\"80:80\", \"8080:8080\"]\n");
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].code, QStringLiteral("public-admin-ui"));
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("0.0.0.0:8080/tcp")));
    EXPECT_EQ(findings[1].code, QStringLiteral("public-port"));
    EXPECT_EQ(findings[1].severity, Finding::Severity::Info);
    EXPECT_TRUE(findings[1].message.contains(QStringLiteral("0.0.0.0:80/tcp")));
}

TEST_F(ChangeRiskAssessorTest, LiteralSecretIsNamedButItsValueNeverShown)
{
    const QByteArray before = "services:\n"
                              "  db:\n"
                              "    image: postgres:16\n"
                              "    environment:\n"
                              "      POSTGRES_USER: n8n\n"
                              "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-}\n";
    QByteArray after = before;
    after.replace("${POSTGRES_PASSWORD:-}", "correct-horse-battery");
    const Findings findings = assess(before, after);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].code, QStringLiteral("literal-secret"));
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("POSTGRES_PASSWORD")));
    EXPECT_FALSE(findings[0].message.contains(QStringLiteral("correct-horse")));
}

TEST_F(ChangeRiskAssessorTest, WithoutALoadableBeforeEverythingCounts)
{
    const std::optional<LoadedProject> edited = load(webOnly + "    privileged: true\n    ports: [\"80:80\"]\n");
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(codes(ChangeRiskAssessor::assess(nullptr, *edited)),
              (QStringList{QStringLiteral("web/privileged"), QStringLiteral("web/public-port")}));
}

// The ManaCore demo already runs cadvisor privileged; an edit that makes node-exporter
// privileged as well is the one thing reported, in the override file it was written in.
TEST(ChangeRiskAssessorDemoTest, ManaCoreEditOfTheMacMiniOverride)
{
    const QString directory = QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/manacore");
    const QString overridePath = QDir(directory).filePath(QStringLiteral("docker-compose.macmini.yml"));
    ComposeLoadOptions options;
    options.files = {QDir(directory).filePath(QStringLiteral("docker-compose.yml")), overridePath};
    Expected<LoadedProject> before = ComposeLoader::load(options);
    ASSERT_TRUE(before.hasValue()) << before.error().toString().toStdString();

    QByteArray text = readBytes(overridePath);
    const qsizetype at = text.indexOf("  node-exporter:\n");
    ASSERT_GE(at, 0);
    text.insert(at + qsizetype(qstrlen("  node-exporter:\n")), "    privileged: true\n");
    options.fileContents.insert(overridePath, text);
    Expected<LoadedProject> after = ComposeLoader::load(options);
    ASSERT_TRUE(after.hasValue()) << after.error().toString().toStdString();

    const Findings findings = ChangeRiskAssessor::assess(&*before, *after);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].code, QStringLiteral("privileged"));
    EXPECT_EQ(findings[0].service, QStringLiteral("node-exporter"));
    EXPECT_TRUE(ChangeRiskAssessor::assess(&*before, *before).isEmpty());
}

} // namespace
