#include "ProjectEnvironment.h"

#include "DotEnvParser.h"

#include <QDir>
#include <QFileInfo>

namespace Leitstand {

Expected<ProjectEnvironment> ProjectEnvironment::build(const QHash<QString, QString> &shell,
                                                       const QStringList &envFiles,
                                                       const QString &projectDirectory)
{
    ProjectEnvironment environment;
    for (auto it = shell.cbegin(); it != shell.cend(); ++it)
        environment.m_variables[it.key().toStdString()] = it.value().toStdString();

    QStringList files = envFiles;
    bool explicitFiles = !files.isEmpty();
    if (!explicitFiles) {
        const QString dotEnv = QDir(projectDirectory).filePath(QStringLiteral(".env"));
        if (QFileInfo(dotEnv).isFile())
            files.append(dotEnv);
    }

    // Shell variables are fixed; among files the later one wins, and a file's own earlier
    // keys are visible to its later values.
    std::unordered_map<std::string, std::string> fromFiles;
    for (const QString &file : files) {
        const auto lookup = [&](std::string_view name) -> std::optional<std::string> {
            const std::string key(name);
            if (auto it = environment.m_variables.find(key); it != environment.m_variables.end())
                return it->second;
            if (auto it = fromFiles.find(key); it != fromFiles.end())
                return it->second;
            return std::nullopt;
        };
        auto entries = DotEnvParser::parseFile(file, lookup);
        if (!entries)
            return entries.error();
        for (auto &[key, value] : entries.value()) {
            if (value)
                fromFiles[key] = *value;
        }
    }
    for (auto &[key, value] : fromFiles)
        environment.m_variables.try_emplace(key, value);
    return environment;
}

std::optional<std::string> ProjectEnvironment::value(std::string_view name) const
{
    const auto it = m_variables.find(std::string(name));
    if (it == m_variables.end())
        return std::nullopt;
    return it->second;
}

QString ProjectEnvironment::valueOr(const char *name, const QString &fallback) const
{
    const auto found = value(name);
    return found ? QString::fromStdString(*found) : fallback;
}

VariableLookup ProjectEnvironment::lookup() const
{
    return [this](std::string_view name) {
        return value(name);
    };
}

} // namespace Leitstand
