// ComposeLoadOptions::fileContents: the editor checks an unsaved buffer with the real loader
// before any byte reaches the disk.
#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(content), content.size());
}

// Sets the working directory for one test and restores it however the test ends.
class CurrentDirectory final
{
public:
    explicit CurrentDirectory(const QString &path)
        : m_previous(QDir::currentPath())
    {
        QDir::setCurrent(path);
    }
    ~CurrentDirectory() { QDir::setCurrent(m_previous); }
    CurrentDirectory(const CurrentDirectory &) = delete;
    CurrentDirectory &operator=(const CurrentDirectory &) = delete;

private:
    QString m_previous;
};

QStringList serviceNames(const LoadedProject &project)
{
    return project.canonical.value(QStringLiteral("services")).toObject().keys();
}

TEST(ChangeRiskBufferLoadTest, GivenTextReplacesTheFileOnDisk)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("compose.yaml"));
    writeFile(path, "services:\n  disk:\n    image: alpine:3\n");

    ComposeLoadOptions options;
    options.files = {path};
    options.fileContents.insert(path, "services:\n  buffer:\n    image: alpine:3\n");
    Expected<LoadedProject> loaded = ComposeLoader::load(options);
    ASSERT_TRUE(loaded.hasValue()) << loaded.error().toString().toStdString();
    EXPECT_EQ(serviceNames(*loaded), QStringList{QStringLiteral("buffer")});

    // The file on disk is untouched and still what a load without the buffer sees.
    options.fileContents.clear();
    Expected<LoadedProject> fromDisk = ComposeLoader::load(options);
    ASSERT_TRUE(fromDisk.hasValue());
    EXPECT_EQ(serviceNames(*fromDisk), QStringList{QStringLiteral("disk")});
}

TEST(ChangeRiskBufferLoadTest, ErrorsPointIntoTheBufferAndOtherFilesStillComeFromDisk)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString base = directory.filePath(QStringLiteral("compose.yaml"));
    const QString override = directory.filePath(QStringLiteral("compose.override.yaml"));
    writeFile(base, "services:\n  db:\n    image: postgres:16\n");
    writeFile(override, "services:\n  app:\n    image: alpine:3\n");

    ComposeLoadOptions options;
    options.projectDirectory = directory.path();
    // Relative paths name the same file as the loader's absolute ones.
    options.files = {base, override};
    const CurrentDirectory inProject(directory.path());
    options.fileContents.insert(QStringLiteral("compose.override.yaml"),
                                "services:\n  app:\n    image: alpine:3\n    depends_on: [cache]\n");
    Expected<LoadedProject> loaded = ComposeLoader::load(options);
    ASSERT_FALSE(loaded.hasValue());
    EXPECT_EQ(loaded.error().location(), (SourceLocation{override, 4, 18}));

    options.fileContents.insert(QStringLiteral("compose.override.yaml"), "services:\n  app: [broken\n");
    Expected<LoadedProject> broken = ComposeLoader::load(options);
    ASSERT_FALSE(broken.hasValue());
    EXPECT_EQ(broken.error().location().file, override);
    EXPECT_EQ(broken.error().location().line, 3);

    options.fileContents.insert(QStringLiteral("compose.override.yaml"), "services:\n  app:\n    image: alpine:3\n");
    Expected<LoadedProject> good = ComposeLoader::load(options);
    ASSERT_TRUE(good.hasValue()) << good.error().toString().toStdString();
    EXPECT_EQ(serviceNames(*good), (QStringList{QStringLiteral("app"), QStringLiteral("db")}));
}

} // namespace
