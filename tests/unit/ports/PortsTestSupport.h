#pragma once

#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace Leitstand::PortsTest {

inline QString demoDirectory(const QString &stack)
{
    return QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/") + stack;
}

inline QString corpusDirectory(const QString &project)
{
    return QStringLiteral(LEITSTAND_CORPUS_DIR "/") + project;
}

// Loads a project as the CLI does, without this machine's shell variables.
inline Expected<LoadedProject> load(const QString &directory,
                                    const QStringList &files = {},
                                    const QStringList &profiles = {})
{
    ComposeLoadOptions options;
    options.projectDirectory = directory;
    for (const QString &file : files)
        options.files.append(QDir(directory).filePath(file));
    options.profiles = profiles;
    return ComposeLoader::load(options);
}

inline ComposeProject manacore()
{
    auto loaded = load(demoDirectory(QStringLiteral("manacore")),
                       {QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.macmini.yml")});
    EXPECT_TRUE(loaded.hasValue()) << (loaded ? std::string() : loaded.error().toString().toStdString());
    return loaded ? loaded->project : ComposeProject();
}

// A project written into a temporary folder, for cases the demo and the corpus do not have.
class TemporaryProject final
{
public:
    explicit TemporaryProject(const QByteArray &compose, const QString &name = QStringLiteral("sample"))
    {
        m_path = m_dir.filePath(name);
        QDir().mkpath(m_path);
        write(QStringLiteral("compose.yaml"), compose);
    }

    void write(const QString &file, const QByteArray &text) const
    {
        QFile out(QDir(m_path).filePath(file));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(text);
    }

    QString path() const { return m_path; }

    ComposeProject project(const QStringList &profiles = {}) const
    {
        auto loaded = PortsTest::load(m_path, {}, profiles);
        EXPECT_TRUE(loaded.hasValue()) << (loaded ? std::string() : loaded.error().toString().toStdString());
        return loaded ? loaded->project : ComposeProject();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace Leitstand::PortsTest
