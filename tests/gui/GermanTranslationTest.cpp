// Checks that the German catalogue reaches strings at run time, not just that the .ts file is
// complete: a context that lupdate files differently from what the code asks for would pass
// the file check and still show English.
#include "TranslationInstaller.h"
#include "core/compose/ComposeLoader.h"
#include "core/yaml/YamlReader.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

Leitstand::Expected<Leitstand::LoadedProject> loadFolder(const QString &directory)
{
    Leitstand::ComposeLoadOptions options;
    options.projectDirectory = directory;
    return Leitstand::ComposeLoader::load(options);
}

class GermanTranslationTest : public testing::Test
{
protected:
    void SetUp() override { Leitstand::TranslationInstaller::install(*qApp, QStringLiteral("de")); }
    void TearDown() override
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

TEST_F(GermanTranslationTest, CoreErrorsReachTheOperatorInGerman)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const auto loaded = loadFolder(directory.path());
    ASSERT_FALSE(loaded.hasValue());
    EXPECT_TRUE(loaded.error().message().contains(QStringLiteral("übergeordneten Ordner")))
        << loaded.error().message().toStdString();

    const auto parsed = Leitstand::YamlReader::readText("a: 1\na: 2\n", QStringLiteral("dup.yaml"), {});
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_FALSE(parsed.error().message().contains(QStringLiteral("duplicate")))
        << parsed.error().message().toStdString();
}

TEST_F(GermanTranslationTest, NormalizerErrorsReachTheOperatorInGerman)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    QFile file(directory.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("services:\n  web:\n    image: nginx\n    ports: [\"[::1:8080:80\"]\n");
    file.close();
    const auto loaded = loadFolder(directory.path());
    ASSERT_FALSE(loaded.hasValue());
    EXPECT_TRUE(loaded.error().message().contains(QStringLiteral("ungültiger Port")))
        << loaded.error().message().toStdString();
    EXPECT_TRUE(loaded.error().message().contains(QStringLiteral("fehlt die schließende")))
        << loaded.error().message().toStdString();
}

} // namespace
