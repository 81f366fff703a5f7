#pragma once

// Shared helpers of the normalizer tests: read a YAML snippet, normalize it with a fixed
// project name, folder and environment, and compare JSON with readable failure output.
#include "core/compose/ProjectNormalizer.h"
#include "core/yaml/YamlReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <map>
#include <ostream>
#include <string>

inline void PrintTo(const QJsonValue &value, std::ostream *stream)
{
    *stream << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonObject &object, std::ostream *stream)
{
    *stream << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonArray &array, std::ostream *stream)
{
    *stream << QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

namespace NormalizerTest {

inline const QString kProject = QStringLiteral("shop");
inline const QString kFolder = QStringLiteral("/srv/shop");

inline Leitstand::NormalizeContext context(std::map<std::string, std::string> variables = {})
{
    Leitstand::NormalizeContext context;
    context.projectName = kProject;
    context.workingDirectory = kFolder;
    context.environment = [variables = std::move(variables)](std::string_view name) -> std::optional<std::string> {
        const auto it = variables.find(std::string(name));
        return it == variables.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    return context;
}

inline Leitstand::Expected<QJsonObject> normalize(const QByteArray &yaml,
                                                  const Leitstand::NormalizeContext &projectContext = context())
{
    auto tree = Leitstand::YamlReader::readText(yaml, QStringLiteral("compose.yaml"));
    if (!tree)
        return tree.error();
    return Leitstand::ProjectNormalizer::normalize(*tree, projectContext);
}

// The canonical document of a snippet that must normalize.
inline QJsonObject canonical(const QByteArray &yaml, const Leitstand::NormalizeContext &projectContext = context())
{
    auto result = normalize(yaml, projectContext);
    EXPECT_TRUE(result.hasValue()) << (result ? std::string() : result.error().toString().toStdString());
    return result ? *result : QJsonObject();
}

// The normalized service "app" of a snippet.
inline QJsonObject service(const QByteArray &yaml, const Leitstand::NormalizeContext &projectContext = context())
{
    return canonical(yaml, projectContext)
        .value(QStringLiteral("services"))
        .toObject()
        .value(QStringLiteral("app"))
        .toObject();
}

// The error of a snippet that must fail.
inline Leitstand::Error error(const QByteArray &yaml, const Leitstand::NormalizeContext &projectContext = context())
{
    auto result = normalize(yaml, projectContext);
    EXPECT_FALSE(result.hasValue()) << "the snippet should not normalize";
    return result ? Leitstand::Error() : result.error();
}

inline QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    EXPECT_FALSE(document.isNull()) << "bad JSON in the test: " << text;
    return document.array().first();
}

} // namespace NormalizerTest
