// The three exports of a topology: JSON (stable shape), DOT (rendered by the real Graphviz)
// and Mermaid.
#include "TopologyTestSupport.h"

#include "core/analysis/topology/TopologyDotWriter.h"
#include "core/analysis/topology/TopologyJsonWriter.h"
#include "core/analysis/topology/TopologyMermaidWriter.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace TopologyTest;

namespace {

TopologyReport demoReport(const char *stack)
{
    const auto loaded = load(demoDir(stack));
    EXPECT_TRUE(loaded) << stack;
    return loaded ? TopologyBuilder::build(loaded->project) : TopologyReport();
}

QJsonObject findEdge(const QJsonArray &edges, const char *kind, const char *from, const char *to)
{
    for (const QJsonValue &value : edges) {
        const QJsonObject edge = value.toObject();
        if (edge.value(QStringLiteral("kind")).toString() == QLatin1String(kind)
            && edge.value(QStringLiteral("from")).toString() == QLatin1String(from)
            && edge.value(QStringLiteral("to")).toString() == QLatin1String(to)) {
            return edge;
        }
    }
    return {};
}

// Renders with the real `dot`; returns the exit code and keeps the SVG.
int renderSvg(const QByteArray &dot, QByteArray *svg)
{
    QProcess process;
    process.start(QStringLiteral("dot"), {QStringLiteral("-Tsvg")});
    if (!process.waitForStarted(10000))
        return -1;
    process.write(dot);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return -2;
    *svg = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

} // namespace

TEST(TopologyExportTest, JsonShape)
{
    const QJsonObject json = TopologyJsonWriter::toJson(demoReport("domino"));
    EXPECT_EQ(json.keys(), names({"cycles", "edges", "findings", "nodes", "project", "tiers", "unordered"}));
    EXPECT_EQ(json.value(QStringLiteral("project")).toString(), QStringLiteral("domino"));

    const QJsonObject first = json.value(QStringLiteral("nodes")).toArray().first().toObject();
    EXPECT_EQ(first.keys(), names({"attributes", "id", "kind", "label"}));
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("service:fastapi"));
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("service"));
    const QJsonObject fastapi = first.value(QStringLiteral("attributes")).toObject();
    EXPECT_EQ(fastapi.value(QStringLiteral("image")).toString(), QStringLiteral("unit-y/domino-bridge:0.1.0"));
    EXPECT_EQ(fastapi.value(QStringLiteral("tier")).toInt(), 2);
    EXPECT_TRUE(fastapi.value(QStringLiteral("healthcheck")).toBool());
    EXPECT_TRUE(fastapi.value(QStringLiteral("build")).toBool());

    const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
    const QJsonObject depends = findEdge(edges, "depends_on", "service:fastapi", "service:n8n");
    EXPECT_EQ(depends.keys(), names({"attributes", "from", "kind", "to"}));
    EXPECT_EQ(depends.value(QStringLiteral("attributes")).toObject(),
              QJsonObject({{QStringLiteral("condition"), QStringLiteral("service_started")},
                           {QStringLiteral("required"), true},
                           {QStringLiteral("restart"), false},
                           {QStringLiteral("inferred"), false}}));
    const QJsonObject uses = findEdge(edges, "uses", "service:fastapi", "service:n8n");
    EXPECT_EQ(uses.value(QStringLiteral("attributes")).toObject(),
              QJsonObject({{QStringLiteral("via"), QJsonArray{QStringLiteral("N8N_API_URL")}},
                           {QStringLiteral("inferred"), true}}));
    const QJsonObject route = findEdge(edges, "route", "service:traefik", "service:grafana");
    EXPECT_EQ(route.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("hosts")).toArray(),
              QJsonArray{QStringLiteral("grafana.unit-y-ai.example")});
    const QJsonObject publish = findEdge(edges, "publish", "outside:internet", "service:traefik");
    const QJsonObject https{{QStringLiteral("host_ip"), QString()},
                            {QStringLiteral("published"), QStringLiteral("443")},
                            {QStringLiteral("target"), 443},
                            {QStringLiteral("protocol"), QStringLiteral("tcp")}};
    EXPECT_EQ(publish.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("ports")).toArray(),
              QJsonArray{https});
    EXPECT_FALSE(findEdge(edges, "network", "service:redis", "network:core").isEmpty());
    EXPECT_FALSE(findEdge(edges, "volume", "service:redis", "volume:redisdata").isEmpty());

    EXPECT_EQ(json.value(QStringLiteral("tiers")).toArray().at(2).toArray(), QJsonArray{QStringLiteral("fastapi")});
    const QJsonObject finding = json.value(QStringLiteral("findings")).toArray().first().toObject();
    EXPECT_EQ(finding.keys(), names({"code", "message", "service", "severity"}));
    EXPECT_EQ(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
}

TEST(TopologyExportTest, JsonCycles)
{
    const auto loaded = load(fixtureDir("cycle"));
    ASSERT_TRUE(loaded);
    const QJsonObject json = TopologyJsonWriter::toJson(TopologyBuilder::build(loaded->project));
    EXPECT_EQ(json.value(QStringLiteral("cycles")).toArray().first().toArray(),
              QJsonArray({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    EXPECT_EQ(json.value(QStringLiteral("unordered")).toArray().size(), 5);
}

TEST(TopologyExportTest, DotRendersWithGraphviz)
{
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty()) << "Graphviz dot is needed";
    for (const char *stack : {"ground-zero", "domino", "sese-infra", "sese-apps", "manacore"}) {
        const QByteArray dot = TopologyDotWriter::write(demoReport(stack));
        QByteArray svg;
        EXPECT_EQ(renderSvg(dot, &svg), 0) << stack;
        EXPECT_TRUE(svg.contains("<svg")) << stack;
    }
    const QByteArray sese = TopologyDotWriter::write(demoReport("sese-infra"));
    EXPECT_EQ(sese.count("subgraph \"cluster_"), 5);
    EXPECT_TRUE(sese.contains("label=\"backend\";\n    style=\"rounded,dashed\";")); // internal zone
    EXPECT_TRUE(sese.contains("label=\"frontend\";\n    style=rounded;"));
    QByteArray svg;
    ASSERT_EQ(renderSvg(sese, &svg), 0);
    EXPECT_TRUE(svg.contains("<title>cluster_0</title>"));
    EXPECT_TRUE(svg.contains("postgresql"));
}

TEST(TopologyExportTest, DotEscapesNamesAndMarksCycles)
{
    const auto loaded = load(fixtureDir("cycle"));
    ASSERT_TRUE(loaded);
    TopologyReport report = TopologyBuilder::build(loaded->project);
    report.project = QStringLiteral("quote\" and \\ backslash");
    const QByteArray dot = TopologyDotWriter::write(report);
    EXPECT_TRUE(dot.startsWith("digraph \"quote\\\" and \\\\ backslash\" {"));
    EXPECT_TRUE(dot.contains("\"service:a\" -> \"service:b\" [color=\"#c0392b\", penwidth=2];"));
    EXPECT_TRUE(dot.contains("\"service:d\" -> \"service:a\" [color=\"#333333\"];"));
    QByteArray svg;
    EXPECT_EQ(renderSvg(dot, &svg), 0);
}

TEST(TopologyExportTest, MermaidFlowchart)
{
    const QByteArray mermaid = TopologyMermaidWriter::write(demoReport("domino"));
    const QList<QByteArray> lines = mermaid.split('\n');
    EXPECT_EQ(lines.first(), "flowchart LR");
    // Nodes are numbered in graph order: fastapi n0, n8n n2, n8n-worker n3, traefik n7, core n8.
    EXPECT_TRUE(lines.contains("  subgraph z0[\"core\"]"));
    EXPECT_TRUE(lines.contains("    n8{{\"core\"}}"));
    EXPECT_TRUE(lines.contains("    n0[\"fastapi<br/>unit-y/domino-bridge:0.1.0\"]"));
    EXPECT_TRUE(lines.contains("    n3[\"n8n-worker<br/>unit-y/n8n-ml:1.64.3<br/>× 3\"]"));
    EXPECT_TRUE(lines.contains("  n0 --> n2"));
    EXPECT_TRUE(lines.contains("  n7 ==>|\"n8n.unit-y-ai.example → :5678\"| n2"));
    EXPECT_EQ(mermaid.count("-.->|\"uses\"|"), 0); // every uses edge repeats a depends_on here
    EXPECT_EQ(mermaid.count(" ==>"), 4);
    EXPECT_EQ(mermaid.count("subgraph "), mermaid.count("\n  end\n"));
}
