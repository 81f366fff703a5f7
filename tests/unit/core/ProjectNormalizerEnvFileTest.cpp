// env_file and label_file: the forms of the attribute, precedence over and under the explicit
// environment, required and optional files, variables inside the files, and the raw format.
#include "NormalizerTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace NormalizerTest;

namespace {

class ProjectNormalizerEnvFile : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_folder.isValid()); }

    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_folder.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    Leitstand::NormalizeContext projectContext(std::map<std::string, std::string> variables = {}) const
    {
        Leitstand::NormalizeContext result = context(std::move(variables));
        result.workingDirectory = m_folder.path();
        return result;
    }

    QJsonObject app(const QByteArray &lines, std::map<std::string, std::string> variables = {}) const
    {
        return service("services:\n  app:\n    image: nginx\n" + lines, projectContext(std::move(variables)));
    }

    Leitstand::Error failure(const QByteArray &lines) const
    {
        return error("services:\n  app:\n    image: nginx\n" + lines, projectContext());
    }

    QTemporaryDir m_folder;
};

} // namespace

TEST_F(ProjectNormalizerEnvFile, SingleFileIsReadIntoEnvironment)
{
    write(QStringLiteral("app.env"), "# settings\nLOG_LEVEL=debug\nPORT=8080\n");
    const QJsonObject service = app("    env_file: app.env\n");
    EXPECT_EQ(service.value(QStringLiteral("environment")), json(R"({"LOG_LEVEL": "debug", "PORT": "8080"})"));
    EXPECT_FALSE(service.contains(QStringLiteral("env_file")));
}

TEST_F(ProjectNormalizerEnvFile, ExplicitEnvironmentWins)
{
    write(QStringLiteral("base.env"), "A=from-base\nB=from-base\nC=from-base\n");
    write(QStringLiteral("override.env"), "B=from-override\n");
    EXPECT_EQ(
        app("    env_file: [base.env, ./override.env]\n    environment:\n      C: explicit\n      D: only-explicit\n")
            .value(QStringLiteral("environment")),
        json(R"({"A": "from-base", "B": "from-override", "C": "explicit", "D": "only-explicit"})"));
}

TEST_F(ProjectNormalizerEnvFile, UnsetExplicitVariableOverridesTheFile)
{
    write(QStringLiteral("app.env"), "TOKEN=from-file\n");
    EXPECT_EQ(app("    env_file: app.env\n    environment: [TOKEN]\n").value(QStringLiteral("environment")),
              json(R"({"TOKEN": null})"));
    EXPECT_EQ(app("    env_file: app.env\n    environment: [TOKEN]\n", {{"TOKEN", "from-shell"}})
                  .value(QStringLiteral("environment")),
              json(R"({"TOKEN": "from-shell"})"));
}

TEST_F(ProjectNormalizerEnvFile, LongFormAndOptionalFiles)
{
    write(QStringLiteral("present.env"), "A=1\n");
    EXPECT_EQ(app("    env_file:\n      - path: present.env\n      - path: missing.env\n        required: false\n")
                  .value(QStringLiteral("environment")),
              json(R"({"A": "1"})"));
}

TEST_F(ProjectNormalizerEnvFile, MissingRequiredFileIsALocatedError)
{
    const Leitstand::Error single = failure("    env_file: missing.env\n");
    EXPECT_TRUE(single.message().contains(QStringLiteral("missing.env"))) << single.toString().toStdString();
    EXPECT_TRUE(single.message().contains(QStringLiteral("not found"))) << single.toString().toStdString();
    EXPECT_EQ(single.location().line, 4);
    EXPECT_EQ(single.location().column, 15);

    const Leitstand::Error listed = failure("    env_file:\n      - path: missing.env\n        required: true\n");
    EXPECT_EQ(listed.location().line, 5);
    EXPECT_EQ(listed.location().column, 9);
}

TEST_F(ProjectNormalizerEnvFile, VariablesInsideFiles)
{
    write(QStringLiteral("app.env"), "URL=postgres://${DB_HOST}/app\nGREETING=\"hello world\"\nHOST_ONLY\n");
    EXPECT_EQ(app("    env_file: app.env\n", {{"DB_HOST", "db"}, {"HOST_ONLY", "shell"}})
                  .value(QStringLiteral("environment")),
              json(R"({"URL": "postgres://db/app", "GREETING": "hello world", "HOST_ONLY": "shell"})"));
    // A bare key with no value anywhere is left out, as compose does.
    EXPECT_EQ(app("    env_file: app.env\n", {{"DB_HOST", "db"}}).value(QStringLiteral("environment")),
              json(R"({"URL": "postgres://db/app", "GREETING": "hello world"})"));
}

TEST_F(ProjectNormalizerEnvFile, RawFormatTakesValuesLiterally)
{
    write(QStringLiteral("raw.env"), "QUOTED=\"kept\"\nDOLLAR=${NOT_EXPANDED}\n");
    EXPECT_EQ(app("    env_file:\n      - path: raw.env\n        format: raw\n").value(QStringLiteral("environment")),
              json(R"({"QUOTED": "\"kept\"", "DOLLAR": "${NOT_EXPANDED}"})"));
    const Leitstand::Error format = failure("    env_file:\n      - path: raw.env\n        format: toml\n");
    EXPECT_TRUE(format.message().contains(QStringLiteral("toml"))) << format.toString().toStdString();
}

TEST_F(ProjectNormalizerEnvFile, LabelFiles)
{
    write(QStringLiteral("labels.env"), "com.example.team=ops\ncom.example.tier=file\n");
    const QJsonObject service = app("    label_file: labels.env\n    labels:\n      com.example.tier: explicit\n");
    EXPECT_EQ(service.value(QStringLiteral("labels")),
              json(R"({"com.example.team": "ops", "com.example.tier": "explicit"})"));
    EXPECT_FALSE(service.contains(QStringLiteral("label_file")));
}
