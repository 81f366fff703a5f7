#include "PortsTestSupport.h"

#include "core/analysis/ports/PortMatrix.h"

using namespace Leitstand;
using namespace Leitstand::Analysis;
using Leitstand::PortsTest::TemporaryProject;

namespace {

PortMatrixBinding row(
    const char *service, const char *hostIp, int published, int target, const char *protocol, PortExposure exposure)
{
    return {QStringLiteral("sample"),
            QString::fromLatin1(service),
            QString::fromLatin1(hostIp),
            published,
            target,
            QString::fromLatin1(protocol),
            exposure};
}

PortConflictParty party(const char *stack, const char *service, const char *hostIp, int target)
{
    return {QString::fromLatin1(stack), QString::fromLatin1(service), QString::fromLatin1(hostIp), target};
}

} // namespace

TEST(PortMatrixTest, EveryFormBecomesRowsWithExposure)
{
    const TemporaryProject sample("services:\n"
                                  "  web:\n"
                                  "    image: nginx\n"
                                  "    ports:\n"
                                  "      - \"8080:80\"\n"
                                  "      - \"127.0.0.1:8443:443\"\n"
                                  "      - \"[::1]:9000:9000/udp\"\n"
                                  "      - \"100.64.0.10:3000-3001:3000-3001\"\n"
                                  "      - \"7000-7002:7000\"\n"
                                  "      - \"5000\"\n"
                                  "      - target: 53\n"
                                  "        published: \"53\"\n"
                                  "        host_ip: 192.168.1.2\n"
                                  "        protocol: udp\n"
                                  "    expose: [\"9100\", \"9200-9201/udp\"]\n");
    const PortMatrix matrix = PortMatrix::build(sample.project());
    const QList<PortMatrixBinding> expected{
        row("web", "", 8080, 80, "tcp", PortExposure::Public),
        row("web", "127.0.0.1", 8443, 443, "tcp", PortExposure::Loopback),
        row("web", "::1", 9000, 9000, "udp", PortExposure::Loopback),
        row("web", "100.64.0.10", 3000, 3000, "tcp", PortExposure::Tailnet),
        row("web", "100.64.0.10", 3001, 3001, "tcp", PortExposure::Tailnet),
        row("web", "", 7000, 7000, "tcp", PortExposure::Public),
        row("web", "", 7001, 7000, "tcp", PortExposure::Public),
        row("web", "", 7002, 7000, "tcp", PortExposure::Public),
        row("web", "", -1, 5000, "tcp", PortExposure::Public),
        row("web", "192.168.1.2", 53, 53, "udp", PortExposure::Private),
        row("web", "", -1, 9100, "tcp", PortExposure::Internal),
        row("web", "", -1, 9200, "udp", PortExposure::Internal),
        row("web", "", -1, 9201, "udp", PortExposure::Internal),
    };
    EXPECT_EQ(matrix.bindings, expected);
    EXPECT_TRUE(matrix.conflicts.isEmpty());
}

TEST(PortMatrixTest, ClashesNeedTheSamePortProtocolAndOverlappingAddresses)
{
    const TemporaryProject sample("services:\n"
                                  "  all:\n    image: a\n    ports: [\"80:80\", \"53:53/udp\"]\n"
                                  "  local:\n    image: b\n    ports: [\"127.0.0.1:80:8080\"]\n"
                                  "  tcpdns:\n    image: c\n    ports: [\"53:53/tcp\"]\n"
                                  "  lo1:\n    image: d\n    ports: [\"127.0.0.1:9000:9000\"]\n"
                                  "  lo2:\n    image: e\n    ports: [\"127.0.0.2:9000:9000\"]\n"
                                  "  v4any:\n    image: f\n    ports: [\"0.0.0.0:7000:7000\"]\n"
                                  "  v6lo:\n    image: g\n    ports: [\"[::1]:7000:7000\"]\n"
                                  "  v6any:\n    image: h\n    ports: [\"[::]:6000:6000\"]\n"
                                  "  tail:\n    image: i\n    ports: [\"100.64.0.10:6000:6000\"]\n");
    const PortMatrix matrix = PortMatrix::build(sample.project());
    // Services load sorted by name: all, local, lo1, lo2, tail, tcpdns, v4any, v6any, v6lo.
    const QList<PortConflict> expected{
        {QStringLiteral("::"),
         6000,
         QStringLiteral("tcp"),
         {party("sample", "tail", "100.64.0.10", 6000), party("sample", "v6any", "::", 6000)}},
        {QString(),
         80,
         QStringLiteral("tcp"),
         {party("sample", "all", "", 80), party("sample", "local", "127.0.0.1", 8080)}},
    };
    ASSERT_EQ(matrix.conflicts.size(), 2);
    EXPECT_EQ(matrix.conflicts.at(0).published, 80);
    EXPECT_EQ(matrix.conflicts.at(0), expected.at(1));
    EXPECT_EQ(matrix.conflicts.at(1), expected.at(0));
}

TEST(PortMatrixTest, OverlapIsGroupedThroughTheWildcard)
{
    // 127.0.0.1 and 10.0.0.1 do not overlap each other, but both overlap 0.0.0.0: one clash.
    const TemporaryProject sample("services:\n"
                                  "  a:\n    image: a\n    ports: [\"127.0.0.1:8000:80\"]\n"
                                  "  b:\n    image: b\n    ports: [\"10.0.0.1:8000:80\"]\n"
                                  "  c:\n    image: c\n    ports: [\"0.0.0.0:8000:80\"]\n");
    const PortMatrix matrix = PortMatrix::build(sample.project());
    ASSERT_EQ(matrix.conflicts.size(), 1);
    EXPECT_EQ(matrix.conflicts.first().hostIp, QStringLiteral("0.0.0.0"));
    EXPECT_EQ(matrix.conflicts.first().parties.size(), 3);
}

TEST(PortMatrixTest, DualStackBindingOfOneServiceIsNoClash)
{
    const TemporaryProject sample("services:\n"
                                  "  proxy:\n    image: caddy\n"
                                  "    ports: [\"0.0.0.0:443:443\", \"[::]:443:443\", \"443:443/udp\"]\n"
                                  "  twice:\n    image: x\n    ports: [\"8080:80\", \"8080:81\"]\n");
    const PortMatrix matrix = PortMatrix::build(sample.project());
    ASSERT_EQ(matrix.conflicts.size(), 1);
    EXPECT_EQ(matrix.conflicts.first().published, 8080);
    EXPECT_EQ(matrix.conflicts.first().parties,
              (QList<PortConflictParty>{party("sample", "twice", "", 80), party("sample", "twice", "", 81)}));
}

TEST(PortMatrixTest, ClashesAcrossStacksOfOneHost)
{
    const TemporaryProject infra("services:\n  proxy:\n    image: caddy\n    ports: [\"80:80\", \"443:443\"]\n",
                                 QStringLiteral("infra"));
    const TemporaryProject apps("services:\n"
                                "  admin:\n    image: x\n    ports: [\"127.0.0.1:443:8443\"]\n"
                                "  web:\n    image: y\n    ports: [\"127.0.0.1:8080:80\"]\n",
                                QStringLiteral("apps"));
    const PortMatrix matrix = PortMatrix::buildForHost({infra.project(), apps.project()});
    ASSERT_EQ(matrix.bindings.size(), 4);
    EXPECT_EQ(matrix.bindings.at(0).stack, QStringLiteral("infra"));
    EXPECT_EQ(matrix.bindings.at(3).stack, QStringLiteral("apps"));
    ASSERT_EQ(matrix.conflicts.size(), 1);
    EXPECT_EQ(matrix.conflicts.first(),
              (PortConflict{QString(),
                            443,
                            QStringLiteral("tcp"),
                            {party("infra", "proxy", "", 443), party("apps", "admin", "127.0.0.1", 8443)}}));
    // Each stack alone is clean.
    EXPECT_TRUE(PortMatrix::build(infra.project()).conflicts.isEmpty());
    EXPECT_TRUE(PortMatrix::build(apps.project()).conflicts.isEmpty());
}
