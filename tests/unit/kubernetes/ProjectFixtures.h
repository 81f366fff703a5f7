#pragma once

#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

// Readable failures for QString and QStringList comparisons.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace Leitstand::Testing {

inline QString demoDirectory(const QString &stack)
{
    return QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/") + stack;
}

inline QString corpusDirectory(const QString &project)
{
    return QDir::cleanPath(QStringLiteral(LEITSTAND_CORPUS_DIR "/") + project);
}

// Loads a project the way `leitstand-cli --project-directory DIR [-f FILE]...` does, with an
// empty shell environment so results do not depend on the machine.
inline ComposeProject loadProject(const QString &directory,
                                  const QStringList &files = {},
                                  const QStringList &profiles = {})
{
    ComposeLoadOptions options;
    options.projectDirectory = directory;
    for (const QString &file : files)
        options.files.append(QDir(directory).filePath(file));
    options.profiles = profiles;
    auto loaded = ComposeLoader::load(options);
    EXPECT_TRUE(loaded.hasValue()) << (loaded ? std::string() : loaded.error().toString().toStdString());
    return loaded ? loaded->project : ComposeProject{};
}

inline ComposeProject loadDemo(const QString &stack)
{
    if (stack == QLatin1String("manacore"))
        return loadProject(demoDirectory(stack),
                           {QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.macmini.yml")});
    return loadProject(demoDirectory(stack));
}

inline void writeTextFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace Leitstand::Testing
