#include "ObjectNormalizer.h"

#include "NodeConverter.h"
#include "ShellWords.h"
#include "ValueConverter.h"

#include <QJsonArray>

namespace Leitstand::Internal {

namespace {

template<typename T>
QJsonValue unless(const T &value, const T &omitted)
{
    return value == omitted ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value);
}

Expected<QJsonValue> command(const YamlNode &value, const QString &field)
{
    if (value.isSequence()) {
        auto list = NodeConverter::stringList(value, field);
        if (!list)
            return list.error();
        return QJsonValue(*list);
    }
    if (!value.isScalar())
        return NodeConverter::kindError(value, field, ObjectNormalizer::tr("a string or a list"));
    const auto words = ShellWords::split(value.scalar());
    if (!words) {
        return Error(
            ObjectNormalizer::tr("\"%1\": cannot split \"%2\" into words (unbalanced quotes, or a parenthesis outside "
                                 "\"$(...)\"); write it as a list")
                .arg(field, value.text()),
            value.location());
    }
    return QJsonValue(QJsonArray::fromStringList(*words));
}

template<typename T>
Expected<QJsonValue> wrap(Expected<T> converted, const T &omitted)
{
    if (!converted)
        return converted.error();
    return unless(*converted, omitted);
}

Expected<QJsonValue> collection(Expected<QJsonArray> converted)
{
    if (!converted)
        return converted.error();
    return converted->isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(*converted);
}

Expected<QJsonValue> collection(Expected<QJsonObject> converted)
{
    if (!converted)
        return converted.error();
    return converted->isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(*converted);
}

} // namespace

QString ObjectNormalizer::join(const QString &path, std::string_view key)
{
    const QString name = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

Expected<QJsonValue> ObjectNormalizer::convert(const YamlNode &value, const QString &field, Kind kind)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Undefined);
    switch (kind) {
    case Kind::Text:
        return wrap(ValueConverter::text(value, field), QString());
    case Kind::Bool:
        return wrap(ValueConverter::boolean(value, field), false);
    case Kind::OptionalBool: {
        const auto converted = ValueConverter::boolean(value, field);
        return converted ? Expected<QJsonValue>(QJsonValue(*converted)) : Expected<QJsonValue>(converted.error());
    }
    case Kind::Integer: {
        const auto converted = ValueConverter::integer(value, field);
        if (!converted)
            return converted.error();
        return unless(static_cast<double>(*converted), 0.0);
    }
    case Kind::OptionalInteger: {
        const auto converted = ValueConverter::integer(value, field);
        if (!converted)
            return converted.error();
        return QJsonValue(static_cast<double>(*converted));
    }
    case Kind::Float32:
        return wrap(ValueConverter::float32(value, field), 0.0);
    case Kind::Float64:
        return wrap(ValueConverter::float64(value, field), 0.0);
    case Kind::Bytes:
        return wrap(ValueConverter::byteCount(value, field), QStringLiteral("0"));
    case Kind::Duration:
        return wrap(ValueConverter::duration(value, field), QString());
    case Kind::FileMode:
        return wrap(ValueConverter::fileMode(value, field), QString());
    case Kind::StringList:
        return collection(NodeConverter::stringList(value, field));
    case Kind::StringOrList:
        return collection(NodeConverter::stringOrList(value, field));
    case Kind::Mapping:
        return collection(NodeConverter::keyValueMapping(value, field));
    case Kind::Options:
        return collection(NodeConverter::options(value, field));
    case Kind::Command:
        return command(value, field);
    case Kind::Plain:
    case Kind::Custom:
        return NodeConverter::plain(value);
    }
    return QJsonValue(QJsonValue::Undefined);
}

Outcome ObjectNormalizer::checkKeys(const YamlNode &mapping, const QString &path, std::span<const Field> fields)
{
    for (const YamlNode::Entry &entry : mapping.entries()) {
        if (NodeConverter::isExtension(entry.key))
            continue;
        bool known = false;
        for (const Field &field : fields)
            known = known || field.key == entry.key;
        if (!known) {
            return Error(ObjectNormalizer::tr("unknown attribute \"%1\"").arg(join(path, entry.key)),
                         entry.keyMark.toLocation());
        }
    }
    return Success{};
}

Expected<QJsonObject> ObjectNormalizer::normalize(const YamlNode &mapping,
                                                  const QString &path,
                                                  std::span<const Field> fields)
{
    if (!mapping.isMapping())
        return NodeConverter::kindError(mapping, path, ObjectNormalizer::tr("a mapping"));
    if (const Outcome checked = checkKeys(mapping, path, fields); !checked)
        return checked.error();
    QJsonObject object;
    for (const Field &field : fields) {
        if (field.kind == Kind::Custom)
            continue;
        const YamlNode *value = mapping.find(field.key);
        if (!value)
            continue;
        auto converted = convert(*value, join(path, field.key), field.kind);
        if (!converted)
            return converted.error();
        if (!converted->isUndefined())
            object.insert(QString::fromUtf8(field.key.data(), static_cast<qsizetype>(field.key.size())), *converted);
    }
    return object;
}

} // namespace Leitstand::Internal
