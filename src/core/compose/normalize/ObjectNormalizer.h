#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <span>
#include <string_view>

namespace Leitstand::Internal {

// Normalizes a mapping attribute by attribute from a table of what each key holds. The
// omission rules follow compose's JSON output: its model omits empty strings, false, zero
// and empty lists unless the attribute is optional in the model (a Go pointer), which keeps
// an explicit false or 0.
class ObjectNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(ObjectNormalizer)

public:
    enum class Kind : std::uint8_t {
        Text,            // string; "" is omitted
        Bool,            // omitted when false
        OptionalBool,    // kept when false
        Integer,         // omitted when 0
        OptionalInteger, // kept when 0
        Float32,         // omitted when 0
        Float64,         // omitted when 0
        Bytes,           // size in bytes as a decimal string; omitted when 0
        Duration,        // Go duration string
        FileMode,        // octal string such as "0440"
        StringList,      // list of strings; omitted when empty
        StringOrList,    // a single string becomes a one-item list; omitted when empty
        Mapping,         // "KEY=VALUE" list or mapping → {KEY: "VALUE"}; omitted when empty
        Options,         // mapping of strings; omitted when empty
        Command,         // shell words; a string is split, [] is kept
        Plain,           // structure as written, extension keys dropped
        Custom,          // known key, converted by the caller
    };
    struct Field
    {
        std::string_view key;
        Kind kind;
    };

    // Converts the listed keys of `mapping`; extension keys (x-...) are dropped, any other key
    // is an error, Custom keys are left for the caller. `path` prefixes attribute names in
    // messages ("services.web.healthcheck").
    static Expected<QJsonObject> normalize(const YamlNode &mapping, const QString &path, std::span<const Field> fields);
    // One value; QJsonValue::Undefined when compose omits it.
    static Expected<QJsonValue> convert(const YamlNode &value, const QString &field, Kind kind);
    // An error for the first key of `mapping` that is not listed and not an extension.
    static Outcome checkKeys(const YamlNode &mapping, const QString &path, std::span<const Field> fields);
    static QString join(const QString &path, std::string_view key);
};

} // namespace Leitstand::Internal
