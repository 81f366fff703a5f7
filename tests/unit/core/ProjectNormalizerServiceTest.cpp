// Service attributes other than ports and volumes: environment, depends_on, networks,
// healthcheck, build, labels, command, deploy and the typed scalar attributes.
#include "NormalizerTestSupport.h"

using namespace NormalizerTest;

namespace {

QJsonValue attribute(const QByteArray &lines,
                     const char *key,
                     const Leitstand::NormalizeContext &projectContext = context())
{
    return service("services:\n  app:\n    image: nginx\n" + lines, projectContext).value(QLatin1String(key));
}

Leitstand::Error failure(const QByteArray &lines)
{
    return error("services:\n  app:\n    image: nginx\n" + lines);
}

} // namespace

TEST(ProjectNormalizerService, EnvironmentListAndMapping)
{
    const auto withHome = context({{"HOME_DIR", "/home/ops"}});
    EXPECT_EQ(
        attribute("    environment:\n      - A=1\n      - B=x=y\n      - EMPTY=\n      - HOME_DIR\n      - UNSET\n",
                  "environment",
                  withHome),
        json(R"({"A": "1", "B": "x=y", "EMPTY": "", "HOME_DIR": "/home/ops", "UNSET": null})"));
    EXPECT_EQ(
        attribute("    environment:\n      A: 1\n      FLAG: on\n      NO: no\n      MODE: 0755\n      HOME_DIR:\n"
                  "      UNSET: ~\n      QUOTED: \"\"\n",
                  "environment",
                  withHome),
        json(R"({"A": "1", "FLAG": "on", "NO": "no", "MODE": "0755", "HOME_DIR": "/home/ops", "UNSET": null,
                       "QUOTED": ""})"));
}

TEST(ProjectNormalizerService, EnvironmentErrors)
{
    const Leitstand::Error nested = failure("    environment:\n      A:\n        b: c\n");
    EXPECT_TRUE(nested.message().contains(QStringLiteral("services.app.environment.A")))
        << nested.toString().toStdString();
    EXPECT_EQ(nested.location().line, 6);
}

TEST(ProjectNormalizerService, DependsOnForms)
{
    EXPECT_EQ(attribute("    depends_on: [db, cache]\n", "depends_on"),
              json(R"({"db": {"condition": "service_started", "required": true},
                       "cache": {"condition": "service_started", "required": true}})"));
    EXPECT_EQ(attribute("    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n"
                        "      cache:\n        condition: service_started\n        required: false\n"
                        "      init:\n        condition: service_completed_successfully\n        x-why: seed\n",
                        "depends_on"),
              json(R"({"db": {"condition": "service_healthy", "required": true, "restart": true},
                       "cache": {"condition": "service_started", "required": false},
                       "init": {"condition": "service_completed_successfully", "required": true}})"));
}

TEST(ProjectNormalizerService, ImplicitDependencies)
{
    EXPECT_EQ(attribute("    links: [\"db:database\", cache]\n    volumes_from: [\"data:ro\", \"container:other\"]\n"
                        "    pid: \"service:monitor\"\n    depends_on: [db]\n",
                        "depends_on"),
              json(R"({"db": {"condition": "service_started", "required": true},
                       "cache": {"condition": "service_started", "required": true, "restart": true},
                       "monitor": {"condition": "service_started", "required": true, "restart": true},
                       "data": {"condition": "service_started", "required": true}})"));
}

TEST(ProjectNormalizerService, DependsOnErrors)
{
    const Leitstand::Error condition = failure("    depends_on:\n      db:\n        condition: service_ready\n");
    EXPECT_TRUE(condition.message().contains(QStringLiteral("service_ready"))) << condition.toString().toStdString();
    EXPECT_EQ(condition.location().line, 6);
    EXPECT_EQ(condition.location().column, 20);

    const Leitstand::Error required = failure("    depends_on:\n      db:\n        condition: service_started\n"
                                              "        required: perhaps\n");
    EXPECT_TRUE(required.message().contains(QStringLiteral("depends_on.db.required")))
        << required.toString().toStdString();
    EXPECT_EQ(required.location().line, 7);
}

TEST(ProjectNormalizerService, NetworkAttachments)
{
    const QByteArray definitions = "networks:\n  front:\n  back:\n";
    const QJsonObject app
        = service("services:\n  app:\n    image: nginx\n    networks:\n      front:\n"
                  "      back:\n        aliases: [api, \"api.internal\"]\n        ipv4_address: 172.28.0.5\n"
                  "        ipv6_address: \"fd00::5\"\n        priority: 100\n"
                  + definitions);
    EXPECT_EQ(app.value(QStringLiteral("networks")),
              json(R"({"front": null, "back": {"aliases": ["api", "api.internal"], "ipv4_address": "172.28.0.5",
                       "ipv6_address": "fd00::5", "priority": 100}})"));
    EXPECT_EQ(service("services:\n  app:\n    image: nginx\n    networks: [front, back]\n" + definitions)
                  .value(QStringLiteral("networks")),
              json(R"({"front": null, "back": null})"));
}

TEST(ProjectNormalizerService, HealthCheck)
{
    EXPECT_EQ(attribute("    healthcheck:\n      test: pg_isready -U app\n      interval: 90s\n      timeout: 1h\n"
                        "      start_period: 500ms\n      start_interval: 1.5s\n      retries: \"5\"\n",
                        "healthcheck"),
              json(R"({"test": ["CMD-SHELL", "pg_isready -U app"], "interval": "1m30s", "timeout": "1h0m0s",
                       "start_period": "500ms", "start_interval": "1.5s", "retries": 5})"));
    EXPECT_EQ(attribute("    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]\n"
                        "      interval: 1m30s\n      timeout: 10s\n",
                        "healthcheck"),
              json(R"({"test": ["CMD", "curl", "-f", "http://localhost"], "interval": "1m30s", "timeout": "10s"})"));
    EXPECT_EQ(attribute("    healthcheck:\n      disable: true\n", "healthcheck"), json(R"({"disable": true})"));
    EXPECT_EQ(attribute("    healthcheck:\n      test: [\"NONE\"]\n", "healthcheck"), json(R"({"test": ["NONE"]})"));
}

TEST(ProjectNormalizerService, HealthCheckErrors)
{
    const Leitstand::Error duration = failure("    healthcheck:\n      test: true\n      interval: 30\n");
    EXPECT_TRUE(duration.message().contains(QStringLiteral("services.app.healthcheck.interval")))
        << duration.toString().toStdString();
    EXPECT_TRUE(duration.message().contains(QStringLiteral("duration"))) << duration.toString().toStdString();
    EXPECT_EQ(duration.location().line, 6);
    EXPECT_EQ(duration.location().column, 17);

    const Leitstand::Error retries = failure("    healthcheck:\n      retries: many\n");
    EXPECT_TRUE(retries.message().contains(QStringLiteral("\"many\""))) << retries.toString().toStdString();
    EXPECT_EQ(retries.location().line, 5);
}

TEST(ProjectNormalizerService, Build)
{
    EXPECT_EQ(attribute("    build: ./app\n", "build"),
              json(R"({"context": "/srv/shop/app", "dockerfile": "Dockerfile"})"));
    EXPECT_EQ(attribute("    build: .\n", "build"), json(R"({"context": "/srv/shop", "dockerfile": "Dockerfile"})"));
    const auto variables = context({{"GIT_SHA", "abc123"}});
    EXPECT_EQ(attribute("    build:\n      context: api\n      dockerfile: docker/Dockerfile.prod\n"
                        "      args:\n        - VERSION=1.2\n        - GIT_SHA\n        - MISSING\n"
                        "      labels: [stage=prod]\n      target: runtime\n      shm_size: 2g\n      no_cache: yes\n",
                        "build",
                        variables),
              json(R"({"context": "/srv/shop/api", "dockerfile": "docker/Dockerfile.prod",
                       "args": {"VERSION": "1.2", "GIT_SHA": "abc123"}, "labels": {"stage": "prod"},
                       "target": "runtime", "shm_size": "2147483648", "no_cache": true})"));
    EXPECT_EQ(attribute("    build:\n      context: https://github.com/acme/app.git#main\n      dockerfile_inline: |\n"
                        "        FROM alpine\n",
                        "build"),
              json(R"({"context": "https://github.com/acme/app.git#main", "dockerfile_inline": "FROM alpine\n"})"));
}

TEST(ProjectNormalizerService, Labels)
{
    EXPECT_EQ(
        attribute("    labels:\n      - traefik.enable=true\n      - \"traefik.http.routers.app.rule=Host(`a.b`)\"\n"
                  "      - flag\n",
                  "labels"),
        json(R"json({"traefik.enable": "true", "traefik.http.routers.app.rule": "Host(`a.b`)", "flag": ""})json"));
    EXPECT_EQ(attribute("    labels:\n      enabled: yes\n      port: 8080\n      empty:\n", "labels"),
              json(R"({"enabled": "yes", "port": "8080", "empty": ""})"));
}

TEST(ProjectNormalizerService, CommandAndEntrypoint)
{
    EXPECT_EQ(attribute("    command: nginx -g 'daemon off;'\n", "command"), json(R"(["nginx", "-g", "daemon off;"])"));
    EXPECT_EQ(attribute("    command: sh -c \"sleep 1 && echo ok\"\n", "command"),
              json(R"(["sh", "-c", "sleep 1 && echo ok"])"));
    EXPECT_EQ(attribute("    command: [\"run\", \"--queue\"]\n", "command"), json(R"(["run", "--queue"])"));
    EXPECT_EQ(attribute("    command: \"\"\n", "command"), json("[]"));
    EXPECT_EQ(attribute("    entrypoint: []\n", "entrypoint"), json("[]"));
    EXPECT_EQ(attribute("    command: echo a\\ b \"\" end\n", "command"), json(R"(["echo", "a b", "", "end"])"));
    // compose stops at an unquoted shell operator and runs only what comes before it.
    EXPECT_EQ(attribute("    command: migrate && serve\n", "command"), json(R"(["migrate"])"));
    EXPECT_EQ(attribute("    command: worker 2>/dev/null\n", "command"), json(R"(["worker"])"));
    EXPECT_EQ(attribute("    restart: always\n", "command"), QJsonValue(QJsonValue::Null));

    const Leitstand::Error quote = failure("    command: echo \"unterminated\n");
    EXPECT_TRUE(quote.message().contains(QStringLiteral("services.app.command"))) << quote.toString().toStdString();
    EXPECT_EQ(quote.location().line, 4);
    const Leitstand::Error parenthesis = failure("    command: --constraints=Label(a, b)\n");
    EXPECT_TRUE(parenthesis.message().contains(QStringLiteral("parenthesis"))) << parenthesis.toString().toStdString();
}

TEST(ProjectNormalizerService, Deploy)
{
    EXPECT_EQ(
        attribute("    deploy:\n      replicas: \"3\"\n      resources:\n        limits:\n          cpus: \"0.50\"\n"
                  "          memory: 512M\n        reservations:\n          memory: 128m\n"
                  "      restart_policy:\n        condition: on-failure\n        delay: 5s\n        max_attempts: 3\n"
                  "      labels: [tier=web]\n",
                  "deploy"),
        json(R"({"replicas": 3, "labels": {"tier": "web"}, "placement": {},
                       "resources": {"limits": {"cpus": 0.5, "memory": "536870912"},
                                     "reservations": {"memory": "134217728"}},
                       "restart_policy": {"condition": "on-failure", "delay": "5s", "max_attempts": 3}})"));
    EXPECT_EQ(attribute("    deploy:\n      replicas: 0\n", "deploy"),
              json(R"({"replicas": 0, "resources": {}, "placement": {}})"));
}

TEST(ProjectNormalizerService, DeployErrors)
{
    const Leitstand::Error replicas = failure("    deploy:\n      replicas: many\n");
    EXPECT_TRUE(replicas.message().contains(QStringLiteral("services.app.deploy.replicas")))
        << replicas.toString().toStdString();
    EXPECT_TRUE(replicas.message().contains(QStringLiteral("\"many\""))) << replicas.toString().toStdString();
    EXPECT_EQ(replicas.location().file, QStringLiteral("compose.yaml"));
    EXPECT_EQ(replicas.location().line, 5);
    EXPECT_EQ(replicas.location().column, 17);

    const Leitstand::Error memory = failure("    deploy:\n      resources:\n        limits:\n          memory: lots\n");
    EXPECT_TRUE(memory.message().contains(QStringLiteral("memory"))) << memory.toString().toStdString();
    EXPECT_EQ(memory.location().line, 7);

    const Leitstand::Error scale = failure("    scale: 2\n    deploy:\n      replicas: 3\n");
    EXPECT_TRUE(scale.message().contains(QStringLiteral("scale"))) << scale.toString().toStdString();
    EXPECT_EQ(scale.location().line, 4);
}

TEST(ProjectNormalizerService, TypedScalars)
{
    const QJsonObject app
        = service("services:\n  app:\n    image: nginx\n    container_name: shop-app\n"
                  "    restart: \"no\"\n    privileged: \"true\"\n    read_only: false\n    init: false\n"
                  "    tty: Yes\n    cpus: 1.5\n    cpu_shares: 512\n    mem_limit: 1g\n    shm_size: 64000000\n"
                  "    pids_limit: -1\n    stop_grace_period: 1m\n    scale: 2\n    user: 1000:1000\n"
                  "    expose: [80, \"3000-3005\"]\n    profiles: [debug]\n    dns: 1.1.1.1\n"
                  "    tmpfs: /run\n    sysctls: [net.core.somaxconn=1024]\n"
                  "    pull_policy: if_not_present\n    ulimits:\n      nofile: {soft: 1024, hard: 2048}\n"
                  "      nproc: 65535\n    devices: [\"/dev/ttyUSB0\", \"/dev/sda:/dev/xvda:r\"]\n");
    const QJsonObject expected = json(R"({
        "image": "nginx", "container_name": "shop-app", "restart": "no", "privileged": true, "init": false,
        "tty": true, "cpus": 1.5, "cpu_shares": 512, "mem_limit": "1073741824", "shm_size": "64000000",
        "pids_limit": -1, "stop_grace_period": "1m0s", "scale": 2, "user": "1000:1000", "expose": ["80", "3000-3005"],
        "profiles": ["debug"], "dns": ["1.1.1.1"], "tmpfs": ["/run"], "sysctls": {"net.core.somaxconn": "1024"},
        "pull_policy": "missing", "ulimits": {"nofile": {"soft": 1024, "hard": 2048}, "nproc": 65535},
        "devices": [{"source": "/dev/ttyUSB0", "target": "/dev/ttyUSB0", "permissions": "rwm"},
                    {"source": "/dev/sda", "target": "/dev/xvda", "permissions": "r"}],
        "command": null, "entrypoint": null, "networks": {"default": null}})")
                                     .toObject();
    EXPECT_EQ(app, expected);
}

TEST(ProjectNormalizerService, ExtraHosts)
{
    EXPECT_EQ(attribute("    extra_hosts:\n      - \"somehost:162.242.195.82\"\n      - \"otherhost=50.31.209.229\"\n"
                        "      - \"myhostv6=::1\"\n      - \"v6bracket=[fd00::1]\"\n",
                        "extra_hosts"),
              json(R"(["myhostv6=::1", "otherhost=50.31.209.229", "somehost=162.242.195.82", "v6bracket=fd00::1"])"));
    EXPECT_EQ(attribute("    extra_hosts:\n      db: 10.0.0.5\n      multi: [10.0.0.6, 10.0.0.7]\n", "extra_hosts"),
              json(R"(["db=10.0.0.5", "multi=10.0.0.6", "multi=10.0.0.7"])"));
    const Leitstand::Error missing = failure("    extra_hosts: [justahost]\n");
    EXPECT_TRUE(missing.message().contains(QStringLiteral("justahost"))) << missing.toString().toStdString();
    EXPECT_EQ(missing.location().line, 4);
}

TEST(ProjectNormalizerService, LoggingAndPassThrough)
{
    EXPECT_EQ(
        attribute("    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: 3\n",
                  "logging"),
        json(R"({"driver": "json-file", "options": {"max-size": "10m", "max-file": "3"}})"));
    EXPECT_EQ(
        attribute("    develop:\n      watch:\n        - action: sync\n          path: ./src\n          target: /app\n",
                  "develop"),
        json(R"({"watch": [{"action": "sync", "path": "./src", "target": "/app"}]})"));
}
