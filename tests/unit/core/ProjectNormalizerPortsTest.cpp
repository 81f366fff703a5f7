// Ports: every short form compose accepts, ranges, IPv6 host addresses, protocols, the long
// form and located errors for bad specifications.
#include "NormalizerTestSupport.h"

using namespace NormalizerTest;

namespace {

QJsonValue ports(const char *entries)
{
    return service(QByteArray("services:\n  app:\n    image: nginx\n    ports:\n") + entries)
        .value(QStringLiteral("ports"));
}

} // namespace

TEST(ProjectNormalizerPorts, ContainerPortOnly)
{
    EXPECT_EQ(ports("      - \"80\"\n"), json(R"([{"mode": "ingress", "target": 80, "protocol": "tcp"}])"));
    EXPECT_EQ(ports("      - 80\n"), json(R"([{"mode": "ingress", "target": 80, "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, HostAndContainerPort)
{
    EXPECT_EQ(ports("      - \"8080:80\"\n"),
              json(R"([{"mode": "ingress", "target": 80, "published": "8080", "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, HostAddresses)
{
    EXPECT_EQ(
        ports("      - \"127.0.0.1:8080:80\"\n"),
        json(R"([{"mode": "ingress", "host_ip": "127.0.0.1", "target": 80, "published": "8080", "protocol": "tcp"}])"));
    EXPECT_EQ(ports("      - \"[::1]:8080:80\"\n"),
              json(R"([{"mode": "ingress", "host_ip": "::1", "target": 80, "published": "8080", "protocol": "tcp"}])"));
    // Docker takes everything before the last two parts as the address, brackets or not.
    EXPECT_EQ(ports("      - \"::1:8080:80\"\n"),
              json(R"([{"mode": "ingress", "host_ip": "::1", "target": 80, "published": "8080", "protocol": "tcp"}])"));
    EXPECT_EQ(
        ports("      - \"[fd00::10]:53:53/udp\"\n"),
        json(R"([{"mode": "ingress", "host_ip": "fd00::10", "target": 53, "published": "53", "protocol": "udp"}])"));
}

TEST(ProjectNormalizerPorts, RandomHostPortOnAnAddress)
{
    EXPECT_EQ(ports("      - \"127.0.0.1::80\"\n"),
              json(R"([{"mode": "ingress", "host_ip": "127.0.0.1", "target": 80, "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, Protocols)
{
    EXPECT_EQ(ports("      - \"8080:80/udp\"\n      - \"6060:6060/udp\"\n      - \"9000/SCTP\"\n      - \"81/\"\n"),
              json(R"([{"mode": "ingress", "target": 80, "published": "8080", "protocol": "udp"},
                       {"mode": "ingress", "target": 6060, "published": "6060", "protocol": "udp"},
                       {"mode": "ingress", "target": 9000, "protocol": "sctp"},
                       {"mode": "ingress", "target": 81, "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, RangesExpandToOneEntryPerPort)
{
    EXPECT_EQ(ports("      - \"8000-8002:8000-8002\"\n"),
              json(R"([{"mode": "ingress", "target": 8000, "published": "8000", "protocol": "tcp"},
                       {"mode": "ingress", "target": 8001, "published": "8001", "protocol": "tcp"},
                       {"mode": "ingress", "target": 8002, "published": "8002", "protocol": "tcp"}])"));
    EXPECT_EQ(ports("      - \"9090-9091:8080-8081\"\n"),
              json(R"([{"mode": "ingress", "target": 8080, "published": "9090", "protocol": "tcp"},
                       {"mode": "ingress", "target": 8081, "published": "9091", "protocol": "tcp"}])"));
    EXPECT_EQ(ports("      - \"3000-3001\"\n"), json(R"([{"mode": "ingress", "target": 3000, "protocol": "tcp"},
                       {"mode": "ingress", "target": 3001, "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, HostRangeForOneContainerPortStaysARange)
{
    EXPECT_EQ(ports("      - \"8000-8010:80\"\n"),
              json(R"([{"mode": "ingress", "target": 80, "published": "8000-8010", "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, RangeOrderFollowsComposeTextSort)
{
    const QJsonArray expanded = ports("      - \"9998-10001:9998-10001\"\n").toArray();
    ASSERT_EQ(expanded.size(), 4);
    EXPECT_EQ(expanded.at(0).toObject().value(QStringLiteral("target")), QJsonValue(10000));
    EXPECT_EQ(expanded.at(1).toObject().value(QStringLiteral("target")), QJsonValue(10001));
    EXPECT_EQ(expanded.at(2).toObject().value(QStringLiteral("target")), QJsonValue(9998));
    EXPECT_EQ(expanded.at(3).toObject().value(QStringLiteral("published")), QJsonValue(QStringLiteral("9999")));
}

TEST(ProjectNormalizerPorts, LongForm)
{
    EXPECT_EQ(ports("      - target: 3000\n"
                    "        published: 3000\n"
                    "        host_ip: 100.64.0.10\n"
                    "        mode: host\n"
                    "        name: web\n"
                    "        app_protocol: http\n"
                    "        x-note: dropped\n"
                    "      - target: \"5432\"\n"),
              json(R"([{"mode": "host", "host_ip": "100.64.0.10", "target": 3000, "published": "3000",
                        "protocol": "tcp", "name": "web", "app_protocol": "http"},
                       {"mode": "ingress", "target": 5432, "protocol": "tcp"}])"));
}

TEST(ProjectNormalizerPorts, ShortAndLongFormsKeepTheirOrder)
{
    const QJsonArray list = ports("      - \"1000:1\"\n      - target: 2\n      - \"3000:3\"\n").toArray();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("target")), QJsonValue(2));
}

namespace {

struct BadPort
{
    const char *spec;
    const char *message;
};

class ProjectNormalizerBadPorts : public testing::TestWithParam<BadPort>
{};

} // namespace

TEST_P(ProjectNormalizerBadPorts, ErrorNamesTheSpecAndItsPlace)
{
    const Leitstand::Error failure
        = error(QByteArray("services:\n  app:\n    image: nginx\n    ports:\n      - \"") + GetParam().spec + "\"\n");
    EXPECT_TRUE(failure.message().contains(QString::fromUtf8(GetParam().spec))) << failure.toString().toStdString();
    EXPECT_TRUE(failure.message().contains(QString::fromUtf8(GetParam().message))) << failure.toString().toStdString();
    EXPECT_TRUE(failure.message().contains(QStringLiteral("services.app.ports"))) << failure.toString().toStdString();
    EXPECT_EQ(failure.location().file, QStringLiteral("compose.yaml"));
    EXPECT_EQ(failure.location().line, 5);
    EXPECT_EQ(failure.location().column, 9);
}

INSTANTIATE_TEST_SUITE_P(Specs,
                         ProjectNormalizerBadPorts,
                         testing::Values(BadPort{"abc", "not a port"},
                                         BadPort{"70000", "not a port"},
                                         BadPort{"80:80:80:80", "not an IP address"},
                                         BadPort{"999.0.0.1:80:80", "not an IP address"},
                                         BadPort{"[::1:8080:80", "closing"},
                                         BadPort{"8080:", "no container port"},
                                         BadPort{"8080:80/xyz", "unknown protocol"},
                                         BadPort{"9090-9092:8080-8081", "differ in length"},
                                         BadPort{"8002-8000:80", "not a port"}));

TEST(ProjectNormalizerPorts, LongFormErrors)
{
    const Leitstand::Error target = error("services:\n  app:\n    image: nginx\n    ports:\n      - target: http\n");
    EXPECT_TRUE(target.message().contains(QStringLiteral("services.app.ports.target")))
        << target.toString().toStdString();
    EXPECT_TRUE(target.message().contains(QStringLiteral("integer"))) << target.toString().toStdString();
    EXPECT_EQ(target.location().line, 5);
    EXPECT_EQ(target.location().column, 17);

    const Leitstand::Error unknown = error("services:\n  app:\n    image: nginx\n    ports:\n      - target: 80\n"
                                           "        hostport: 80\n");
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("hostport"))) << unknown.toString().toStdString();
    EXPECT_EQ(unknown.location().line, 6);

    const Leitstand::Error kind = error("services:\n  app:\n    image: nginx\n    ports: \"80:80\"\n");
    EXPECT_TRUE(kind.message().contains(QStringLiteral("must be a list"))) << kind.toString().toStdString();
    EXPECT_EQ(kind.location().line, 4);
}
