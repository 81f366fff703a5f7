#include "core/analysis/kubernetes/MigrationReviewer.h"
#include "ProjectFixtures.h"
#include "core/analysis/kubernetes/NamespacePlanner.h"
#include "core/analysis/kubernetes/ReadinessScore.h"

#include <QTemporaryDir>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::Testing;

namespace {

QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const Finding &finding : findings)
        codes.append(finding.code);
    return codes;
}

// "name kind namespace score" per service.
QStringList summary(const MigrationReview &review)
{
    QStringList lines;
    for (const ServiceMigration &service : review.services)
        lines.append(
            QStringLiteral("%1 %2 %3 %4").arg(service.name, service.kind, service.namespaceName).arg(service.score));
    return lines;
}

const ServiceMigration &serviceOf(const MigrationReview &review, const QString &name)
{
    for (const ServiceMigration &service : review.services) {
        if (service.name == name)
            return service;
    }
    static const ServiceMigration none;
    ADD_FAILURE() << "no service " << name.toStdString();
    return none;
}

} // namespace

TEST(MigrationReviewerTest, GroundZero)
{
    const MigrationReview review = MigrationReviewer::review(loadDemo(QStringLiteral("ground-zero")));
    // Every service keeps a named volume, so all become StatefulSets. Only e2b-sandbox sets
    // limits; postgres binds ./backups (a folder it writes: a PVC), the proxy its Caddyfile
    // (read-only: a ConfigMap). The worker is behind the "workers" profile.
    EXPECT_EQ(summary(review),
              QStringList({QStringLiteral("agent-zero StatefulSet ground-zero-apps 95"),
                           QStringLiteral("e2b-sandbox StatefulSet ground-zero-apps 100"),
                           QStringLiteral("n8n StatefulSet ground-zero-tools 95"),
                           QStringLiteral("postgres StatefulSet ground-zero-infra 85"),
                           QStringLiteral("redis StatefulSet ground-zero-infra 95"),
                           QStringLiteral("reverse-proxy StatefulSet ground-zero-infra 85")}));
    // (95 + 100 + 95 + 85 + 95 + 85) / 6 = 92.5, no blockers.
    EXPECT_EQ(review.score, 93);
    const ServiceMigration &proxy = serviceOf(review, QStringLiteral("reverse-proxy"));
    EXPECT_EQ(codesOf(proxy.warnings),
              QStringList({QStringLiteral("host-bind-mount"), QStringLiteral("no-resource-limits")}));
    EXPECT_EQ(proxy.warnings.first().message,
              QStringLiteral("binds the host path ./Caddyfile to /etc/caddy/Caddyfile; replace it with a ConfigMap: "
                             "kubectl create configmap reverse-proxy-caddyfile --from-file=Caddyfile=./Caddyfile"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("postgres")).warnings.first().message,
              QStringLiteral("binds the host path ./backups to /backups; replace it with a PersistentVolumeClaim "
                             "\"postgres-backups\" with the contents of ./backups copied into it"));
}

TEST(MigrationReviewerTest, Domino)
{
    const MigrationReview review = MigrationReviewer::review(loadDemo(QStringLiteral("domino")));
    EXPECT_EQ(summary(review),
              QStringList({QStringLiteral("fastapi Deployment domino-apps 85"),
                           QStringLiteral("grafana StatefulSet domino-monitoring 95"),
                           QStringLiteral("n8n StatefulSet domino-tools 80"),
                           QStringLiteral("n8n-worker Deployment domino-tools 95"),
                           QStringLiteral("postgres StatefulSet domino-infra 90"),
                           QStringLiteral("prometheus StatefulSet domino-monitoring 85"),
                           QStringLiteral("redis StatefulSet domino-infra 95"),
                           QStringLiteral("traefik Deployment domino-infra 35")}));
    // Mean 82.5, times 7 of 8 services without blockers = 72.19.
    EXPECT_EQ(review.score, 72);
    const ServiceMigration &traefik = serviceOf(review, QStringLiteral("traefik"));
    EXPECT_EQ(codesOf(traefik.blockers), QStringList{QStringLiteral("docker-socket")});
    // acme.json is written by Traefik (a PVC for its folder); ops.htpasswd holds credentials (a Secret).
    EXPECT_EQ(codesOf(traefik.warnings),
              QStringList({QStringLiteral("host-bind-mount"),
                           QStringLiteral("host-bind-mount"),
                           QStringLiteral("no-resource-limits")}));
    EXPECT_TRUE(traefik.warnings.at(0).message.endsWith(
        QStringLiteral("a PersistentVolumeClaim \"traefik-acme\" mounted at /acme (the file's folder), with "
                       "./traefik/acme.json copied into it")));
    EXPECT_TRUE(traefik.warnings.at(1).message.endsWith(
        QStringLiteral("a Secret: kubectl create secret generic traefik-ops-htpasswd "
                       "--from-file=ops.htpasswd=./traefik/ops.htpasswd")));
    // n8n is built from ./n8n but also names an image; its workers share the compose secret.
    EXPECT_EQ(codesOf(serviceOf(review, QStringLiteral("n8n")).warnings),
              QStringList({QStringLiteral("compose-secret"),
                           QStringLiteral("no-resource-limits"),
                           QStringLiteral("build-only-image")}));
}

TEST(MigrationReviewerTest, SeseInfraVolumesBoundToHostFolders)
{
    const MigrationReview review = MigrationReviewer::review(loadDemo(QStringLiteral("sese-infra")));
    EXPECT_EQ(summary(review),
              QStringList({QStringLiteral("caddy StatefulSet sese-infra-infra 75"),
                           QStringLiteral("postgresql StatefulSet sese-infra-infra 65"),
                           QStringLiteral("qdrant StatefulSet sese-infra-infra 85"),
                           QStringLiteral("redis StatefulSet sese-infra-infra 85")}));
    EXPECT_EQ(review.score, 78); // 77.5 rounds up
    const ServiceMigration &postgresql = serviceOf(review, QStringLiteral("postgresql"));
    EXPECT_EQ(codesOf(postgresql.warnings),
              QStringList({QStringLiteral("host-bind-mount"),
                           QStringLiteral("host-bind-mount"),
                           QStringLiteral("host-bind-mount"),
                           QStringLiteral("fixed-ip")}));
    EXPECT_EQ(postgresql.warnings.at(0).message,
              QStringLiteral("volume postgresql_data keeps its data in the host folder /opt/sese/data/postgresql; copy "
                             "it into the PersistentVolumeClaim postgresql-data"));
    // A ".d" folder of init scripts is a folder, not a file.
    EXPECT_TRUE(postgresql.warnings.at(2).message.contains(
        QStringLiteral("a ConfigMap with one key per file: kubectl create configmap postgresql-init")));
    EXPECT_EQ(postgresql.warnings.at(3).message,
              QStringLiteral("has the fixed address 172.20.2.10 on network backend; pods get their addresses from the "
                             "cluster, so clients must use the Service name postgresql"));
}

TEST(MigrationReviewerTest, ManacoreBlockers)
{
    const MigrationReview review = MigrationReviewer::review(loadDemo(QStringLiteral("manacore")));
    ASSERT_EQ(review.services.size(), 52);
    QStringList blocked;
    for (const ServiceMigration &service : review.services) {
        if (!service.blockers.isEmpty())
            blocked.append(service.name + QLatin1Char(':') + codesOf(service.blockers).join(QLatin1Char(',')));
    }
    EXPECT_EQ(blocked,
              QStringList({QStringLiteral("cadvisor:docker-socket,privileged"),
                           QStringLiteral("node-exporter:host-pid"),
                           QStringLiteral("watchtower:docker-socket")}));
    EXPECT_EQ(serviceOf(review, QStringLiteral("cadvisor")).score, 0);
    // Seed 004's namespaces.
    EXPECT_EQ(serviceOf(review, QStringLiteral("postgres")).namespaceName, QStringLiteral("manacore-infra"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("mana-core-auth")).namespaceName, QStringLiteral("manacore-core"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("api-gateway")).namespaceName, QStringLiteral("manacore-core"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("searxng")).namespaceName, QStringLiteral("manacore-core"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("chat-backend")).namespaceName, QStringLiteral("manacore-apps"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("synapse")).namespaceName, QStringLiteral("manacore-matrix"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("matrix-tts-bot")).namespaceName, QStringLiteral("manacore-matrix"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("postgres-exporter")).namespaceName,
              QStringLiteral("manacore-monitoring"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("n8n")).namespaceName, QStringLiteral("manacore-tools"));
    EXPECT_EQ(serviceOf(review, QStringLiteral("telegram-stats-bot")).namespaceName, QStringLiteral("manacore-tools"));
}

TEST(MigrationReviewerTest, StarterKitCompletionBecomesJob)
{
    const ComposeProject project = loadProject(corpusDirectory(QStringLiteral("real/n8n-ai-starter-kit")));
    const MigrationReview review = MigrationReviewer::review(project);
    EXPECT_EQ(summary(review),
              QStringList({QStringLiteral("minio StatefulSet n8n-ai-starter-kit-infra 85"),
                           QStringLiteral("n8n StatefulSet n8n-ai-starter-kit-tools 35"),
                           QStringLiteral("n8n-import Job n8n-ai-starter-kit-tools 65"),
                           QStringLiteral("nginx StatefulSet n8n-ai-starter-kit-infra 65"),
                           QStringLiteral("postgres StatefulSet n8n-ai-starter-kit-infra 85"),
                           QStringLiteral("qdrant StatefulSet n8n-ai-starter-kit-infra 75")}));
    // Every named volume is bound to a folder under /storage on the host. (85 + 35 + 65 + 65
    // + 85 + 75) / 6 = 68.3, no blockers.
    EXPECT_EQ(review.score, 68);
    EXPECT_EQ(codesOf(serviceOf(review, QStringLiteral("n8n")).warnings),
              QStringList({QStringLiteral("host-bind-mount"),
                           QStringLiteral("host-bind-mount"),
                           QStringLiteral("shared-volume"),
                           QStringLiteral("host-bind-mount"),
                           QStringLiteral("no-health-check"),
                           QStringLiteral("no-resource-limits"),
                           QStringLiteral("completion-dependency")}));

    // With the cpu profile the model puller reaches Ollama as "ollama", its container name.
    const MigrationReview cpu = MigrationReviewer::review(
        loadProject(corpusDirectory(QStringLiteral("real/n8n-ai-starter-kit")), {}, {QStringLiteral("cpu")}));
    const ServiceMigration &ollama = serviceOf(cpu, QStringLiteral("ollama-cpu"));
    ASSERT_TRUE(codesOf(ollama.warnings).contains(QStringLiteral("container-name")));
    EXPECT_EQ(ollama.warnings.at(codesOf(ollama.warnings).indexOf(QStringLiteral("container-name"))).message,
              QStringLiteral("ollama-pull-llama-cpu reach it by its container name ollama, which does not exist in "
                             "Kubernetes; use the Service name ollama-cpu"));
}

TEST(MigrationReviewerTest, BlockersFromRuntimeSettings)
{
    QTemporaryDir dir;
    writeTextFile(dir.filePath(QStringLiteral("compose.yaml")),
                  "services:\n"
                  "  agent:\n"
                  "    build: ./agent\n"
                  "    network_mode: host\n"
                  "    pid: host\n"
                  "    privileged: true\n"
                  "  Web_App:\n"
                  "    image: example/web:1\n"
                  "    network_mode: service:agent\n");
    const MigrationReview review = MigrationReviewer::review(loadProject(dir.path()));
    const ServiceMigration &agent = serviceOf(review, QStringLiteral("agent"));
    EXPECT_EQ(codesOf(agent.blockers),
              QStringList({QStringLiteral("privileged"),
                           QStringLiteral("host-pid"),
                           QStringLiteral("build-only-image"),
                           QStringLiteral("host-network")}));
    EXPECT_EQ(agent.score, 0);
    const ServiceMigration &web = serviceOf(review, QStringLiteral("Web_App"));
    EXPECT_EQ(codesOf(web.warnings),
              QStringList({QStringLiteral("no-health-check"),
                           QStringLiteral("no-resource-limits"),
                           QStringLiteral("network-mode"),
                           QStringLiteral("service-name")}));
    EXPECT_EQ(web.score, 100 - 10 - 5 - 10 - 5);
    EXPECT_EQ(review.score, 18); // (0 + 70) / 2 x 1/2 = 17.5
}
