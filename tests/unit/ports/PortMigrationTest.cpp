#include "PortsTestSupport.h"

#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/ports/PortMigrationPlanner.h"
#include "core/analysis/ports/PortOverrideWriter.h"
#include "core/analysis/ports/PortSchemeLinter.h"
#include "core/analysis/ports/PortSchemeReader.h"

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::PortsTest;

namespace {

QStringList describe(const QList<PortMove> &moves)
{
    QStringList lines;
    for (const PortMove &move : moves)
        lines.append(QStringLiteral("%1 %2 %3->%4").arg(move.service, move.categoryId).arg(move.from).arg(move.to));
    return lines;
}

QStringList publishedPorts(const ComposeService &service)
{
    QStringList ports;
    for (const PortBinding &port : service.ports)
        ports.append(port.published + QLatin1Char(':') + QString::number(port.target) + QLatin1Char('/')
                     + port.protocol);
    return ports;
}

// Seed 004's port chaos, moved into its own scheme: backends already fit 3000-3099, everything
// else takes the lowest free port of its range in the order the services load (by name).
const QStringList manaCoreMoves{
    QStringLiteral("cadvisor infrastructure 8080->9003"), // 9000-9002, 9091, 9100, 9121, 9187 taken
    QStringLiteral("calendar-web web 5186->5000"),
    QStringLiteral("chat-web web 3000->5001"),
    QStringLiteral("clock-web web 5187->5002"),
    QStringLiteral("contacts-web web 5184->5003"),
    QStringLiteral("element matrix 8087->4000"),
    QStringLiteral("grafana dashboards 3100->8000"),
    QStringLiteral("llm-playground web 5190->5004"),
    QStringLiteral("manacore-matrix-web matrix 5180->4001"),
    QStringLiteral("manacore-web web 5173->5005"),
    QStringLiteral("matrix-calendar-bot matrix 3315->4002"),
    QStringLiteral("matrix-clock-bot matrix 3318->4003"),
    QStringLiteral("matrix-mana-bot matrix 3310->4004"),
    QStringLiteral("matrix-nutriphi-bot matrix 3316->4005"),
    QStringLiteral("matrix-ollama-bot matrix 3311->4006"),
    QStringLiteral("matrix-project-doc-bot matrix 3313->4007"),
    QStringLiteral("matrix-stats-bot matrix 3312->4008"),
    QStringLiteral("matrix-todo-bot matrix 3314->4009"),
    QStringLiteral("matrix-tts-bot matrix 3033->4010"),
    QStringLiteral("matrix-web matrix 5180->4011"),
    QStringLiteral("matrix-zitare-bot matrix 3317->4012"),
    QStringLiteral("n8n automation 5678->6000"),
    QStringLiteral("nutriphi-web web 5189->5006"),
    QStringLiteral("presi-web web 5178->5007"),
    QStringLiteral("skilltree-web web 5195->5008"),
    QStringLiteral("storage-web web 5185->5009"),
    QStringLiteral("synapse matrix 8008->4013"),
    QStringLiteral("synapse matrix 9002->4014"),
    QStringLiteral("telegram-stats-bot automation 3300->6001"),
    QStringLiteral("todo-web web 5188->5010"),
    QStringLiteral("umami dashboards 3200->8001"),
    QStringLiteral("victoriametrics infrastructure 8428->9004"),
};

} // namespace

TEST(PortMigrationTest, ManaCorePlanFollowsSeed004Scheme)
{
    const PortMigrationPlan plan = PortMigrationPlanner::plan({manacore()}, PortScheme::defaultScheme());
    EXPECT_EQ(describe(plan.moves), manaCoreMoves);
    EXPECT_TRUE(plan.unclassified.isEmpty());
}

TEST(PortMigrationTest, LintNamesTheSuggestedPort)
{
    const ComposeProject project = manacore();
    const Findings findings = PortSchemeLinter::lint(project, PortScheme::defaultScheme());
    ASSERT_EQ(findings.size(), manaCoreMoves.size());
    const Finding &chatWeb = findings.at(2);
    EXPECT_EQ(chatWeb.code, QStringLiteral("port-scheme"));
    EXPECT_EQ(chatWeb.service, QStringLiteral("chat-web"));
    EXPECT_EQ(
        chatWeb.message,
        QStringLiteral("publishes port 3000 outside the range 5000-5099 of \"Web frontends\"; suggested port: 5001"));
    EXPECT_EQ(chatWeb.severity, Finding::Severity::Warning);
    EXPECT_TRUE(chatWeb.location.file.endsWith(QStringLiteral("manacore/docker-compose.yml")));
    EXPECT_GT(chatWeb.location.line, 0);
}

TEST(PortMigrationTest, FreePortsSkipEveryBindingOfTheHostAndReservedPorts)
{
    const TemporaryProject infra(
        "services:\n  grafana:\n    image: grafana/grafana\n    ports: [\"127.0.0.1:8000:3000\"]\n",
        QStringLiteral("infra"));
    const TemporaryProject apps(
        "services:\n"
        "  umami:\n    image: ghcr.io/umami-software/umami\n    ports: [\"8001:3000/udp\", \"3200:3000\"]\n"
        "  portainer:\n    image: portainer/portainer-ce\n    ports: [\"9443:9443\", \"[::1]:9443:9443\"]\n",
        QStringLiteral("apps"));
    PortScheme scheme = PortScheme::defaultScheme();
    scheme.reserved = {8002};
    const PortMigrationPlan plan = PortMigrationPlanner::plan({infra.project(), apps.project()}, scheme);
    // 8000 (grafana, other stack, loopback) and 8001 (umami itself, udp) are used, 8002 is
    // reserved; portainer's one port keeps one new number across both addresses.
    EXPECT_EQ(describe(plan.moves),
              (QStringList{QStringLiteral("portainer dashboards 9443->8003"),
                           QStringLiteral("umami dashboards 3200->8004")}));
}

TEST(PortMigrationTest, FullRangeAndUnclassifiedPorts)
{
    const TemporaryProject sample("services:\n"
                                  "  a-web:\n    image: x\n    ports: [\"7000:80\"]\n"
                                  "  b-web:\n    image: x\n    ports: [\"7001:80\"]\n"
                                  "  mystery:\n    image: x\n    ports: [\"7777:80\", \"7700-7710:80\"]\n");
    const auto scheme = PortSchemeReader::read(
        "categories:\n  - id: web\n    ports: 5000-5000\n    services: [\"*-web\"]\n", QStringLiteral("tiny.yaml"));
    ASSERT_TRUE(scheme.hasValue());
    const PortMigrationPlan plan = PortMigrationPlanner::plan({sample.project()}, *scheme);
    EXPECT_EQ(describe(plan.moves),
              (QStringList{QStringLiteral("a-web web 7000->5000"), QStringLiteral("b-web web 7001->0")}));
    EXPECT_FALSE(plan.moves.at(1).isResolved());
    ASSERT_EQ(plan.unclassified.size(), 1); // the host range is left alone
    EXPECT_EQ(plan.unclassified.first(), (UnclassifiedPort{QStringLiteral("sample"), QStringLiteral("mystery"), 7777}));
    EXPECT_EQ(PortSchemeLinter::lint(sample.project(), *scheme).at(1).message,
              QStringLiteral(
                  "publishes port 7001 outside the range 5000-5000 of \"web\", and that range has no free port left"));
}

TEST(PortMigrationTest, OverrideFileLoadsWithTheOriginalAndPublishesTheNewPorts)
{
    const QString directory = demoDirectory(QStringLiteral("manacore"));
    const ComposeProject before = manacore();
    const PortMigrationPlan plan = PortMigrationPlanner::plan({before}, PortScheme::defaultScheme());

    QTemporaryDir scratch;
    const QString overridePath = scratch.filePath(QStringLiteral("ports-override.yaml"));
    QFile file(overridePath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(PortOverrideWriter::write(before, plan.moves));
    file.close();

    ComposeLoadOptions options;
    options.projectDirectory = directory;
    options.files = {QDir(directory).filePath(QStringLiteral("docker-compose.yml")),
                     QDir(directory).filePath(QStringLiteral("docker-compose.macmini.yml")),
                     overridePath};
    const auto after = ComposeLoader::load(options);
    ASSERT_TRUE(after.hasValue()) << after.error().toString().toStdString();

    EXPECT_EQ(publishedPorts(*after->project.service(QStringLiteral("chat-web"))),
              QStringList{QStringLiteral("5001:3000/tcp")});
    EXPECT_EQ(publishedPorts(*after->project.service(QStringLiteral("synapse"))),
              (QStringList{QStringLiteral("4013:8008/tcp"), QStringLiteral("4014:9000/tcp")}));
    EXPECT_EQ(publishedPorts(*after->project.service(QStringLiteral("minio"))),
              (QStringList{QStringLiteral("9000:9000/tcp"), QStringLiteral("9001:9001/tcp")}));
    // Nothing else changed, the clash is gone, and the scheme has nothing left to say.
    EXPECT_EQ(after->project.services.size(), before.services.size());
    EXPECT_TRUE(PortMatrix::build(after->project).conflicts.isEmpty());
    EXPECT_TRUE(PortMigrationPlanner::plan({after->project}, PortScheme::defaultScheme()).moves.isEmpty());
    EXPECT_EQ(after->project.service(QStringLiteral("cadvisor"))->environment,
              before.service(QStringLiteral("cadvisor"))->environment);
}

TEST(PortMigrationTest, OverrideKeepsAddressesProtocolsAndUnmovedPorts)
{
    const TemporaryProject sample("services:\n"
                                  "  proxy-web:\n    image: example/proxy\n"
                                  "    ports: [\"[::1]:8443:443\", \"8443:443/udp\", \"127.0.0.1:5001:81\"]\n");
    const ComposeProject project = sample.project();
    const PortMigrationPlan plan = PortMigrationPlanner::plan({project}, PortScheme::defaultScheme());
    const QByteArray text = PortOverrideWriter::write(project, plan.moves);
    EXPECT_TRUE(text.contains(
        "    ports: !override\n"
        "      - {target: 443, published: \"5000\", host_ip: \"::1\", protocol: tcp, mode: ingress}\n"
        "      - {target: 443, published: \"5000\", protocol: udp, mode: ingress}\n"
        "      - {target: 81, published: \"5001\", host_ip: \"127.0.0.1\", protocol: tcp, mode: ingress}\n"))
        << text.toStdString();
    sample.write(QStringLiteral("override.yaml"), text);
    ComposeLoadOptions options;
    options.projectDirectory = sample.path();
    options.files = {QDir(sample.path()).filePath(QStringLiteral("compose.yaml")),
                     QDir(sample.path()).filePath(QStringLiteral("override.yaml"))};
    const auto after = ComposeLoader::load(options);
    ASSERT_TRUE(after.hasValue()) << after.error().toString().toStdString();
    EXPECT_EQ(
        publishedPorts(after->project.services.first()),
        (QStringList{QStringLiteral("5000:443/tcp"), QStringLiteral("5000:443/udp"), QStringLiteral("5001:81/tcp")}));
}
