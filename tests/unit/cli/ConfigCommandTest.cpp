// Runs the real leitstand-cli binary, as operators and scripts do.
#include <QDir>
#include <QFile>
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

CliRun runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(LEITSTAND_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST(ConfigCommandTest, PrintsVersion)
{
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith("leitstand-cli "));
}

TEST(ConfigCommandTest, NoCommandIsUsageError)
{
    const CliRun run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.contains("config"));
}

TEST(ConfigCommandTest, UnknownCommandIsUsageError)
{
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST(ConfigCommandTest, PrintsCanonicalJson)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("compose.yaml")),
              "services:\n  web:\n    image: nginx:${TAG:-1.27}\n    ports: [\"127.0.0.1:8080:80\"]\n"
              "    depends_on: [db]\n  db:\n    image: postgres:16\n");
    const CliRun run
        = runCli({QStringLiteral("config"), QStringLiteral("--format"), QStringLiteral("json")}, dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonObject canonical = QJsonDocument::fromJson(run.out, &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError);
    const QJsonObject web
        = canonical.value(QStringLiteral("services")).toObject().value(QStringLiteral("web")).toObject();
    EXPECT_EQ(web.value(QStringLiteral("image")).toString(), QStringLiteral("nginx:1.27"));
    EXPECT_EQ(web.value(QStringLiteral("depends_on"))
                  .toObject()
                  .value(QStringLiteral("db"))
                  .toObject()
                  .value(QStringLiteral("condition"))
                  .toString(),
              QStringLiteral("service_started"));
    EXPECT_EQ(canonical.value(QStringLiteral("name")).toString(),
              QDir(dir.path()).dirName().toLower().remove(QLatin1Char('.')));
}

TEST(ConfigCommandTest, ShellEnvironmentWins)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("compose.yaml")), "services:\n  web:\n    image: nginx:${TAG}\n");
    writeFile(dir.filePath(QStringLiteral(".env")), "TAG=from-dotenv\n");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TAG"), QStringLiteral("from-shell"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEITSTAND_CLI_PATH),
                  {QStringLiteral("config"),
                   QStringLiteral("--format"),
                   QStringLiteral("json"),
                   QStringLiteral("-f"),
                   dir.filePath(QStringLiteral("compose.yaml"))});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_TRUE(process.readAllStandardOutput().contains("nginx:from-shell"));
}

TEST(ConfigCommandTest, YamlOutputIsDefault)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("compose.yaml")), "services:\n  web:\n    image: nginx\n");
    const CliRun run
        = runCli({QStringLiteral("config"), QStringLiteral("-f"), dir.filePath(QStringLiteral("compose.yaml"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("services:"));
    EXPECT_TRUE(run.out.contains("image: nginx"));
}

TEST(ConfigCommandTest, BadInputExitsTwoWithLocation)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    writeFile(file, "services:\n  web:\n    image: a\n    image: b\n");
    const CliRun run = runCli({QStringLiteral("config"), QStringLiteral("-f"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains((file + QStringLiteral(":4:5:")).toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(ConfigCommandTest, MissingFileExitsTwo)
{
    const CliRun run
        = runCli({QStringLiteral("config"), QStringLiteral("-f"), QStringLiteral("/nonexistent/compose.yaml")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("/nonexistent/compose.yaml"));
}

TEST(ConfigCommandTest, UnknownFormatExitsTwo)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("compose.yaml")), "services:\n  web:\n    image: nginx\n");
    const CliRun run
        = runCli({QStringLiteral("config"), QStringLiteral("--format"), QStringLiteral("xml")}, dir.path());
    EXPECT_EQ(run.exitCode, 2);
}

TEST(ConfigCommandTest, LoadsEveryDemoStack)
{
    const QDir demo(QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo"));
    const QStringList stacks = demo.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_GE(stacks.size(), 4);
    for (const QString &stack : stacks) {
        const CliRun run = runCli({QStringLiteral("config"),
                                   QStringLiteral("--project-directory"),
                                   demo.filePath(stack),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << stack.toStdString() << ": " << run.err.toStdString();
    }
}
