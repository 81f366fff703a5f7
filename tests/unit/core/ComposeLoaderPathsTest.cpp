#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leitstand;

// Shells complete folder names with a trailing "/"; the project name still comes from the folder.
TEST(ComposeLoaderPathsTest, ProjectDirectoryWithTrailingSlashNamesTheProject)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    ASSERT_TRUE(QDir(root.path()).mkdir(QStringLiteral("shop")));
    QFile file(root.filePath(QStringLiteral("shop/compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("services:\n  web:\n    image: nginx\n");
    file.close();

    ComposeLoadOptions options;
    options.projectDirectory = root.filePath(QStringLiteral("shop/"));
    const auto loaded = ComposeLoader::load(options);
    ASSERT_TRUE(loaded.hasValue()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->project.name, QStringLiteral("shop"));
    EXPECT_EQ(loaded->project.workingDirectory, root.filePath(QStringLiteral("shop")));
}
