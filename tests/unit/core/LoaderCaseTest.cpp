// Runs every folder under tests/data/loader as one loader case: the compose files it holds,
// case.json for the options, and expected.json (a subset of the canonical document that must
// match) or expected-error.json (the located error that must come out).
#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Leitstand;

void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << text.toStdString();
}

namespace {

const QString kCasesDir = QStringLiteral(LEITSTAND_TEST_DATA_DIR "/loader");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Every key of expected must be present in actual with an equal value; objects recurse,
// arrays and scalars compare whole. Returns the path of the first difference.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + QStringLiteral(" (not an object)");
        const QJsonObject expectedObject = expected.toObject();
        const QJsonObject actualObject = actual.toObject();
        for (auto it = expectedObject.begin(); it != expectedObject.end(); ++it) {
            if (!actualObject.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(" (missing)");
            const QString difference
                = firstDifference(it.value(), actualObject.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (expected != actual) {
        return path + QStringLiteral(": expected ")
               + QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact))
               + QStringLiteral(" got ")
               + QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact));
    }
    return {};
}

class LoaderCaseTest : public testing::TestWithParam<QString>
{};

TEST_P(LoaderCaseTest, MatchesExpectation)
{
    const QDir caseDir(kCasesDir + QLatin1Char('/') + GetParam());
    const QJsonObject settings = readJson(caseDir.filePath(QStringLiteral("case.json")));

    ComposeLoadOptions options;
    for (const QString &file : stringList(settings.value(QStringLiteral("files"))))
        options.files.append(caseDir.filePath(file));
    for (const QString &file : stringList(settings.value(QStringLiteral("envFiles"))))
        options.envFiles.append(caseDir.filePath(file));
    options.profiles = stringList(settings.value(QStringLiteral("profiles")));
    options.projectName = settings.value(QStringLiteral("projectName")).toString();
    options.projectDirectory = settings.contains(QStringLiteral("projectDirectory"))
                                   ? caseDir.filePath(settings.value(QStringLiteral("projectDirectory")).toString())
                                   : caseDir.path();
    const QJsonObject environment = settings.value(QStringLiteral("environment")).toObject();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        options.environment.insert(it.key(), it.value().toString());

    const auto loaded = ComposeLoader::load(options);
    if (caseDir.exists(QStringLiteral("expected-error.json"))) {
        const QJsonObject expected = readJson(caseDir.filePath(QStringLiteral("expected-error.json")));
        ASSERT_FALSE(loaded.hasValue()) << "the case should fail to load";
        const Error &error = loaded.error();
        EXPECT_TRUE(error.message().contains(expected.value(QStringLiteral("message")).toString()))
            << error.toString().toStdString();
        if (expected.contains(QStringLiteral("file"))) {
            EXPECT_TRUE(error.location().file.endsWith(expected.value(QStringLiteral("file")).toString()))
                << error.toString().toStdString();
        }
        if (expected.contains(QStringLiteral("line"))) {
            EXPECT_EQ(error.location().line, expected.value(QStringLiteral("line")).toInt())
                << error.toString().toStdString();
        }
        if (expected.contains(QStringLiteral("column"))) {
            EXPECT_EQ(error.location().column, expected.value(QStringLiteral("column")).toInt())
                << error.toString().toStdString();
        }
        return;
    }

    ASSERT_TRUE(loaded.hasValue()) << loaded.error().toString().toStdString();
    const QJsonObject expected = readJson(caseDir.filePath(QStringLiteral("expected.json")));
    ASSERT_FALSE(expected.isEmpty()) << "expected.json missing or empty";
    const QString difference = firstDifference(expected, loaded->canonical, QStringLiteral("$"));
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString() << "\n"
                                      << QJsonDocument(loaded->canonical).toJson().toStdString();

    // Keys listed in absent.json paths must not be there (e.g. a service disabled by a profile).
    const QJsonObject absent = readJson(caseDir.filePath(QStringLiteral("absent.json")));
    for (const QString &service : stringList(absent.value(QStringLiteral("services"))))
        EXPECT_FALSE(loaded->canonical.value(QStringLiteral("services")).toObject().contains(service))
            << service.toStdString();
}

QStringList caseNames()
{
    return QDir(kCasesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

std::vector<QString> caseVector()
{
    const QStringList names = caseNames();
    return std::vector<QString>(names.cbegin(), names.cend());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LoaderCaseTest, testing::ValuesIn(caseVector()), [](const testing::TestParamInfo<QString> &param) {
        QString name = param.param;
        name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
        return name.toStdString();
    });

TEST(LoaderCases, ThereAreCases)
{
    EXPECT_GE(caseNames().size(), 20);
}

} // namespace
