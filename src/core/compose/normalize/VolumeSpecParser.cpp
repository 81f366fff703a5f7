#include "VolumeSpecParser.h"

#include "NodeConverter.h"
#include "ObjectNormalizer.h"

#include <QDir>

#include <algorithm>
#include <array>

namespace Leitstand::Internal {

namespace {

bool isHostPath(const QString &source)
{
    return source.startsWith(QLatin1Char('.')) || source.startsWith(QLatin1Char('/'))
           || source.startsWith(QLatin1Char('~')) || source.startsWith(QLatin1String("\\\\"));
}

bool isPropagation(const QString &option)
{
    static const std::array<QLatin1String, 6> modes{QLatin1String("rprivate"),
                                                    QLatin1String("private"),
                                                    QLatin1String("rshared"),
                                                    QLatin1String("shared"),
                                                    QLatin1String("rslave"),
                                                    QLatin1String("slave")};
    return std::find(modes.cbegin(), modes.cend(), option) != modes.cend();
}

// Go's path.Clean, except that compose leaves an empty target empty.
QString cleanTarget(const QString &target)
{
    return target.isEmpty() ? target : QDir::cleanPath(target);
}

} // namespace

Expected<QJsonObject> VolumeSpecParser::parseShort(const YamlNode &spec,
                                                   const QString &field,
                                                   const HostPathResolver &paths)
{
    const QString raw = spec.text();
    auto invalid = [&](const QString &reason) {
        return Error(VolumeSpecParser::tr("\"%1\": invalid volume \"%2\": %3").arg(field, raw, reason),
                     spec.location());
    };
    if (raw.isEmpty())
        return invalid(VolumeSpecParser::tr("the specification is empty"));
    // Compose takes one or two characters as an anonymous volume's target without parsing.
    if (raw.size() <= 2) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("volume")},
                           {QStringLiteral("target"), cleanTarget(raw)}};
    }

    const QStringList sections = raw.split(QLatin1Char(':'));
    if (sections.contains(QString()))
        return invalid(VolumeSpecParser::tr("an empty section between colons"));
    if (sections.size() > 3)
        return invalid(VolumeSpecParser::tr("too many colons"));

    QString source;
    QString target;
    QString mode;
    if (sections.size() == 1) {
        target = sections.at(0);
    } else {
        source = sections.at(0);
        target = sections.at(1);
        mode = sections.value(2);
    }

    QJsonObject volume;
    QJsonObject bind;
    QJsonObject volumeOptions;
    bool hasVolumeOptions = false;
    bool hasBindOptions = false;
    for (const QString &option : mode.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (option == QLatin1String("ro")) {
            volume.insert(QStringLiteral("read_only"), true);
        } else if (option == QLatin1String("rw")) {
            volume.remove(QStringLiteral("read_only"));
        } else if (option == QLatin1String("nocopy")) {
            volumeOptions.insert(QStringLiteral("nocopy"), true);
            hasVolumeOptions = true;
        } else if (option == QLatin1String("z") || option == QLatin1String("Z")) {
            bind.insert(QStringLiteral("selinux"), option);
            hasBindOptions = true;
        } else if (isPropagation(option)) {
            bind.insert(QStringLiteral("propagation"), option);
            hasBindOptions = true;
        }
        // Compose ignores options it does not know (such as "cached" or "delegated").
    }

    if (isHostPath(source)) {
        volume.insert(QStringLiteral("type"), QStringLiteral("bind"));
        volume.insert(QStringLiteral("source"), paths.absolute(source));
        bind.insert(QStringLiteral("create_host_path"), true);
        volume.insert(QStringLiteral("bind"), bind);
        if (hasVolumeOptions)
            volume.insert(QStringLiteral("volume"), volumeOptions);
    } else {
        volume.insert(QStringLiteral("type"), QStringLiteral("volume"));
        if (!source.isEmpty())
            volume.insert(QStringLiteral("source"), source);
        volume.insert(QStringLiteral("volume"), volumeOptions);
        if (hasBindOptions)
            volume.insert(QStringLiteral("bind"), bind);
    }
    volume.insert(QStringLiteral("target"), cleanTarget(target));
    return volume;
}

Expected<QJsonObject> VolumeSpecParser::normalizeLong(const YamlNode &entry,
                                                      const QString &field,
                                                      const HostPathResolver &paths)
{
    using Kind = ObjectNormalizer::Kind;
    static constexpr ObjectNormalizer::Field fields[] = {{"type", Kind::Text},
                                                         {"source", Kind::Text},
                                                         {"target", Kind::Text},
                                                         {"read_only", Kind::Bool},
                                                         {"consistency", Kind::Text},
                                                         {"bind", Kind::Custom},
                                                         {"volume", Kind::Custom},
                                                         {"tmpfs", Kind::Custom},
                                                         {"image", Kind::Custom}};
    static constexpr ObjectNormalizer::Field bindFields[] = {{"propagation", Kind::Text},
                                                             {"create_host_path", Kind::OptionalBool},
                                                             {"selinux", Kind::Text},
                                                             {"recursive", Kind::Text}};
    static constexpr ObjectNormalizer::Field volumeFields[]
        = {{"labels", Kind::Mapping}, {"nocopy", Kind::Bool}, {"subpath", Kind::Text}};
    static constexpr ObjectNormalizer::Field tmpfsFields[] = {{"size", Kind::Bytes}, {"mode", Kind::Integer}};
    static constexpr ObjectNormalizer::Field imageFields[] = {{"subpath", Kind::Text}};

    auto volume = ObjectNormalizer::normalize(entry, field, fields);
    if (!volume)
        return volume.error();
    const QString type = volume->value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return Error(VolumeSpecParser::tr("\"%1\": a volume in the long form needs a \"type\"").arg(field),
                     entry.location());

    auto section = [&](const char *key, std::span<const ObjectNormalizer::Field> sectionFields) -> Outcome {
        const YamlNode *node = entry.find(key);
        if (!node || node->isNull())
            return Success{};
        auto converted
            = ObjectNormalizer::normalize(*node, field + QLatin1Char('.') + QLatin1String(key), sectionFields);
        if (!converted)
            return converted.error();
        // Only an explicit "create_host_path: false" turns the default off, and it stays in the
        // output: compose up to late 2025 dropped it there, losing the opt-out (compose-go #836).
        if (qstrcmp(key, "bind") == 0) {
            const YamlNode *create = node->find("create_host_path");
            if (!create || create->isNull())
                converted->insert(QStringLiteral("create_host_path"), true);
        }
        volume->insert(QLatin1String(key), *converted);
        return Success{};
    };
    if (const Outcome done = section("bind", bindFields); !done)
        return done.error();
    if (const Outcome done = section("volume", volumeFields); !done)
        return done.error();
    if (const Outcome done = section("tmpfs", tmpfsFields); !done)
        return done.error();
    if (const Outcome done = section("image", imageFields); !done)
        return done.error();

    if (type == QLatin1String("bind")) {
        const QString source = volume->value(QStringLiteral("source")).toString();
        if (source.isEmpty())
            return Error(VolumeSpecParser::tr("\"%1\": a bind mount needs a \"source\"").arg(field), entry.location());
        volume->insert(QStringLiteral("source"), paths.absolute(source));
    }
    return volume;
}

Expected<QJsonObject> VolumeSpecParser::normalize(const YamlNode &entry,
                                                  const QString &field,
                                                  const HostPathResolver &paths)
{
    if (entry.isScalar())
        return parseShort(entry, field, paths);
    if (entry.isMapping())
        return normalizeLong(entry, field, paths);
    return NodeConverter::kindError(entry, field, VolumeSpecParser::tr("a volume specification or a mapping"));
}

} // namespace Leitstand::Internal
