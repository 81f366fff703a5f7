#include "NodeConverter.h"

namespace Leitstand::Internal {

namespace {} // namespace

QJsonValue NodeConverter::plain(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return QJsonValue::Null;
    case YamlNode::Kind::Scalar:
        return node.text();
    case YamlNode::Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &item : node.items())
            array.append(plain(item));
        return array;
    }
    case YamlNode::Kind::Mapping: {
        QJsonObject object;
        for (const YamlNode::Entry &entry : node.entries()) {
            if (!isExtension(entry.key))
                object.insert(QString::fromStdString(entry.key), plain(entry.value));
        }
        return object;
    }
    }
    return {};
}

Error NodeConverter::kindError(const YamlNode &node, const QString &field, const QString &expected)
{
    return Error(NodeConverter::tr("\"%1\" must be %2, not %3").arg(field, expected, node.kindName()), node.location());
}

Expected<QJsonArray> NodeConverter::stringList(const YamlNode &node, const QString &field)
{
    if (!node.isSequence())
        return kindError(node, field, NodeConverter::tr("a list"));
    QJsonArray list;
    for (const YamlNode &item : node.items()) {
        if (!item.isScalar())
            return kindError(item, field + QStringLiteral("[]"), NodeConverter::tr("a string"));
        list.append(item.text());
    }
    return list;
}

Expected<QJsonArray> NodeConverter::stringOrList(const YamlNode &node, const QString &field)
{
    if (node.isScalar())
        return QJsonArray{node.text()};
    return stringList(node, field);
}

Expected<QJsonObject> NodeConverter::keyValueMapping(const YamlNode &node, const QString &field)
{
    QJsonObject mapping;
    if (node.isSequence()) {
        for (const YamlNode &item : node.items()) {
            if (!item.isScalar())
                return kindError(item, field + QStringLiteral("[]"), NodeConverter::tr("a \"KEY=VALUE\" string"));
            const QString text = item.text();
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (equals < 0)
                mapping.insert(text, QString());
            else
                mapping.insert(text.left(equals), text.mid(equals + 1));
        }
        return mapping;
    }
    if (node.isMapping())
        return options(node, field);
    return kindError(node, field, NodeConverter::tr("a list or a mapping"));
}

Expected<QJsonObject> NodeConverter::options(const YamlNode &node, const QString &field)
{
    if (!node.isMapping())
        return kindError(node, field, NodeConverter::tr("a mapping"));
    QJsonObject mapping;
    for (const YamlNode::Entry &entry : node.entries()) {
        const QString key = QString::fromStdString(entry.key);
        if (entry.value.isNull())
            mapping.insert(key, QString());
        else if (entry.value.isScalar())
            mapping.insert(key, entry.value.text());
        else
            return kindError(entry.value, field + QLatin1Char('.') + key, NodeConverter::tr("a string"));
    }
    return mapping;
}

} // namespace Leitstand::Internal
