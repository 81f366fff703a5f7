#include "core/analysis/kubernetes/HostnameIndex.h"
#include "ProjectFixtures.h"
#include "core/analysis/kubernetes/HostnameReferences.h"

#include <gtest/gtest.h>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::Testing;

namespace {

// The index must answer exactly as the word-pattern search it replaces, for every service and
// container name of real stacks and for the edge cases of the word rule.
void expectSameAnswers(const ComposeProject &project)
{
    const HostnameIndex index(project);
    int asked = 0;
    for (const ComposeService &service : project.services) {
        for (const QString &host : {service.name, service.containerName}) {
            if (host.isEmpty())
                continue;
            ++asked;
            EXPECT_EQ(index.clientsOf(host, service.name), HostnameReferences::clientsOf(project, host, service.name))
                << project.name.toStdString() << ": " << host.toStdString();
        }
    }
    EXPECT_GT(asked, 0) << project.name.toStdString();
}

ComposeService serviceNaming(const QString &name, const QString &value)
{
    ComposeService service;
    service.name = name;
    service.environment.append({QStringLiteral("TARGET"), value});
    return service;
}

} // namespace

TEST(HostnameIndexTest, AgreesWithTheWordSearchOnTheDemoStacks)
{
    for (const char *stack : {"ground-zero", "domino", "sese-infra", "sese-apps", "manacore"})
        expectSameAnswers(loadDemo(QString::fromLatin1(stack)));
}

TEST(HostnameIndexTest, AgreesWithTheWordSearchOnTheCorpus)
{
    expectSameAnswers(loadProject(corpusDirectory(QStringLiteral("real/sentry-self-hosted"))));
    expectSameAnswers(loadProject(corpusDirectory(QStringLiteral("real/n8n-ai-starter-kit"))));
}

TEST(HostnameIndexTest, FollowsTheWordRule)
{
    ComposeProject project;
    const QStringList values{QStringLiteral("postgresql://u:p@db:5432/x"),
                             QStringLiteral("db-exporter"),
                             QStringLiteral("db.local"),
                             QStringLiteral("see db."),
                             QStringLiteral("x.db"),
                             QStringLiteral("db..x"),
                             QStringLiteral("http://cache:6379,db")};
    for (qsizetype i = 0; i < values.size(); ++i)
        project.services.append(serviceNaming(QStringLiteral("s%1").arg(i), values[i]));
    project.services.append(serviceNaming(QStringLiteral("db"), QStringLiteral("db")));
    const HostnameIndex index(project);
    for (const QString &host : {QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("x")})
        EXPECT_EQ(index.clientsOf(host, QStringLiteral("db")),
                  HostnameReferences::clientsOf(project, host, QStringLiteral("db")))
            << host.toStdString();
    EXPECT_EQ(index.clientsOf(QStringLiteral("db"), QStringLiteral("db")),
              (QStringList{QStringLiteral("s0"), QStringLiteral("s3"), QStringLiteral("s5"), QStringLiteral("s6")}));
}
