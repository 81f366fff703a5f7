// The port matrix of the demo workspace and of the corpus, with expectations read from the
// compose files themselves.
#include "PortsTestSupport.h"

#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/ports/WorkspaceHostProjects.h"

#include <algorithm>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::PortsTest;

namespace {

ComposeProject starterKit(const QStringList &profiles)
{
    auto loaded = load(corpusDirectory(QStringLiteral("real/n8n-ai-starter-kit")), {}, profiles);
    EXPECT_TRUE(loaded.hasValue()) << (loaded ? std::string() : loaded.error().toString().toStdString());
    return loaded ? loaded->project : ComposeProject();
}

QStringList publishedRows(const PortMatrix &matrix)
{
    QStringList rows;
    for (const PortMatrixBinding &binding : matrix.bindings) {
        rows.append(QStringLiteral("%1 %2->%3/%4 %5")
                        .arg(binding.service)
                        .arg(binding.published)
                        .arg(binding.target)
                        .arg(binding.protocol, PortExposureRules::name(binding.exposure)));
    }
    return rows;
}

PortMatrix hostMatrix(const QString &host)
{
    auto projects
        = WorkspaceHostProjects::load(QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/workspace.json"), host);
    EXPECT_TRUE(projects.hasValue()) << (projects ? std::string() : projects.error().toString().toStdString());
    QList<ComposeProject> plain;
    if (projects) {
        for (const LoadedProject &project : *projects)
            plain.append(project.project);
    }
    return PortMatrix::buildForHost(plain);
}

} // namespace

TEST(PortCorpusTest, StarterKitWithoutProfilesHasNoOllamaAndNoClash)
{
    const PortMatrix matrix = PortMatrix::build(starterKit({}));
    EXPECT_EQ(publishedRows(matrix),
              (QStringList{QStringLiteral("minio 9000->9000/tcp public"),
                           QStringLiteral("minio 9001->9001/tcp public"),
                           QStringLiteral("n8n 5678->5678/tcp public"),
                           QStringLiteral("n8n 443->443/tcp public"),
                           QStringLiteral("nginx 81->81/tcp public"),
                           QStringLiteral("qdrant 6333->6333/tcp public")}));
    EXPECT_TRUE(matrix.conflicts.isEmpty());
}

TEST(PortCorpusTest, StarterKitOneProfileIsNoClash)
{
    for (const QString &profile : {QStringLiteral("cpu"), QStringLiteral("gpu-nvidia")}) {
        const PortMatrix matrix = PortMatrix::build(starterKit({profile}));
        EXPECT_EQ(matrix.bindings.size(), 7) << profile.toStdString();
        EXPECT_TRUE(matrix.conflicts.isEmpty()) << profile.toStdString();
    }
}

TEST(PortCorpusTest, StarterKitBothProfilesClashOnOllama)
{
    const PortMatrix matrix = PortMatrix::build(starterKit({QStringLiteral("cpu"), QStringLiteral("gpu-nvidia")}));
    ASSERT_EQ(matrix.conflicts.size(), 1);
    const PortConflict &clash = matrix.conflicts.first();
    EXPECT_EQ(clash.published, 11434);
    EXPECT_EQ(clash.protocol, QStringLiteral("tcp"));
    EXPECT_EQ(clash.hostIp, QString());
    ASSERT_EQ(clash.parties.size(), 2);
    EXPECT_EQ(clash.parties.at(0).service, QStringLiteral("ollama-cpu"));
    EXPECT_EQ(clash.parties.at(1).service, QStringLiteral("ollama-gpu"));
}

TEST(PortCorpusTest, ManaCoreMatrix)
{
    const PortMatrix matrix = PortMatrix::build(manacore());
    // 52 services: 50 publish 52 ports (minio and synapse two each), searxng only exposes 8080,
    // watchtower has no port at all.
    EXPECT_EQ(matrix.bindings.size(), 53);
    const auto published = std::count_if(matrix.bindings.cbegin(), matrix.bindings.cend(), [](const auto &b) {
        return b.hasHostPort() && b.exposure == PortExposure::Public;
    });
    EXPECT_EQ(published, 52);
    const auto searxng = std::find_if(matrix.bindings.cbegin(), matrix.bindings.cend(), [](const auto &b) {
        return b.service == QStringLiteral("searxng");
    });
    ASSERT_NE(searxng, matrix.bindings.cend());
    EXPECT_EQ(searxng->exposure, PortExposure::Internal);
    EXPECT_EQ(searxng->target, 8080);

    // matrix-web and manacore-matrix-web both claim 5180; cadvisor's 8080 on the host and
    // searxng's internal 8080 do not clash, nor do grafana and umami sharing container port 3000.
    ASSERT_EQ(matrix.conflicts.size(), 1);
    EXPECT_EQ(matrix.conflicts.first(),
              (PortConflict{QString(),
                            5180,
                            QStringLiteral("tcp"),
                            {{QStringLiteral("manacore"), QStringLiteral("manacore-matrix-web"), QString(), 5180},
                             {QStringLiteral("manacore"), QStringLiteral("matrix-web"), QString(), 5180}}}));
}

TEST(PortCorpusTest, DemoHostSeseProdHasNoClashAcrossItsTwoStacks)
{
    const PortMatrix matrix = hostMatrix(QStringLiteral("sese-prod"));
    // Infra: caddy 80, 443/tcp, 443/udp on every address. Apps: n8n, openclaw and grafana on the
    // Tailscale address, litellm, nocodb, victoriametrics and alloy on loopback; palais, sure
    // and loki only expose.
    EXPECT_EQ(publishedRows(matrix),
              (QStringList{QStringLiteral("caddy 80->80/tcp public"),
                           QStringLiteral("caddy 443->443/tcp public"),
                           QStringLiteral("caddy 443->443/udp public"),
                           QStringLiteral("alloy 12345->12345/tcp loopback"),
                           QStringLiteral("grafana 3000->3000/tcp tailnet"),
                           QStringLiteral("litellm 4000->4000/tcp loopback"),
                           QStringLiteral("loki -1->3100/tcp internal"),
                           QStringLiteral("n8n 5678->5678/tcp tailnet"),
                           QStringLiteral("nocodb 8080->8080/tcp loopback"),
                           QStringLiteral("openclaw 18789->18789/tcp tailnet"),
                           QStringLiteral("palais -1->3300/tcp internal"),
                           QStringLiteral("sure -1->3000/tcp internal"),
                           QStringLiteral("victoriametrics 8428->8428/tcp loopback")}));
    EXPECT_EQ(matrix.bindings.first().stack, QStringLiteral("sese-infra"));
    EXPECT_EQ(matrix.bindings.last().stack, QStringLiteral("sese-apps"));
    EXPECT_TRUE(matrix.conflicts.isEmpty());
}

TEST(PortCorpusTest, EveryDemoHostLoadsAndOnlyTheMacMiniClashes)
{
    EXPECT_TRUE(hostMatrix(QStringLiteral("droplet-fra1")).conflicts.isEmpty());
    EXPECT_TRUE(hostMatrix(QStringLiteral("domino-cx11")).conflicts.isEmpty());
    EXPECT_EQ(hostMatrix(QStringLiteral("mac-mini")).conflicts.size(), 1);
}

TEST(PortCorpusTest, UnknownHostIsAnError)
{
    auto projects = WorkspaceHostProjects::load(QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/workspace.json"),
                                                QStringLiteral("nowhere"));
    ASSERT_FALSE(projects.hasValue());
    EXPECT_TRUE(projects.error().message().contains(QStringLiteral("sese-prod")));
}
