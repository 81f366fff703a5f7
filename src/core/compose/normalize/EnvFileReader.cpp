#include "EnvFileReader.h"

#include "../DotEnvParser.h"
#include "NodeConverter.h"
#include "ObjectNormalizer.h"
#include "ValueConverter.h"

#include <QFile>
#include <QFileInfo>

namespace Leitstand::Internal {

namespace {

struct EnvFile
{
    QString path;
    bool required = true;
    QString format;
    YamlMark mark;
};

Expected<EnvFile> describe(const YamlNode &entry, const QString &field, const NormalizeScope &scope)
{
    using Kind = ObjectNormalizer::Kind;
    static constexpr ObjectNormalizer::Field fields[]
        = {{"path", Kind::Text}, {"required", Kind::OptionalBool}, {"format", Kind::Text}};
    EnvFile file;
    file.mark = entry.mark();
    if (entry.isScalar()) {
        file.path = entry.text();
    } else if (entry.isMapping()) {
        auto described = ObjectNormalizer::normalize(entry, field, fields);
        if (!described)
            return described.error();
        file.path = described->value(QStringLiteral("path")).toString();
        file.required = described->value(QStringLiteral("required")).toBool(true);
        file.format = described->value(QStringLiteral("format")).toString();
    } else {
        return NodeConverter::kindError(entry, field, EnvFileReader::tr("a path or a mapping with \"path\""));
    }
    if (file.path.isEmpty())
        return Error(EnvFileReader::tr("\"%1\" needs a path").arg(field), entry.location());
    file.path = scope.paths.absolute(file.path);
    return file;
}

using Entries = std::vector<std::pair<std::string, std::optional<std::string>>>;

Expected<Entries> readRaw(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(EnvFileReader::tr("cannot read the env file: %1").arg(file.errorString()), SourceLocation{path});
    Entries entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (text.trimmed().isEmpty() || text.trimmed().startsWith('#'))
            continue;
        const qsizetype equals = text.indexOf('=');
        if (equals < 0)
            entries.emplace_back(text.trimmed().toStdString(), std::nullopt);
        else
            entries.emplace_back(text.left(equals).trimmed().toStdString(), text.mid(equals + 1).toStdString());
    }
    return entries;
}

} // namespace

Expected<QJsonObject> EnvFileReader::read(const YamlNode &attribute,
                                          const QString &field,
                                          const NormalizeScope &scope,
                                          const VariableLookup &fallback)
{
    std::vector<const YamlNode *> items;
    if (attribute.isSequence()) {
        for (const YamlNode &item : attribute.items())
            items.push_back(&item);
    } else if (!attribute.isNull()) {
        items.push_back(&attribute);
    }

    QJsonObject values;
    const VariableLookup lookup = [&](std::string_view name) -> std::optional<std::string> {
        if (auto value = scope.variable(name))
            return value;
        const QJsonValue read = values.value(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        if (read.isString())
            return read.toString().toStdString();
        return fallback ? fallback(name) : std::nullopt;
    };

    for (const YamlNode *item : items) {
        auto file = describe(*item, field, scope);
        if (!file)
            return file.error();
        if (!QFileInfo(file->path).isFile()) {
            if (!file->required)
                continue;
            return Error(EnvFileReader::tr("\"%1\": env file \"%2\" not found").arg(field, file->path),
                         file->mark.toLocation());
        }
        Expected<Entries> entries = Entries{};
        if (file->format == QLatin1String("raw"))
            entries = readRaw(file->path);
        else if (file->format.isEmpty() || file->format == QLatin1String("dotenv"))
            entries = DotEnvParser::parseFile(file->path, lookup);
        else
            return Error(
                EnvFileReader::tr("\"%1\": unknown env file format \"%2\" (dotenv or raw)").arg(field, file->format),
                file->mark.toLocation());
        if (!entries)
            return entries.error();
        for (const auto &[key, value] : *entries) {
            const std::optional<std::string> resolved = value ? value : lookup(key);
            if (resolved)
                values.insert(QString::fromStdString(key), QString::fromStdString(*resolved));
        }
    }
    return values;
}

} // namespace Leitstand::Internal
