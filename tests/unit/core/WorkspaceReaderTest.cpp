#include "core/workspace/WorkspaceReader.h"
#include "core/compose/ComposeFileLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

using namespace Leitstand;

namespace {

// Compared as std::string so failures print readable text without a QString printer.
std::string s(const QString &text)
{
    return text.toStdString();
}

Workspace readGood(const char *json, const QString &filePath = QStringLiteral("/srv/ops/workspace.json"))
{
    Expected<Workspace> workspace = WorkspaceReader::read(QByteArray(json), filePath);
    EXPECT_TRUE(workspace.hasValue()) << (workspace ? std::string() : s(workspace.error().toString()));
    return workspace ? std::move(workspace).value() : Workspace();
}

Error readBad(const char *json)
{
    Expected<Workspace> workspace = WorkspaceReader::read(QByteArray(json), QStringLiteral("/srv/ops/ws.json"));
    EXPECT_FALSE(workspace.hasValue());
    return workspace ? Error() : workspace.error();
}

void expectMessageContains(const Error &error, const char *part)
{
    EXPECT_TRUE(error.message().contains(QLatin1String(part))) << s(error.message()) << " lacks " << part;
}

} // namespace

TEST(WorkspaceReaderTest, ReadsHostsAndStacks)
{
    const Workspace workspace = readGood(R"({
        "name": "Production",
        "hosts": [
            { "name": "droplet-fra1", "target": "ops@droplet-fra1",
              "stacks": [ { "name": "ground-zero", "directory": "stacks/ground-zero" },
                          { "name": "backup_2", "directory": "/opt/backup/" } ] },
            { "name": "mac-mini", "target": "mac-mini.tail1234.ts.net",
              "stacks": [ { "name": "manacore", "directory": "../manacore",
                            "files": ["docker-compose.yml", "/etc/manacore/extra.yml"] } ] }
        ]
    })");
    EXPECT_EQ(s(workspace.name), "Production");
    EXPECT_EQ(s(workspace.filePath), "/srv/ops/workspace.json");
    ASSERT_EQ(workspace.hosts.size(), 2);

    const WorkspaceHost &droplet = workspace.hosts.at(0);
    EXPECT_EQ(s(droplet.name), "droplet-fra1");
    EXPECT_EQ(s(droplet.target), "ops@droplet-fra1");
    ASSERT_EQ(droplet.stacks.size(), 2);
    EXPECT_EQ(s(droplet.stacks.at(0).name), "ground-zero");
    EXPECT_EQ(s(droplet.stacks.at(0).directory), "/srv/ops/stacks/ground-zero");
    EXPECT_TRUE(droplet.stacks.at(0).files.isEmpty());
    EXPECT_EQ(s(droplet.stacks.at(1).directory), "/opt/backup");

    const WorkspaceStack &manacore = workspace.hosts.at(1).stacks.at(0);
    EXPECT_EQ(s(manacore.directory), "/srv/manacore");
    ASSERT_EQ(manacore.files.size(), 2);
    EXPECT_EQ(s(manacore.files.at(0)), "/srv/manacore/docker-compose.yml");
    EXPECT_EQ(s(manacore.files.at(1)), "/etc/manacore/extra.yml");
}

TEST(WorkspaceReaderTest, DefaultsNameDirectoryAndStacks)
{
    const Workspace workspace = readGood(R"({ "hosts": [
        { "name": "a", "target": "a", "stacks": [ { "name": "web" } ] },
        { "name": "b", "target": "b" } ] })");
    EXPECT_EQ(s(workspace.name), "workspace");
    ASSERT_EQ(workspace.hosts.size(), 2);
    EXPECT_EQ(s(workspace.hosts.at(0).stacks.at(0).directory), "/srv/ops/web");
    EXPECT_TRUE(workspace.hosts.at(1).stacks.isEmpty());
}

TEST(WorkspaceReaderTest, SameStackNameOnTwoHostsIsFine)
{
    const Workspace workspace = readGood(R"({ "hosts": [
        { "name": "staging", "target": "staging", "stacks": [ { "name": "app" } ] },
        { "name": "prod", "target": "prod", "stacks": [ { "name": "app" } ] } ] })");
    EXPECT_EQ(workspace.hosts.size(), 2);
}

TEST(WorkspaceReaderTest, ResolvesAgainstResourceFolder)
{
    const Workspace workspace = readGood(R"({ "name": "Demo", "hosts": [ { "name": "h", "target": "t",
        "stacks": [ { "name": "ground-zero", "directory": "ground-zero" },
                    { "name": "manacore", "directory": "manacore", "files": ["docker-compose.yml"] } ] } ] })",
                                         QStringLiteral(":/demo/workspace.json"));
    EXPECT_EQ(s(workspace.filePath), ":/demo/workspace.json");
    ASSERT_EQ(workspace.hosts.at(0).stacks.size(), 2);
    EXPECT_EQ(s(workspace.hosts.at(0).stacks.at(0).directory), ":/demo/ground-zero");
    EXPECT_EQ(s(workspace.hosts.at(0).stacks.at(1).files.at(0)), ":/demo/manacore/docker-compose.yml");
}

TEST(WorkspaceReaderTest, ReadsFileFromDisk)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({ "hosts": [ { "name": "lab", "target": "lab", "stacks": [ { "name": "s", "directory": "s" } ] } ] })");
    file.close();

    const Expected<Workspace> workspace = WorkspaceReader::readFile(path);
    ASSERT_TRUE(workspace.hasValue()) << s(workspace.error().toString());
    EXPECT_EQ(s(workspace->name), "lab");
    EXPECT_EQ(s(workspace->filePath), s(QFileInfo(path).absoluteFilePath()));
    EXPECT_EQ(s(workspace->hosts.at(0).stacks.at(0).directory),
              s(QDir(dir.path()).absoluteFilePath(QStringLiteral("s"))));
}

TEST(WorkspaceReaderTest, MissingFileNamesThePath)
{
    const Expected<Workspace> workspace = WorkspaceReader::readFile(QStringLiteral("/nonexistent/ws.json"));
    ASSERT_FALSE(workspace.hasValue());
    EXPECT_EQ(s(workspace.error().location().file), "/nonexistent/ws.json");

    const Expected<Workspace> folder = WorkspaceReader::readFile(QDir::tempPath());
    ASSERT_FALSE(folder.hasValue());
}

TEST(WorkspaceReaderTest, SyntaxErrorHasLineAndColumn)
{
    const Error error = readBad("{\n  \"hosts\": [\n    { \"name\": \"a\",, }\n  ]\n}\n");
    EXPECT_EQ(s(error.location().file), "/srv/ops/ws.json");
    EXPECT_EQ(error.location().line, 3);
    EXPECT_GE(error.location().column, 18);
    EXPECT_LE(error.location().column, 21);
    expectMessageContains(error, "JSON");
}

TEST(WorkspaceReaderTest, EmptyInputIsASyntaxError)
{
    const Error error = readBad("");
    EXPECT_EQ(error.location().line, 1);
}

TEST(WorkspaceReaderTest, RootMustBeAnObject)
{
    const Error error = readBad("  [ ]");
    expectMessageContains(error, "an array");
    EXPECT_EQ(error.location().line, 1);
    EXPECT_EQ(error.location().column, 3);
}

TEST(WorkspaceReaderTest, MissingHosts)
{
    const Error error = readBad(R"({ "name": "x" })");
    expectMessageContains(error, "hosts: missing");
}

TEST(WorkspaceReaderTest, WrongTypesAreNamedByPath)
{
    expectMessageContains(readBad(R"({ "name": 3, "hosts": [] })"), "name: expected a string, found a number");
    expectMessageContains(readBad(R"({ "hosts": {} })"), "hosts: expected an array, found an object");
    expectMessageContains(readBad(R"({ "hosts": ["droplet"] })"), "hosts[0]: expected an object, found a string");
    expectMessageContains(
        readBad(
            R"({ "hosts": [ { "name": "a", "target": "t", "stacks": [ { "name": "x", "directory": false } ] } ] })"),
        "hosts[0].stacks[0].directory: expected a string, found a boolean");
    expectMessageContains(
        readBad(R"({ "hosts": [ { "name": "a", "target": "t", "stacks": [ { "name": "x", "files": "a.yml" } ] } ] })"),
        "hosts[0].stacks[0].files: expected an array, found a string");
    expectMessageContains(
        readBad(
            R"({ "hosts": [ { "name": "a", "target": "t", "stacks": [ { "name": "x", "files": ["a.yml", null] } ] } ] })"),
        "hosts[0].stacks[0].files[1]:");
}

TEST(WorkspaceReaderTest, WrongTypeIsLocated)
{
    const Error error = readBad("{\n  \"hosts\": [\n    { \"name\": \"a\",\n      \"target\": 22 }\n  ]\n}");
    expectMessageContains(error, "hosts[0].target: expected a string, found a number");
    EXPECT_EQ(error.location().line, 4);
    EXPECT_EQ(error.location().column, 17);
}

TEST(WorkspaceReaderTest, MissingFieldsPointAtTheirObject)
{
    const Error target = readBad("{ \"hosts\": [\n { \"name\": \"a\" } ] }");
    expectMessageContains(target, "hosts[0].target: missing, expected a string");
    EXPECT_EQ(target.location().line, 2);
    EXPECT_EQ(target.location().column, 2);

    expectMessageContains(readBad(R"({ "hosts": [ { "target": "a" } ] })"), "hosts[0].name: missing");
    expectMessageContains(
        readBad(R"({ "hosts": [ { "name": "a", "target": "t", "stacks": [ { "directory": "x" } ] } ] })"),
        "hosts[0].stacks[0].name: missing");
}

TEST(WorkspaceReaderTest, EmptyStringsAreRejected)
{
    expectMessageContains(readBad(R"({ "hosts": [ { "name": " ", "target": "t" } ] })"),
                          "hosts[0].name: must not be empty");
    expectMessageContains(readBad(R"({ "hosts": [ { "name": "a", "target": "" } ] })"),
                          "hosts[0].target: must not be empty");
}

TEST(WorkspaceReaderTest, DuplicateHostNames)
{
    const Error error = readBad(
        "{ \"hosts\": [\n { \"name\": \"a\", \"target\": \"x\" },\n { \"name\": \"a\", \"target\": \"y\" } ] }");
    expectMessageContains(error, "hosts[1].name:");
    expectMessageContains(error, "hosts[0]");
    EXPECT_EQ(error.location().line, 3);
}

TEST(WorkspaceReaderTest, DuplicateStackNamesOnOneHost)
{
    const Error error = readBad(R"({ "hosts": [ { "name": "h", "target": "t",
        "stacks": [ { "name": "app" }, { "name": "db" }, { "name": "app", "directory": "other" } ] } ] })");
    expectMessageContains(error, "hosts[0].stacks[2].name:");
    expectMessageContains(error, "hosts[0].stacks[0]");
    EXPECT_EQ(error.location().line, 2);
}

TEST(WorkspaceReaderTest, StackNamesFollowProjectNameRules)
{
    for (const char *name : {"Ground-Zero", "-app", "_app", "my app", "app.v2", "grüne"}) {
        const std::string json = std::string(R"({ "hosts": [ { "name": "h", "target": "t", "stacks": [ { "name": ")")
                                 + name + R"(" } ] } ] })";
        const Error error = readBad(json.c_str());
        expectMessageContains(error, "hosts[0].stacks[0].name:");
        expectMessageContains(error, "compose project name");
    }
    for (const char *name : {"a", "0app", "app_2", "my-app"}) {
        const std::string json = std::string(R"({ "hosts": [ { "name": "h", "target": "t", "stacks": [ { "name": ")")
                                 + name + R"(" } ] } ] })";
        EXPECT_TRUE(WorkspaceReader::read(QByteArray(json.c_str()), QString()).hasValue()) << name;
    }
}

// The demo ships inside the app; every stack it lists must be a compose project on disk.
TEST(WorkspaceReaderTest, DemoWorkspaceListsExistingProjects)
{
    const QString path = QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/workspace.json");
    const Expected<Workspace> workspace = WorkspaceReader::readFile(path);
    ASSERT_TRUE(workspace.hasValue()) << s(workspace.error().toString());
    EXPECT_FALSE(workspace->name.isEmpty());
    ASSERT_GE(workspace->hosts.size(), 4);

    int stackCount = 0;
    for (const WorkspaceHost &host : workspace->hosts) {
        EXPECT_FALSE(host.target.isEmpty()) << s(host.name);
        for (const WorkspaceStack &stack : host.stacks) {
            ++stackCount;
            EXPECT_TRUE(QFileInfo(stack.directory).isDir()) << s(stack.directory);
            if (!stack.files.isEmpty()) {
                for (const QString &file : stack.files)
                    EXPECT_TRUE(QFileInfo(file).isFile()) << s(file);
                continue;
            }
            const Expected<QStringList> files = ComposeFileLocator::discover(stack.directory);
            ASSERT_TRUE(files.hasValue()) << s(stack.name) << ": " << s(files.error().toString());
            // Found in the stack's own folder, not in a parent the locator climbed to.
            EXPECT_EQ(s(QFileInfo(files->first()).absolutePath()), s(QFileInfo(stack.directory).absoluteFilePath()));
        }
    }
    EXPECT_EQ(stackCount, 5);
}
