// The project level of the canonical document: name, the implicit default network, resource
// names, external resources, pruning of unused resources, dropped keys and located errors for
// references to resources that are not defined.
#include "NormalizerTestSupport.h"

using namespace NormalizerTest;

TEST(ProjectNormalizer, MinimalProject)
{
    EXPECT_EQ(QJsonValue(canonical("services:\n  app:\n    image: nginx\n")), json(R"({
        "name": "shop",
        "services": {"app": {"image": "nginx", "command": null, "entrypoint": null, "networks": {"default": null}}},
        "networks": {"default": {"name": "shop_default", "ipam": {}}}})"));
}

TEST(ProjectNormalizer, VersionExtensionsAndIncludeAreDropped)
{
    const QJsonObject document = canonical("version: \"3.9\"\nx-common: &common\n  restart: always\n"
                                           "services:\n  app:\n    <<: *common\n    image: nginx\n    x-note: hi\n"
                                           "x-other: 1\n");
    EXPECT_EQ(QJsonValue(QJsonArray::fromStringList(document.keys())), json(R"(["name", "networks", "services"])"));
    const QJsonObject app
        = document.value(QStringLiteral("services")).toObject().value(QStringLiteral("app")).toObject();
    EXPECT_FALSE(app.contains(QStringLiteral("x-note")));
    EXPECT_EQ(app.value(QStringLiteral("restart")), QJsonValue(QStringLiteral("always")));
}

TEST(ProjectNormalizer, NetworksGetEngineNames)
{
    const QJsonObject document
        = canonical("services:\n  app:\n    image: nginx\n    networks: [front, back, edge, legacy, named]\n"
                    "networks:\n  front:\n  back:\n    internal: yes\n    driver: bridge\n"
                    "    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n          gateway: 172.28.0.1\n"
                    "  edge:\n    external: true\n  legacy:\n    external:\n      name: proxy_net\n"
                    "  named:\n    name: custom-name\n    attachable: true\n    enable_ipv6: false\n  unused:\n");
    EXPECT_EQ(document.value(QStringLiteral("networks")), json(R"({
        "front": {"name": "shop_front", "ipam": {}},
        "back": {"name": "shop_back", "internal": true, "driver": "bridge",
                 "ipam": {"config": [{"subnet": "172.28.0.0/16", "gateway": "172.28.0.1"}]}},
        "edge": {"name": "edge", "external": true, "ipam": {}},
        "legacy": {"name": "proxy_net", "external": true, "ipam": {}},
        "named": {"name": "custom-name", "attachable": true, "enable_ipv6": false, "ipam": {}}})"));
}

TEST(ProjectNormalizer, DefaultNetworkOnlyWhenUsed)
{
    const QJsonObject hostOnly = canonical("services:\n  app:\n    image: nginx\n    network_mode: host\n");
    EXPECT_FALSE(hostOnly.contains(QStringLiteral("networks")));
    const QJsonObject app
        = hostOnly.value(QStringLiteral("services")).toObject().value(QStringLiteral("app")).toObject();
    EXPECT_FALSE(app.contains(QStringLiteral("networks")));
    EXPECT_EQ(app.value(QStringLiteral("network_mode")), QJsonValue(QStringLiteral("host")));

    const QJsonObject custom = canonical("services:\n  app:\n    image: nginx\n"
                                         "networks:\n  default:\n    name: shared_net\n    external: true\n");
    EXPECT_EQ(custom.value(QStringLiteral("networks")),
              json(R"({"default": {"name": "shared_net", "external": true, "ipam": {}}})"));
}

TEST(ProjectNormalizer, EmptyNetworksMeanDefault)
{
    EXPECT_EQ(service("services:\n  app:\n    image: nginx\n    networks: []\n").value(QStringLiteral("networks")),
              json(R"({"default": null})"));
}

TEST(ProjectNormalizer, SecretsAndConfigs)
{
    const QJsonObject document
        = canonical("services:\n  app:\n    image: nginx\n    secrets:\n      - db_password\n"
                    "      - source: api_key\n        target: /etc/api.key\n        mode: 0440\n        uid: \"1000\"\n"
                    "    configs:\n      - nginx_conf\n      - source: site\n        target: /etc/site.conf\n"
                    "secrets:\n  db_password:\n    file: ./secrets/db.txt\n  api_key:\n    environment: API_KEY\n"
                    "  unused:\n    file: /x\n"
                    "configs:\n  nginx_conf:\n    file: /etc/nginx.conf\n  site:\n    content: |\n      listen 80;\n");
    const QJsonObject app
        = document.value(QStringLiteral("services")).toObject().value(QStringLiteral("app")).toObject();
    EXPECT_EQ(app.value(QStringLiteral("secrets")), json(R"([
        {"source": "db_password", "target": "/run/secrets/db_password"},
        {"source": "api_key", "target": "/etc/api.key", "mode": "0440", "uid": "1000"}])"));
    EXPECT_EQ(app.value(QStringLiteral("configs")), json(R"([
        {"source": "nginx_conf"}, {"source": "site", "target": "/etc/site.conf"}])"));
    EXPECT_EQ(document.value(QStringLiteral("secrets")), json(R"({
        "db_password": {"name": "shop_db_password", "file": "/srv/shop/secrets/db.txt"},
        "api_key": {"name": "shop_api_key", "environment": "API_KEY"}})"));
    EXPECT_EQ(document.value(QStringLiteral("configs")), json(R"({
        "nginx_conf": {"name": "shop_nginx_conf", "file": "/etc/nginx.conf"},
        "site": {"name": "shop_site", "content": "listen 80;\n"}})"));
}

TEST(ProjectNormalizer, SecretContentIsNeverPrinted)
{
    const QJsonObject document = canonical("services:\n  app:\n    image: nginx\n    secrets: [token]\n"
                                           "secrets:\n  token:\n    content: s3cr3t\n");
    EXPECT_EQ(document.value(QStringLiteral("secrets")), json(R"({"token": {"name": "shop_token"}})"));
}

TEST(ProjectNormalizer, LocalBindVolumeDeviceBecomesAbsolute)
{
    const QJsonObject document = canonical("services:\n  app:\n    image: nginx\n    volumes: [site:/srv]\n"
                                           "volumes:\n  site:\n    driver: local\n    driver_opts:\n"
                                           "      type: none\n      o: bind\n      device: ./site\n");
    EXPECT_EQ(document.value(QStringLiteral("volumes")), json(R"({"site": {"name": "shop_site", "driver": "local",
        "driver_opts": {"type": "none", "o": "bind", "device": "/srv/shop/site"}}})"));
}

TEST(ProjectNormalizer, TypedTopLevelValues)
{
    const Leitstand::Error failure = error("services:\n  app:\n    image: nginx\n    networks: [front]\n"
                                           "networks:\n  front:\n    internal: maybe\n");
    EXPECT_TRUE(failure.message().contains(QStringLiteral("networks.front.internal")))
        << failure.toString().toStdString();
    EXPECT_TRUE(failure.message().contains(QStringLiteral("\"maybe\""))) << failure.toString().toStdString();
    EXPECT_EQ(failure.location().line, 7);
    EXPECT_EQ(failure.location().column, 15);
}

TEST(ProjectNormalizer, UndefinedReferencesAreLocatedErrors)
{
    const Leitstand::Error network = error("services:\n  app:\n    image: nginx\n    networks:\n      - front\n");
    EXPECT_TRUE(network.message().contains(QStringLiteral("undefined network \"front\"")))
        << network.toString().toStdString();
    EXPECT_EQ(network.location().line, 5);
    EXPECT_EQ(network.location().column, 9);

    const Leitstand::Error mapped = error("services:\n  app:\n    image: nginx\n    networks:\n      back:\n"
                                          "        aliases: [api]\n");
    EXPECT_TRUE(mapped.message().contains(QStringLiteral("\"back\""))) << mapped.toString().toStdString();
    EXPECT_EQ(mapped.location().line, 5);
    EXPECT_EQ(mapped.location().column, 7);

    const Leitstand::Error secret = error("services:\n  app:\n    image: nginx\n    secrets: [token]\n");
    EXPECT_TRUE(secret.message().contains(QStringLiteral("undefined secret \"token\"")))
        << secret.toString().toStdString();
    EXPECT_EQ(secret.location().line, 4);
    EXPECT_EQ(secret.location().column, 15);

    const Leitstand::Error config = error("services:\n  app:\n    image: nginx\n    configs:\n      - source: site\n");
    EXPECT_TRUE(config.message().contains(QStringLiteral("undefined config \"site\"")))
        << config.toString().toStdString();
    EXPECT_EQ(config.location().line, 5);
}

TEST(ProjectNormalizer, NetworkModeExcludesNetworks)
{
    const Leitstand::Error failure = error("services:\n  app:\n    image: nginx\n    network_mode: host\n"
                                           "    networks: [front]\nnetworks:\n  front:\n");
    EXPECT_TRUE(failure.message().contains(QStringLiteral("network_mode"))) << failure.toString().toStdString();
    EXPECT_EQ(failure.location().line, 5);
}

TEST(ProjectNormalizer, UnknownServiceAttributeIsAnError)
{
    const Leitstand::Error failure = error("services:\n  app:\n    image: nginx\n    enviroment:\n      A: 1\n");
    EXPECT_TRUE(failure.message().contains(QStringLiteral("services.app.enviroment")))
        << failure.toString().toStdString();
    EXPECT_EQ(failure.location().line, 4);
    EXPECT_EQ(failure.location().column, 5);
}

TEST(ProjectNormalizer, ServiceWithoutBody)
{
    const QJsonObject document = canonical("services:\n  app:\n");
    EXPECT_EQ(document.value(QStringLiteral("services")),
              json(R"({"app": {"command": null, "entrypoint": null, "networks": {"default": null}}})"));
}

TEST(ProjectNormalizer, ServicesKeepTheirNames)
{
    const QJsonObject services = canonical("services:\n  web.front:\n    image: a\n  db:\n    image: b\n")
                                     .value(QStringLiteral("services"))
                                     .toObject();
    EXPECT_EQ(QJsonValue(QJsonArray::fromStringList(services.keys())), json(R"(["db", "web.front"])"));
}
