// Runs the real leitstand-cli k8s, as operators and scripts do.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "CliRun.h"

#include <gtest/gtest.h>

namespace {

using KubernetesRun = Leitstand::Testing::CliRun;

KubernetesRun runKubernetes(const QStringList &arguments)
{
    return Leitstand::Testing::runCli(QStringLiteral("k8s"), arguments);
}

QString demo(const char *stack)
{
    return Leitstand::Testing::demoStack(stack);
}

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(directory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

TEST(KubernetesCommandTest, WritesOneFilePerNamespaceAndKind)
{
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("manifests"));
    const KubernetesRun run
        = runKubernetes({QStringLiteral("--project-directory"), demo("domino"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("in 4 namespaces"));
    const QStringList files = filesUnder(out);
    for (const char *file : {".leitstand-manifests",
                             "domino-apps/deployments.yaml",
                             "domino-infra/deployments.yaml",
                             "domino-infra/statefulsets.yaml",
                             "domino-infra/namespace.yaml",
                             "domino-monitoring/statefulsets.yaml",
                             "domino-tools/deployments.yaml",
                             "domino-tools/statefulsets.yaml",
                             "domino-tools/services.yaml"})
        EXPECT_TRUE(files.contains(QLatin1String(file))) << file;
    QFile traefik(out + QStringLiteral("/domino-infra/deployments.yaml"));
    ASSERT_TRUE(traefik.open(QIODevice::ReadOnly));
    const QByteArray yaml = traefik.readAll();
    EXPECT_TRUE(yaml.startsWith("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: traefik\n"));
    EXPECT_TRUE(yaml.contains("path: /var/run/docker.sock"));
    // n8n-worker runs three replicas, as deploy.replicas says.
    QFile workers(out + QStringLiteral("/domino-tools/deployments.yaml"));
    ASSERT_TRUE(workers.open(QIODevice::ReadOnly));
    EXPECT_TRUE(workers.readAll().contains("replicas: 3"));
}

TEST(KubernetesCommandTest, OutIsRequired)
{
    const KubernetesRun run = runKubernetes({QStringLiteral("--project-directory"), demo("domino")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--out"));
}

TEST(KubernetesCommandTest, LeavesForeignFoldersAlone)
{
    QTemporaryDir dir;
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("keep\n");
    notes.close();
    const KubernetesRun run = runKubernetes(
        {QStringLiteral("--project-directory"), demo("ground-zero"), QStringLiteral("--out"), dir.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(filesUnder(dir.path()), QStringList{QStringLiteral("notes.txt")});
}

TEST(KubernetesCommandTest, BadInputWritesNothing)
{
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("manifests"));
    const KubernetesRun run = runKubernetes({QStringLiteral("--project-directory"),
                                             QStringLiteral("/nonexistent/leitstand"),
                                             QStringLiteral("--out"),
                                             out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(QDir(parent.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}
