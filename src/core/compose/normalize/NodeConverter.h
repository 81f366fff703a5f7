#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Leitstand::Internal {

// Structural conversions from the merged tree to JSON: lists of strings, the list-or-mapping
// forms of labels and options, and the plain structure of attributes passed through as
// written. `field` names the attribute in messages.
class NodeConverter final
{
    Q_DECLARE_TR_FUNCTIONS(NodeConverter)

public:
    // As written: scalars stay strings, extension keys (x-...) are dropped as compose drops
    // them from its typed model.
    static QJsonValue plain(const YamlNode &node);

    // A list whose items are scalars.
    static Expected<QJsonArray> stringList(const YamlNode &node, const QString &field);
    // A single string or a list of strings; the single string becomes a one-item list.
    static Expected<QJsonArray> stringOrList(const YamlNode &node, const QString &field);
    // "KEY=VALUE" list or mapping, as labels, sysctls and annotations are written. A key
    // without a value becomes "" (compose's Mapping type has no null values).
    static Expected<QJsonObject> keyValueMapping(const YamlNode &node, const QString &field);
    // A mapping of scalars (driver_opts, logging options); null values become "".
    static Expected<QJsonObject> options(const YamlNode &node, const QString &field);

    static Error kindError(const YamlNode &node, const QString &field, const QString &expected);
    static bool isExtension(std::string_view key) { return key.rfind("x-", 0) == 0; }
};

} // namespace Leitstand::Internal
