// Service volumes: the short forms (named, bind with relative, absolute and home paths,
// anonymous, modes), the long form, and the checks against top-level volumes.
#include "NormalizerTestSupport.h"

#include <QDir>

using namespace NormalizerTest;

namespace {

QJsonValue volumes(const char *entries, const char *topLevel = "volumes:\n  data:\n")
{
    return canonical(QByteArray("services:\n  app:\n    image: postgres\n    volumes:\n") + entries + topLevel)
        .value(QStringLiteral("services"))
        .toObject()
        .value(QStringLiteral("app"))
        .toObject()
        .value(QStringLiteral("volumes"));
}

} // namespace

TEST(ProjectNormalizerVolumes, NamedVolume)
{
    EXPECT_EQ(volumes("      - data:/var/lib/postgresql/data\n"),
              json(R"([{"type": "volume", "source": "data", "target": "/var/lib/postgresql/data", "volume": {}}])"));
}

TEST(ProjectNormalizerVolumes, RelativeBindBecomesAbsoluteAndReadOnly)
{
    EXPECT_EQ(volumes("      - ./rel:/path:ro\n"),
              json(R"([{"type": "bind", "source": "/srv/shop/rel", "target": "/path", "read_only": true,
                        "bind": {"create_host_path": true}}])"));
    EXPECT_EQ(volumes("      - ../shared/./conf/:/etc/conf/\n"),
              json(R"([{"type": "bind", "source": "/srv/shared/conf", "target": "/etc/conf",
                        "bind": {"create_host_path": true}}])"));
}

TEST(ProjectNormalizerVolumes, AbsoluteBindWithModes)
{
    EXPECT_EQ(volumes("      - /abs:/path:rw,z\n"), json(R"([{"type": "bind", "source": "/abs", "target": "/path",
                        "bind": {"create_host_path": true, "selinux": "z"}}])"));
    EXPECT_EQ(volumes("      - /var/run/docker.sock:/var/run/docker.sock:ro,rshared,cached\n"),
              json(R"([{"type": "bind", "source": "/var/run/docker.sock", "target": "/var/run/docker.sock",
                        "read_only": true, "bind": {"create_host_path": true, "propagation": "rshared"}}])"));
}

TEST(ProjectNormalizerVolumes, HomeFolderBind)
{
    const QJsonArray list = volumes("      - ~/x:/y\n").toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("source")).toString(),
              QDir::homePath() + QStringLiteral("/x"));
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("bind"));
}

TEST(ProjectNormalizerVolumes, AnonymousVolume)
{
    EXPECT_EQ(volumes("      - /path\n"), json(R"([{"type": "volume", "target": "/path", "volume": {}}])"));
    EXPECT_EQ(volumes("      - /path/\n"), json(R"([{"type": "volume", "target": "/path", "volume": {}}])"));
}

TEST(ProjectNormalizerVolumes, NamedVolumeWithNoCopy)
{
    EXPECT_EQ(volumes("      - data:/data:nocopy\n"),
              json(R"([{"type": "volume", "source": "data", "target": "/data", "volume": {"nocopy": true}}])"));
}

TEST(ProjectNormalizerVolumes, LongForm)
{
    EXPECT_EQ(
        volumes("      - type: bind\n        source: ./site\n        target: /usr/share/nginx/html\n"
                "        read_only: true\n        bind:\n          propagation: rprivate\n"
                "      - type: bind\n        source: /etc/hosts\n        target: /etc/hosts\n"
                "        bind:\n          create_host_path: false\n"
                "      - type: volume\n        source: data\n        target: /data\n"
                "        volume:\n          nocopy: yes\n          subpath: pg\n"
                "      - type: tmpfs\n        target: /run\n        tmpfs:\n          size: 64m\n"),
        json(R"([{"type": "bind", "source": "/srv/shop/site", "target": "/usr/share/nginx/html", "read_only": true,
                        "bind": {"propagation": "rprivate", "create_host_path": true}},
                       {"type": "bind", "source": "/etc/hosts", "target": "/etc/hosts", "bind": {"create_host_path": false}},
                       {"type": "volume", "source": "data", "target": "/data", "volume": {"nocopy": true, "subpath": "pg"}},
                       {"type": "tmpfs", "target": "/run", "tmpfs": {"size": "67108864"}}])"));
}

TEST(ProjectNormalizerVolumes, LongFormBindWithoutBindSectionHasNone)
{
    const QJsonObject mount
        = volumes("      - type: bind\n        source: /a\n        target: /b\n").toArray().first().toObject();
    EXPECT_FALSE(mount.contains(QStringLiteral("bind")));
    // An explicit false is kept apart from the default.
    const QJsonObject off = volumes("      - type: bind\n        source: /a\n        target: /b\n"
                                    "        bind: {create_host_path: false}\n")
                                .toArray()
                                .first()
                                .toObject();
    EXPECT_EQ(off.value(QStringLiteral("bind")), json(R"({"create_host_path": false})"));
}

TEST(ProjectNormalizerVolumes, UsedVolumesGetProjectNames)
{
    const QJsonObject document = canonical("services:\n  app:\n    image: postgres\n    volumes: [data:/data]\n"
                                           "volumes:\n  data:\n  unused:\n  legacy:\n    external: true\n");
    EXPECT_EQ(document.value(QStringLiteral("volumes")), json(R"({"data": {"name": "shop_data"}})"));
}

TEST(ProjectNormalizerVolumes, UndefinedNamedVolumeIsAnError)
{
    const Leitstand::Error failure
        = error("services:\n  app:\n    image: postgres\n    volumes:\n      - pgdata:/data\n");
    EXPECT_TRUE(failure.message().contains(QStringLiteral("undefined volume \"pgdata\"")))
        << failure.toString().toStdString();
    EXPECT_TRUE(failure.message().contains(QStringLiteral("\"app\""))) << failure.toString().toStdString();
    EXPECT_EQ(failure.location().line, 5);
    EXPECT_EQ(failure.location().column, 9);
}

TEST(ProjectNormalizerVolumes, BadSpecifications)
{
    const Leitstand::Error colons = error("services:\n  app:\n    image: a\n    volumes:\n      - ./a:/b:ro:extra\n");
    EXPECT_TRUE(colons.message().contains(QStringLiteral("too many colons"))) << colons.toString().toStdString();
    EXPECT_EQ(colons.location().line, 5);

    const Leitstand::Error empty = error("services:\n  app:\n    image: a\n    volumes:\n      - ./a::ro\n");
    EXPECT_TRUE(empty.message().contains(QStringLiteral("empty section"))) << empty.toString().toStdString();

    const Leitstand::Error type = error("services:\n  app:\n    image: a\n    volumes:\n      - target: /b\n");
    EXPECT_TRUE(type.message().contains(QStringLiteral("\"type\""))) << type.toString().toStdString();

    const Leitstand::Error readOnly = error("services:\n  app:\n    image: a\n    volumes:\n"
                                            "      - type: bind\n        source: /a\n        target: /b\n"
                                            "        read_only: maybe\n");
    EXPECT_TRUE(readOnly.message().contains(QStringLiteral("read_only"))) << readOnly.toString().toStdString();
    EXPECT_TRUE(readOnly.message().contains(QStringLiteral("\"maybe\""))) << readOnly.toString().toStdString();
    EXPECT_EQ(readOnly.location().line, 8);
    EXPECT_EQ(readOnly.location().column, 20);
}
