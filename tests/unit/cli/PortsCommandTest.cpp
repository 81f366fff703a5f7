// Runs the real leitstand-cli binary: `ports` as operators and scripts call it.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEITSTAND_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QString demo = QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo");
const QString manacore = demo + QStringLiteral("/manacore");
const QString starterKit = QStringLiteral(LEITSTAND_CORPUS_DIR "/real/n8n-ai-starter-kit");

QJsonObject json(const CliRun &run)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return object;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST(PortsCommandTest, JsonHasTheContractShape)
{
    const CliRun run = runCli({QStringLiteral("ports"),
                               QStringLiteral("--project-directory"),
                               manacore,
                               QStringLiteral("--format"),
                               QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = json(run);
    EXPECT_EQ(result.keys(), (QStringList{QStringLiteral("bindings"), QStringLiteral("conflicts")}));
    const QJsonArray bindings = result.value(QStringLiteral("bindings")).toArray();
    ASSERT_EQ(bindings.size(), 53);
    const QJsonObject first = bindings.first().toObject();
    EXPECT_EQ(first.keys(),
              (QStringList{QStringLiteral("exposure"),
                           QStringLiteral("host_ip"),
                           QStringLiteral("protocol"),
                           QStringLiteral("published"),
                           QStringLiteral("service"),
                           QStringLiteral("target")}));
    EXPECT_EQ(first.value(QStringLiteral("service")).toString(), QStringLiteral("api-gateway"));
    EXPECT_EQ(first.value(QStringLiteral("published")).toInt(), 3030);
    EXPECT_EQ(first.value(QStringLiteral("exposure")).toString(), QStringLiteral("public"));

    const QJsonArray conflicts = result.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    const QJsonObject clash = conflicts.first().toObject();
    EXPECT_EQ(clash.value(QStringLiteral("host_ip")).toString(), QString());
    EXPECT_EQ(clash.value(QStringLiteral("published")).toInt(), 5180);
    EXPECT_EQ(clash.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
    EXPECT_EQ(strings(clash.value(QStringLiteral("services"))),
              (QStringList{QStringLiteral("manacore-matrix-web"), QStringLiteral("matrix-web")}));
}

TEST(PortsCommandTest, ProfilesDecideTheStarterKitClash)
{
    const QStringList base{QStringLiteral("ports"),
                           QStringLiteral("--project-directory"),
                           starterKit,
                           QStringLiteral("--format"),
                           QStringLiteral("json")};
    const CliRun plain = runCli(base);
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(json(plain).value(QStringLiteral("conflicts")).toArray().isEmpty());

    const CliRun both = runCli(base
                               + QStringList{QStringLiteral("--profile"),
                                             QStringLiteral("cpu"),
                                             QStringLiteral("--profile"),
                                             QStringLiteral("gpu-nvidia")});
    ASSERT_EQ(both.exitCode, 0) << both.err.toStdString();
    const QJsonArray conflicts = json(both).value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().toObject().value(QStringLiteral("published")).toInt(), 11434);
    EXPECT_EQ(strings(conflicts.first().toObject().value(QStringLiteral("services"))),
              (QStringList{QStringLiteral("ollama-cpu"), QStringLiteral("ollama-gpu")}));
}

TEST(PortsCommandTest, WorkspaceHostChecksItsStacksTogether)
{
    const QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("infra")));
    QDir().mkpath(dir.filePath(QStringLiteral("apps")));
    writeFile(dir.filePath(QStringLiteral("infra/compose.yaml")),
              "services:\n  proxy:\n    image: caddy\n    ports: [\"443:443\"]\n");
    writeFile(dir.filePath(QStringLiteral("apps/compose.yaml")),
              "services:\n  admin:\n    image: x\n    ports: [\"127.0.0.1:443:8443\"]\n");
    writeFile(dir.filePath(QStringLiteral("workspace.json")),
              R"({"name": "t", "hosts": [{"name": "vps", "target": "vps",
                  "stacks": [{"name": "infra"}, {"name": "apps"}]}]})");
    const CliRun run = runCli({QStringLiteral("ports"),
                               QStringLiteral("--workspace"),
                               dir.filePath(QStringLiteral("workspace.json")),
                               QStringLiteral("--host"),
                               QStringLiteral("vps"),
                               QStringLiteral("--format"),
                               QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = json(run);
    EXPECT_EQ(
        result.value(QStringLiteral("bindings")).toArray().first().toObject().value(QStringLiteral("stack")).toString(),
        QStringLiteral("infra"));
    const QJsonArray conflicts = result.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(strings(conflicts.first().toObject().value(QStringLiteral("services"))),
              (QStringList{QStringLiteral("infra/proxy"), QStringLiteral("apps/admin")}));
}

TEST(PortsCommandTest, DemoWorkspaceHosts)
{
    const QString workspace = demo + QStringLiteral("/workspace.json");
    const CliRun sese = runCli({QStringLiteral("ports"),
                                QStringLiteral("--workspace"),
                                workspace,
                                QStringLiteral("--host"),
                                QStringLiteral("sese-prod"),
                                QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(sese.exitCode, 0) << sese.err.toStdString();
    EXPECT_EQ(json(sese).value(QStringLiteral("bindings")).toArray().size(), 13);
    EXPECT_TRUE(json(sese).value(QStringLiteral("conflicts")).toArray().isEmpty());

    const CliRun unknown = runCli({QStringLiteral("ports"),
                                   QStringLiteral("--workspace"),
                                   workspace,
                                   QStringLiteral("--host"),
                                   QStringLiteral("nowhere")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("nowhere"));
    const CliRun mixed = runCli({QStringLiteral("ports"),
                                 QStringLiteral("--workspace"),
                                 workspace,
                                 QStringLiteral("--host"),
                                 QStringLiteral("sese-prod"),
                                 QStringLiteral("-f"),
                                 manacore + QStringLiteral("/docker-compose.yml")});
    EXPECT_EQ(mixed.exitCode, 2);
}

TEST(PortsCommandTest, TableIsAlignedAndCsvIsRfc4180)
{
    const QStringList base{QStringLiteral("ports"), QStringLiteral("--project-directory"), manacore};
    const CliRun table = runCli(base);
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QList<QByteArray> lines = table.out.split('\n');
    const qsizetype exposureColumn = lines.at(0).indexOf("EXPOSURE");
    ASSERT_GT(exposureColumn, 0);
    EXPECT_TRUE(lines.at(1).startsWith("api-gateway "));
    EXPECT_EQ(lines.at(1).indexOf("public"), exposureColumn);
    EXPECT_TRUE(table.out.contains("5180       tcp       *        manacore-matrix-web, matrix-web\n"))
        << table.out.toStdString();

    const CliRun csv = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith("service,host_ip,published,target,protocol,exposure,conflict\r\n"));
    EXPECT_TRUE(csv.out.contains("\r\nmatrix-web,,5180,5180,tcp,public,yes\r\n"));
    EXPECT_TRUE(csv.out.contains("\r\nsearxng,,,8080,tcp,internal,no\r\n"));
    EXPECT_EQ(csv.out.count("\r\n"), 54);

    EXPECT_EQ(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
}

TEST(PortsCommandTest, PlanOverrideLoadsWithTheOriginalFiles)
{
    const QTemporaryDir dir;
    const QString overridePath = dir.filePath(QStringLiteral("ports-override.yaml"));
    const CliRun write = runCli({QStringLiteral("ports"),
                                 QStringLiteral("--project-directory"),
                                 manacore,
                                 QStringLiteral("--plan-override"),
                                 overridePath});
    ASSERT_EQ(write.exitCode, 0) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains("32 port move(s)"));

    const CliRun config = runCli({QStringLiteral("config"),
                                  QStringLiteral("--project-directory"),
                                  manacore,
                                  QStringLiteral("-f"),
                                  manacore + QStringLiteral("/docker-compose.yml"),
                                  QStringLiteral("-f"),
                                  overridePath,
                                  QStringLiteral("--format"),
                                  QStringLiteral("json")});
    ASSERT_EQ(config.exitCode, 0) << config.err.toStdString();
    const QJsonObject services = json(config).value(QStringLiteral("services")).toObject();
    const QJsonArray chatWeb
        = services.value(QStringLiteral("chat-web")).toObject().value(QStringLiteral("ports")).toArray();
    ASSERT_EQ(chatWeb.size(), 1);
    EXPECT_EQ(chatWeb.first().toObject().value(QStringLiteral("published")).toString(), QStringLiteral("5001"));
    EXPECT_EQ(chatWeb.first().toObject().value(QStringLiteral("target")).toInt(), 3000);

    // With the override in place the plan is empty.
    const CliRun again = runCli({QStringLiteral("ports"),
                                 QStringLiteral("--project-directory"),
                                 manacore,
                                 QStringLiteral("-f"),
                                 manacore + QStringLiteral("/docker-compose.yml"),
                                 QStringLiteral("-f"),
                                 overridePath,
                                 QStringLiteral("--plan"),
                                 QStringLiteral("--format"),
                                 QStringLiteral("json")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(json(again).value(QStringLiteral("moves")).toArray().isEmpty());
}

TEST(PortsCommandTest, PrintedSchemeReadsBackAndBadSchemesAreUsageErrors)
{
    const QTemporaryDir dir;
    const CliRun printed = runCli({QStringLiteral("ports"), QStringLiteral("--print-scheme")});
    ASSERT_EQ(printed.exitCode, 0);
    EXPECT_TRUE(printed.out.contains("ports: 5000-5099"));
    const QString schemePath = dir.filePath(QStringLiteral("scheme.yaml"));
    writeFile(schemePath, printed.out);

    const QStringList plan{QStringLiteral("ports"),
                           QStringLiteral("--project-directory"),
                           manacore,
                           QStringLiteral("--plan"),
                           QStringLiteral("--format"),
                           QStringLiteral("csv")};
    const CliRun builtIn = runCli(plan);
    const CliRun fromFile = runCli(plan + QStringList{QStringLiteral("--scheme"), schemePath});
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
    EXPECT_EQ(fromFile.out, builtIn.out);
    EXPECT_TRUE(builtIn.out.contains("\r\nmanacore,chat-web,web,5000-5099,3000,5001\r\n"));

    writeFile(schemePath, "categories:\n  - id: web\n    ports: 5000-5099\n    servics: [\"*-web\"]\n");
    const CliRun bad = runCli(plan + QStringList{QStringLiteral("--scheme"), schemePath});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("scheme.yaml:4:5: categories[0]: unknown key \"servics\"")) << bad.err.toStdString();
}
