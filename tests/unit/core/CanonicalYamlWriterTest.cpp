// The YAML twin of the canonical document: re-read with our own reader, every value keeps its
// type (quoted strings stay strings, numbers and booleans stay plain) and the JSON-only parts
// are gone.
#include "NormalizerTestSupport.h"

#include "core/compose/CanonicalYamlWriter.h"

using namespace Leitstand;
using namespace NormalizerTest;

namespace {

// JSON from a re-read YAML tree, with the types YAML gives plain scalars.
QJsonValue typed(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return QJsonValue::Null;
    case YamlNode::Kind::Scalar: {
        if (node.isQuoted())
            return node.text();
        if (node.scalar() == "true" || node.scalar() == "false")
            return node.scalar() == "true";
        bool isNumber = false;
        const double number = node.text().toDouble(&isNumber);
        return isNumber ? QJsonValue(number) : QJsonValue(node.text());
    }
    case YamlNode::Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &item : node.items())
            array.append(typed(item));
        return array;
    }
    case YamlNode::Kind::Mapping: {
        QJsonObject object;
        for (const YamlNode::Entry &entry : node.entries())
            object.insert(QString::fromStdString(entry.key), typed(entry.value));
        return object;
    }
    }
    return {};
}

const QByteArray kYaml = R"(services:
  app:
    image: "nginx:1.27"
    ports: ["8080:80", "127.0.0.1::53/udp"]
    environment:
      PORT: "8080"
      FLAG: "on"
      TRUTH: "true"
      MODE: "0755"
      EMPTY: ""
      NOTHING: "null"
      FLOATY: "1e3"
      TEXT: plain text
      MULTI: "line one\nline two"
      UNSET:
    labels: ["y=n"]
    command: ["echo", "~"]
    deploy:
      replicas: 2
    healthcheck:
      test: curl -f localhost
      interval: 90s
  db:
    image: postgres
    network_mode: host
    volumes: [data:/var/lib/postgresql/data]
    deploy:
      resources:
        limits: {cpus: "1.5"}
volumes:
  data:
networks:
  front:
)";

} // namespace

TEST(CanonicalYamlWriter, ReadsBackToTheSameDocument)
{
    const QJsonObject document = canonical(kYaml);
    const QByteArray text = CanonicalYamlWriter::write(document);
    auto reread = YamlReader::readText(text, QStringLiteral("canonical.yaml"));
    ASSERT_TRUE(reread.hasValue()) << reread.error().toString().toStdString() << "\n" << text.toStdString();

    // What compose's YAML leaves out: null command/entrypoint, empty ipam, resources, placement.
    QJsonObject expected = document;
    QJsonObject services = expected.value(QStringLiteral("services")).toObject();
    for (const QString &name : services.keys()) {
        QJsonObject service = services.value(name).toObject();
        for (const QString &key : {QStringLiteral("command"), QStringLiteral("entrypoint")}) {
            if (service.value(key).isNull())
                service.remove(key);
        }
        QJsonObject deploy = service.value(QStringLiteral("deploy")).toObject();
        for (const QString &key : {QStringLiteral("resources"), QStringLiteral("placement")}) {
            if (deploy.value(key).toObject().isEmpty())
                deploy.remove(key);
        }
        if (service.contains(QStringLiteral("deploy")))
            service.insert(QStringLiteral("deploy"), deploy);
        services.insert(name, service);
    }
    expected.insert(QStringLiteral("services"), services);
    QJsonObject networks = expected.value(QStringLiteral("networks")).toObject();
    for (const QString &name : networks.keys()) {
        QJsonObject network = networks.value(name).toObject();
        network.remove(QStringLiteral("ipam"));
        networks.insert(name, network);
    }
    expected.insert(QStringLiteral("networks"), networks);

    EXPECT_EQ(typed(*reread), QJsonValue(expected)) << text.toStdString();
}

TEST(CanonicalYamlWriter, QuotesStringsThatYamlWouldRetype)
{
    const QByteArray text = CanonicalYamlWriter::write(canonical(kYaml));
    for (const char *quoted : {"PORT: \"8080\"",
                               "FLAG: \"on\"",
                               "TRUTH: \"true\"",
                               "MODE: \"0755\"",
                               "EMPTY: \"\"",
                               "NOTHING: \"null\"",
                               "FLOATY: \"1e3\"",
                               "published: \"8080\"",
                               "\"y\": \"n\"",
                               "- \"~\""}) {
        EXPECT_TRUE(text.contains(quoted)) << quoted << "\n" << text.toStdString();
    }
    for (const char *plain : {"target: 80",
                              "replicas: 2",
                              "cpus: 1.5",
                              "UNSET: null",
                              "TEXT: plain text",
                              "image: nginx:1.27",
                              "interval: 1m30s",
                              "name: shop"}) {
        EXPECT_TRUE(text.contains(plain)) << plain << "\n" << text.toStdString();
    }
}

TEST(CanonicalYamlWriter, TopLevelOrderAndJsonOnlyParts)
{
    const QByteArray text = CanonicalYamlWriter::write(canonical(kYaml));
    EXPECT_TRUE(text.startsWith("name: shop\nservices:\n")) << text.toStdString();
    EXPECT_LT(text.indexOf("\nnetworks:"), text.indexOf("\nvolumes:"));
    EXPECT_FALSE(text.contains("ipam")) << text.toStdString();
    EXPECT_FALSE(text.contains("placement")) << text.toStdString();
    EXPECT_FALSE(text.contains("entrypoint")) << text.toStdString();
    EXPECT_TRUE(text.endsWith('\n'));
}
