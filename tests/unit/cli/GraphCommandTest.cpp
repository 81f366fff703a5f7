// Runs the real leitstand-cli binary: `leitstand-cli graph`.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "CliRun.h"

#include <gtest/gtest.h>

namespace {

using GraphRun = Leitstand::Testing::CliRun;

GraphRun runGraph(const QStringList &arguments)
{
    return Leitstand::Testing::runCli(QStringLiteral("graph"), arguments);
}

QString demo(const char *stack)
{
    return Leitstand::Testing::demoStack(stack);
}

} // namespace

TEST(GraphCommandTest, JsonIsTheDefault)
{
    const GraphRun run = runGraph({QStringLiteral("--project-directory"), demo("domino")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonObject graph = QJsonDocument::fromJson(run.out, &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError);
    EXPECT_EQ(graph.value(QStringLiteral("project")).toString(), QStringLiteral("domino"));
    const QJsonArray tiers = graph.value(QStringLiteral("tiers")).toArray();
    ASSERT_EQ(tiers.size(), 3);
    EXPECT_EQ(tiers.at(2).toArray(), QJsonArray{QStringLiteral("fastapi")});
    int routes = 0;
    for (const QJsonValue &edge : graph.value(QStringLiteral("edges")).toArray())
        routes += edge.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("route") ? 1 : 0;
    EXPECT_EQ(routes, 4);
}

TEST(GraphCommandTest, DotWithComposeFilesAndProfiles)
{
    const QString dir = demo("ground-zero");
    const GraphRun run = runGraph({QStringLiteral("-f"),
                                   QDir(dir).filePath(QStringLiteral("docker-compose.yml")),
                                   QStringLiteral("--profile"),
                                   QStringLiteral("workers"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("dot")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("digraph \"ground-zero\" {"));
    EXPECT_TRUE(run.out.contains("\"service:worker\"")); // enabled by --profile workers
    EXPECT_TRUE(run.out.contains("subgraph \"cluster_0\""));
}

TEST(GraphCommandTest, Mermaid)
{
    const GraphRun run
        = runGraph({QStringLiteral("--project-directory"), demo("sese-apps"), QStringLiteral("--format=mermaid")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("flowchart LR\n"));
    EXPECT_EQ(run.out.count("subgraph "), 5);
}

TEST(GraphCommandTest, UnknownFormatIsUsageError)
{
    const GraphRun run = runGraph(
        {QStringLiteral("--project-directory"), demo("domino"), QStringLiteral("--format"), QStringLiteral("png")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("unknown format \"png\""));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(GraphCommandTest, BadInputExitsTwoWithLocation)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("services:\n  web:\n    image: nginx\n    depends_on: [db]\n");
    file.close();
    const GraphRun run = runGraph({QStringLiteral("-f"), file.fileName()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("compose.yaml:4:")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("depends on \"db\", which is not defined")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}
