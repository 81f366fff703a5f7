// The typed model filled from the canonical document of a small but complete project.
#include "NormalizerTestSupport.h"

#include "core/compose/ProjectModelBuilder.h"

using namespace Leitstand;
using namespace NormalizerTest;

namespace {

const QByteArray kProjectYaml = R"(services:
  web:
    image: nginx:1.27
    container_name: shop-web
    ports: ["127.0.0.1:8080:80", "443:443/udp"]
    expose: [9000]
    depends_on:
      db: {condition: service_healthy}
    networks:
      front:
      back:
        aliases: [www]
        ipv4_address: 172.28.0.10
        priority: 5
    volumes: ["./site:/usr/share/nginx/html:ro", "cache:/var/cache/nginx"]
    environment: [ZED=last, ALPHA=first, UNSET]
    labels: {b: "2", a: "1"}
    command: nginx -g "daemon off;"
    restart: unless-stopped
    secrets: [tls]
    configs: [site]
    deploy:
      replicas: 2
      resources:
        limits: {cpus: "0.5", memory: 256M}
  db:
    image: postgres:16
    build: ./db
    healthcheck:
      test: pg_isready
      interval: 10s
      retries: 5
    scale: 1
  worker:
    image: worker
    network_mode: "service:web"
    healthcheck:
      disable: true
    mem_limit: 1536m
    cpus: 2
networks:
  front:
  back:
    ipam:
      config: [{subnet: 172.28.0.0/16}]
    internal: true
volumes:
  cache:
    driver: local
    driver_opts: {type: none, o: bind, device: /mnt/cache}
secrets:
  tls: {file: ./tls.pem}
configs:
  site: {file: ./site.conf}
)";

ComposeProject buildModel()
{
    const QJsonObject document = canonical(kProjectYaml);
    QHash<QString, SourceLocation> locations;
    locations.insert(QStringLiteral("web"), SourceLocation{QStringLiteral("compose.yaml"), 2, 3});
    return ProjectModelBuilder::build(document, locations);
}

} // namespace

TEST(ProjectModelBuilder, ServicesSortedByName)
{
    const ComposeProject project = buildModel();
    EXPECT_EQ(project.name, QStringLiteral("shop"));
    ASSERT_EQ(project.services.size(), 3);
    EXPECT_EQ(project.services.at(0).name, QStringLiteral("db"));
    EXPECT_EQ(project.services.at(1).name, QStringLiteral("web"));
    EXPECT_EQ(project.services.at(2).name, QStringLiteral("worker"));
}

TEST(ProjectModelBuilder, ServiceDetails)
{
    const ComposeProject project = buildModel();
    const ComposeService *web = project.service(QStringLiteral("web"));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->definedAt, (SourceLocation{QStringLiteral("compose.yaml"), 2, 3}));
    EXPECT_EQ(web->image, QStringLiteral("nginx:1.27"));
    EXPECT_EQ(web->containerName, QStringLiteral("shop-web"));
    ASSERT_EQ(web->ports.size(), 2);
    PortBinding loopback;
    loopback.hostIp = QStringLiteral("127.0.0.1");
    loopback.published = QStringLiteral("8080");
    loopback.target = 80;
    EXPECT_EQ(web->ports.at(0), loopback);
    EXPECT_EQ(web->ports.at(1).protocol, QStringLiteral("udp"));
    EXPECT_EQ(web->expose, QStringList{QStringLiteral("9000")});
    ASSERT_EQ(web->dependsOn.size(), 1);
    EXPECT_EQ(web->dependsOn.first(),
              (ServiceDependency{QStringLiteral("db"), QStringLiteral("service_healthy"), true, false}));
    ASSERT_EQ(web->networks.size(), 2);
    EXPECT_EQ(web->networks.at(0),
              (ServiceNetworkAttachment{
                  QStringLiteral("back"), {QStringLiteral("www")}, QStringLiteral("172.28.0.10"), QString(), 5}));
    EXPECT_EQ(web->networks.at(1).network, QStringLiteral("front"));
    ASSERT_EQ(web->volumes.size(), 2);
    EXPECT_EQ(
        web->volumes.at(0),
        (ServiceMount{
            QStringLiteral("bind"), QStringLiteral("/srv/shop/site"), QStringLiteral("/usr/share/nginx/html"), true}));
    EXPECT_EQ(
        web->volumes.at(1),
        (ServiceMount{QStringLiteral("volume"), QStringLiteral("cache"), QStringLiteral("/var/cache/nginx"), false}));
    ASSERT_EQ(web->environment.size(), 3);
    EXPECT_EQ(web->environment.at(0).first, QStringLiteral("ALPHA"));
    EXPECT_EQ(web->environment.at(1).first, QStringLiteral("UNSET"));
    EXPECT_TRUE(web->environment.at(1).second.isNull());
    EXPECT_EQ(web->environmentValue(QStringLiteral("ZED")), QStringLiteral("last"));
    EXPECT_EQ(web->labels,
              (KeyValueList{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}}));
    EXPECT_EQ(web->command,
              (QStringList{QStringLiteral("nginx"), QStringLiteral("-g"), QStringLiteral("daemon off;")}));
    EXPECT_EQ(web->restart, QStringLiteral("unless-stopped"));
    EXPECT_EQ(web->replicas, 2);
    EXPECT_EQ(web->cpuLimit, QStringLiteral("0.5"));
    EXPECT_EQ(web->memoryLimit, QStringLiteral("256 MiB"));
    EXPECT_EQ(web->secrets, QStringList{QStringLiteral("tls")});
    EXPECT_EQ(web->configs, QStringList{QStringLiteral("site")});
    EXPECT_FALSE(web->healthcheck.defined);
}

TEST(ProjectModelBuilder, EmptyValueStaysApartFromUnset)
{
    const QJsonObject document = canonical("services:\n  app:\n    image: a\n    environment: [EMPTY=, UNSET]\n");
    const ComposeProject project = ProjectModelBuilder::build(document, {});
    ASSERT_EQ(project.services.first().environment.size(), 2);
    EXPECT_FALSE(project.services.first().environment.at(0).second.isNull());
    EXPECT_TRUE(project.services.first().environment.at(0).second.isEmpty());
    EXPECT_TRUE(project.services.first().environment.at(1).second.isNull());
}

TEST(ProjectModelBuilder, HealthChecksBuildsAndLimits)
{
    const ComposeProject project = buildModel();
    const ComposeService *db = project.service(QStringLiteral("db"));
    ASSERT_NE(db, nullptr);
    EXPECT_TRUE(db->healthcheck.defined);
    EXPECT_TRUE(db->healthcheck.isActive());
    EXPECT_EQ(db->healthcheck.test, (QStringList{QStringLiteral("CMD-SHELL"), QStringLiteral("pg_isready")}));
    EXPECT_EQ(db->healthcheck.interval, QStringLiteral("10s"));
    EXPECT_EQ(db->healthcheck.retries, 5);
    EXPECT_EQ(db->buildContext, QStringLiteral("/srv/shop/db"));
    EXPECT_EQ(db->buildDockerfile, QStringLiteral("Dockerfile"));
    EXPECT_EQ(db->replicas, 1);
    EXPECT_TRUE(db->command.isEmpty());

    const ComposeService *worker = project.service(QStringLiteral("worker"));
    ASSERT_NE(worker, nullptr);
    EXPECT_TRUE(worker->healthcheck.disabled);
    EXPECT_FALSE(worker->healthcheck.isActive());
    EXPECT_EQ(worker->networkMode, QStringLiteral("service:web"));
    EXPECT_TRUE(worker->networks.isEmpty());
    EXPECT_EQ(worker->memoryLimit, QStringLiteral("1536 MiB"));
    EXPECT_EQ(worker->cpuLimit, QStringLiteral("2"));
    ASSERT_EQ(worker->dependsOn.size(), 1);
    EXPECT_TRUE(worker->dependsOn.first().restart);
}

TEST(ProjectModelBuilder, ProjectResources)
{
    const ComposeProject project = buildModel();
    // db joins the implicit default network.
    ASSERT_EQ(project.networks.size(), 3);
    EXPECT_EQ(project.networks.at(1).name, QStringLiteral("shop_default"));
    const ComposeNetwork *back = project.network(QStringLiteral("back"));
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->name, QStringLiteral("shop_back"));
    EXPECT_TRUE(back->internal);
    EXPECT_EQ(back->subnets, QStringList{QStringLiteral("172.28.0.0/16")});
    const ComposeVolume *cache = project.volume(QStringLiteral("cache"));
    ASSERT_NE(cache, nullptr);
    EXPECT_EQ(cache->name, QStringLiteral("shop_cache"));
    EXPECT_EQ(cache->driver, QStringLiteral("local"));
    EXPECT_EQ(cache->bindDevice, QStringLiteral("/mnt/cache"));
    EXPECT_EQ(project.secrets, QStringList{QStringLiteral("tls")});
    EXPECT_EQ(project.configs, QStringList{QStringLiteral("site")});
}
