// Runs the real leitstand-cli review, as operators and scripts do.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "CliRun.h"

#include <gtest/gtest.h>

namespace {

using ReviewRun = Leitstand::Testing::CliRun;

ReviewRun runReview(const QStringList &arguments)
{
    return Leitstand::Testing::runCli(QStringLiteral("review"), arguments);
}

QString demo(const char *stack)
{
    return Leitstand::Testing::demoStack(stack);
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

TEST(ReviewCommandTest, GroundZeroJson)
{
    const ReviewRun run = runReview({QStringLiteral("--project-directory"),
                                     demo("ground-zero"),
                                     QStringLiteral("--format"),
                                     QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonObject review = QJsonDocument::fromJson(run.out, &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError);
    EXPECT_EQ(keysOf(review),
              QStringList({QStringLiteral("lints"), QStringLiteral("score"), QStringLiteral("services")}));
    EXPECT_EQ(review.value(QStringLiteral("score")).toInt(), 93);

    QStringList services;
    for (const QJsonValue &value : review.value(QStringLiteral("services")).toArray()) {
        const QJsonObject service = value.toObject();
        EXPECT_EQ(keysOf(service),
                  QStringList({QStringLiteral("blockers"),
                               QStringLiteral("kind"),
                               QStringLiteral("name"),
                               QStringLiteral("score"),
                               QStringLiteral("warnings")}));
        services.append(
            QStringLiteral("%1 %2 %3")
                .arg(service.value(QStringLiteral("name")).toString(), service.value(QStringLiteral("kind")).toString())
                .arg(service.value(QStringLiteral("score")).toInt()));
        for (const QJsonValue &warning : service.value(QStringLiteral("warnings")).toArray())
            EXPECT_EQ(keysOf(warning.toObject()), QStringList({QStringLiteral("code"), QStringLiteral("message")}));
    }
    EXPECT_EQ(services,
              QStringList({QStringLiteral("agent-zero StatefulSet 95"),
                           QStringLiteral("e2b-sandbox StatefulSet 100"),
                           QStringLiteral("n8n StatefulSet 95"),
                           QStringLiteral("postgres StatefulSet 85"),
                           QStringLiteral("redis StatefulSet 95"),
                           QStringLiteral("reverse-proxy StatefulSet 85")}));

    QStringList lints;
    for (const QJsonValue &value : review.value(QStringLiteral("lints")).toArray()) {
        const QJsonObject lint = value.toObject();
        EXPECT_EQ(keysOf(lint),
                  QStringList({QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("service")}));
        lints.append(lint.value(QStringLiteral("code")).toString() + QLatin1Char(' ')
                     + lint.value(QStringLiteral("service")).toString());
    }
    // agent-zero waits for e2b-sandbox to start although it has a health check (the
    // dependency analysis); nothing unsafe (n8n listens on 127.0.0.1).
    EXPECT_TRUE(lints.contains(QStringLiteral("missing-healthy-condition agent-zero")));
    EXPECT_FALSE(lints.contains(QStringLiteral("public-admin-ui n8n")));
}

TEST(ReviewCommandTest, ManacoreLintsFromEveryAnalysis)
{
    const QString directory = demo("manacore");
    const ReviewRun run = runReview({QStringLiteral("-f"),
                                     directory + QStringLiteral("/docker-compose.yml"),
                                     QStringLiteral("-f"),
                                     directory + QStringLiteral("/docker-compose.macmini.yml"),
                                     QStringLiteral("--format"),
                                     QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList codes;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("lints")).toArray())
        codes.append(value.toObject().value(QStringLiteral("code")).toString());
    for (const char *code : {"public-admin-ui",
                             "docker-socket",
                             "privileged",
                             "host-pid",
                             "redundant-dependency",
                             "port-scheme",
                             "naming"})
        EXPECT_TRUE(codes.contains(QLatin1String(code))) << code;
}

TEST(ReviewCommandTest, TextIsDefault)
{
    const ReviewRun run = runReview({QStringLiteral("--project-directory"), demo("domino")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Kubernetes readiness: 72/100\n"));
    EXPECT_TRUE(run.out.contains("traefik  Deployment in domino-infra, score 35\n"));
    EXPECT_TRUE(run.out.contains("    blocker [docker-socket] mounts /var/run/docker.sock:"));
}

TEST(ReviewCommandTest, SecretsStayOutOfTheOutput)
{
    QTemporaryDir dir;
    QFile compose(dir.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(compose.open(QIODevice::WriteOnly));
    compose.write(
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2-literal\n");
    compose.close();
    for (const char *format : {"json", "text"}) {
        const ReviewRun run = runReview(
            {QStringLiteral("--project-directory"), dir.path(), QStringLiteral("--format"), QLatin1String(format)});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains("plaintext-secret"));
        EXPECT_FALSE(run.out.contains("hunter2-literal")) << "the secret's value is printed";
    }
}

TEST(ReviewCommandTest, BadUsage)
{
    EXPECT_EQ(runReview({QStringLiteral("--format"), QStringLiteral("yaml")}).exitCode, 2);
    EXPECT_EQ(runReview({QStringLiteral("--project-directory"), QStringLiteral("/nonexistent/leitstand")}).exitCode, 2);
    EXPECT_EQ(runReview({QStringLiteral("stray")}).exitCode, 2);
}
