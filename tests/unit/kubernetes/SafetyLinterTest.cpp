#include "core/analysis/safety/SafetyLinter.h"
#include "ProjectFixtures.h"
#include "core/analysis/safety/AdminUiCatalog.h"
#include "core/analysis/safety/SecretRules.h"

#include <QTemporaryDir>

using namespace Leitstand;
using namespace Leitstand::Analysis;
using namespace Leitstand::Testing;

namespace {

// "code service" per finding, in the linter's order.
QStringList codes(const Findings &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list.append(finding.code + QLatin1Char(' ') + finding.service);
    return list;
}

} // namespace

TEST(SafetyLinterTest, ManacoreOnTheMacMini)
{
    const Findings findings = SafetyLinter::lint(loadDemo(QStringLiteral("manacore")));
    // cadvisor publishes its UI on 8080 and mounts /var/run (with the socket) and runs
    // privileged (macmini override); grafana 3100, minio's console 9001 and n8n 5678 are
    // published on every address; node-exporter gets pid: host from the override; watchtower
    // mounts the socket itself. The MinIO API port 9000 is not an admin UI.
    EXPECT_EQ(codes(findings),
              QStringList({QStringLiteral("public-admin-ui cadvisor"),
                           QStringLiteral("docker-socket cadvisor"),
                           QStringLiteral("privileged cadvisor"),
                           QStringLiteral("public-admin-ui grafana"),
                           QStringLiteral("public-admin-ui minio"),
                           QStringLiteral("public-admin-ui n8n"),
                           QStringLiteral("host-pid node-exporter"),
                           QStringLiteral("docker-socket watchtower")}));
    EXPECT_EQ(findings.at(3).message,
              QStringLiteral("Grafana is published on 0.0.0.0:3100, reachable from every network the host is on; "
                             "bind it to 127.0.0.1 or a VPN address, or put it behind an authenticating proxy"));
    EXPECT_EQ(findings.at(4).message.section(QLatin1Char(','), 0, 0),
              QStringLiteral("MinIO Console is published on 0.0.0.0:9001"));
}

TEST(SafetyLinterTest, DemoStacks)
{
    // Traefik publishes 443 only (its dashboard goes through a router with basic auth).
    EXPECT_EQ(codes(SafetyLinter::lint(loadDemo(QStringLiteral("domino")))),
              QStringList{QStringLiteral("docker-socket traefik")});
    // n8n listens on 127.0.0.1; every secret comes from .env.
    EXPECT_TRUE(SafetyLinter::lint(loadDemo(QStringLiteral("ground-zero"))).isEmpty());
    EXPECT_TRUE(SafetyLinter::lint(loadDemo(QStringLiteral("sese-infra"))).isEmpty());
    // Grafana and n8n are bound to the Tailscale address, which is not public.
    EXPECT_EQ(codes(SafetyLinter::lint(loadDemo(QStringLiteral("sese-apps")))),
              QStringList{QStringLiteral("docker-socket alloy")});
}

TEST(SafetyLinterTest, StarterKit)
{
    // The MinIO API (9000) and Qdrant (6333) are not admin UIs; Nginx Proxy Manager's admin
    // port 81 is. All credentials come from .env.
    EXPECT_EQ(codes(SafetyLinter::lint(loadProject(corpusDirectory(QStringLiteral("real/n8n-ai-starter-kit"))))),
              QStringList({QStringLiteral("public-admin-ui minio"),
                           QStringLiteral("public-admin-ui n8n"),
                           QStringLiteral("public-admin-ui nginx")}));
}

TEST(SafetyLinterTest, AwesomeComposeCorpus)
{
    const Findings grafana
        = SafetyLinter::lint(loadProject(corpusDirectory(QStringLiteral("awesome-compose/prometheus-grafana"))));
    EXPECT_EQ(codes(grafana),
              QStringList({QStringLiteral("public-admin-ui grafana"),
                           QStringLiteral("plaintext-secret grafana"),
                           QStringLiteral("public-admin-ui prometheus")}));
    EXPECT_FALSE(grafana.at(1).message.contains(QStringLiteral("grafana\"")));
    // DB_PASSWD and POSTGRES_PASSWORD are written as "gitea".
    EXPECT_EQ(codes(SafetyLinter::lint(loadProject(corpusDirectory(QStringLiteral("awesome-compose/gitea-postgres"))))),
              QStringList({QStringLiteral("plaintext-secret db"), QStringLiteral("plaintext-secret gitea")}));
    // DATABASE_PASSWORD=/run/secrets/db-password names a file; *_PASSWORD_FILE as well.
    EXPECT_TRUE(SafetyLinter::lint(loadProject(corpusDirectory(QStringLiteral("awesome-compose/react-express-mysql"))))
                    .isEmpty());
    EXPECT_EQ(codes(SafetyLinter::lint(loadProject(corpusDirectory(QStringLiteral("awesome-compose/portainer"))))),
              QStringList({QStringLiteral("public-admin-ui portainer"), QStringLiteral("docker-socket portainer")}));
}

TEST(SafetyLinterTest, LiteralSecretsOnlyWhenWrittenIntoTheFile)
{
    QTemporaryDir dir;
    writeTextFile(dir.filePath(QStringLiteral(".env")), "DB_PASSWORD=from-dotenv\n");
    writeTextFile(dir.filePath(QStringLiteral("app.env")), "APP_SECRET=from-env-file\n");
    writeTextFile(dir.filePath(QStringLiteral("compose.yaml")),
                  "services:\n"
                  "  app:\n"
                  "    image: example/app:1\n"
                  "    env_file: [app.env]\n"
                  "    environment:\n"
                  "      POSTGRES_PASSWORD: hunter2\n"
                  "      DB_PASSWORD: ${DB_PASSWORD}\n"
                  "      FALLBACK_TOKEN: ${UNSET_TOKEN:-default-token}\n"
                  "      DOLLAR_SECRET: pa$$word\n"
                  "      KEYCLOAK_URL: http://keycloak:8080\n"
                  "      MYSQL_PASSWORD_FILE: /run/secrets/db\n"
                  "      AWS_ACCESS_KEY_ID: AKIAEXAMPLE\n"
                  "      SECRET_KEY_BASE: abc123\n"
                  "      FEATURE_TOKEN: \"true\"\n"
                  "      EMPTY_PASSWORD: \"\"\n"
                  "      FROM_PROJECT_KEY:\n"
                  "  worker:\n"
                  "    image: example/worker:1\n"
                  "    environment:\n"
                  "      - API_KEY=sk-literal\n"
                  "      - REDIS_PASSWORD=${DB_PASSWORD}\n");
    writeTextFile(dir.filePath(QStringLiteral("compose.override.yaml")),
                  "services:\n"
                  "  worker:\n"
                  "    environment:\n"
                  "      - SMTP_PASS=override-literal\n");
    const Findings findings = SafetyLinter::lint(loadProject(dir.path()));
    QStringList keys;
    for (const Finding &finding : findings) {
        EXPECT_EQ(finding.code, QStringLiteral("plaintext-secret"));
        keys.append(finding.service + QLatin1Char(' ') + finding.message.section(QLatin1Char(' '), 0, 0));
        for (const char *value : {"hunter2", "pa$word", "abc123", "sk-literal", "override-literal"})
            EXPECT_FALSE(finding.message.contains(QLatin1String(value))) << "a message shows a secret value";
    }
    EXPECT_EQ(keys,
              QStringList({QStringLiteral("app DOLLAR_SECRET"),
                           QStringLiteral("app POSTGRES_PASSWORD"),
                           QStringLiteral("app SECRET_KEY_BASE"),
                           QStringLiteral("worker API_KEY"),
                           QStringLiteral("worker SMTP_PASS")}));
}

TEST(SafetyLinterTest, PublicAddresses)
{
    EXPECT_TRUE(SafetyLinter::isPublicAddress(QString()));
    EXPECT_TRUE(SafetyLinter::isPublicAddress(QStringLiteral("0.0.0.0")));
    EXPECT_TRUE(SafetyLinter::isPublicAddress(QStringLiteral("::")));
    EXPECT_FALSE(SafetyLinter::isPublicAddress(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(SafetyLinter::isPublicAddress(QStringLiteral("100.64.0.10")));
}

TEST(SecretRulesTest, Names)
{
    for (const char *secret : {"POSTGRES_PASSWORD",
                               "DB_PASSWD",
                               "SMTP_PASS",
                               "JWT_SECRET",
                               "SECRET_KEY_BASE",
                               "OPENAI_API_KEY",
                               "N8N_ENCRYPTION_KEY",
                               "TELEGRAM_BOT_TOKEN",
                               "stripe.secret-key",
                               "APIKEY"})
        EXPECT_TRUE(SecretRules::isSecretName(QLatin1String(secret))) << secret;
    for (const char *plain : {"KEYCLOAK_URL",
                              "MYSQL_ROOT_PASSWORD_FILE",
                              "AWS_ACCESS_KEY_ID",
                              "TOKEN_EXPIRY",
                              "PASSWORD_MIN_LENGTH",
                              "MONKEY",
                              "BASE",
                              "DB_HOST"})
        EXPECT_FALSE(SecretRules::isSecretName(QLatin1String(plain))) << plain;
    EXPECT_TRUE(SecretRules::hasCredentialsInUrl(QStringLiteral("postgresql://n8n:pw@postgres:5432/n8n")));
    EXPECT_TRUE(SecretRules::hasCredentialsInUrl(QStringLiteral("redis://:pw@redis:6379/0")));
    EXPECT_FALSE(SecretRules::hasCredentialsInUrl(QStringLiteral("http://n8n:5678/healthz")));
    EXPECT_FALSE(SecretRules::isSecretValue(QStringLiteral("/run/secrets/db-password")));
    EXPECT_FALSE(SecretRules::isSecretValue(QStringLiteral("false")));
}

TEST(AdminUiCatalogTest, MatchesByImageName)
{
    EXPECT_EQ(AdminUiCatalog::find(QStringLiteral("docker.n8n.io/n8nio/n8n:1.64.3@sha256:abc"))->product,
              QStringLiteral("n8n"));
    EXPECT_EQ(AdminUiCatalog::find(QStringLiteral("dpage/pgadmin4"))->product, QStringLiteral("pgAdmin"));
    EXPECT_EQ(AdminUiCatalog::find(QStringLiteral("localhost:5000/traefik:v3"))->adminPorts, QList<int>{8080});
    EXPECT_FALSE(AdminUiCatalog::find(QStringLiteral("unit-y/n8n-ml:1.64.3")).has_value());
    EXPECT_FALSE(AdminUiCatalog::find(QStringLiteral("postgres:16")).has_value());
}
