#include "PortSchemeReader.h"

#include "PortBindingCollector.h"

#include "../../yaml/YamlReader.h"

#include <QFile>
#include <QSet>

namespace Leitstand::Analysis {

namespace {

Outcome checkKeys(const YamlNode &mapping, std::initializer_list<std::string_view> known, const QString &path)
{
    for (const YamlNode::Entry &entry : mapping.entries()) {
        if (std::find(known.begin(), known.end(), entry.key) == known.end()) {
            return Error(PortSchemeReader::tr("%1: unknown key \"%2\"").arg(path, QString::fromStdString(entry.key)),
                         entry.keyMark.toLocation());
        }
    }
    return Success();
}

Expected<int> readPort(const YamlNode &node, const QString &path)
{
    const QList<int> ports = node.isScalar() ? PortBindingCollector::expandPorts(node.text()) : QList<int>();
    if (ports.size() != 1 || ports.first() == 0)
        return Error(PortSchemeReader::tr("%1 must be a port between 1 and 65535").arg(path), node.location());
    return ports.first();
}

} // namespace

Expected<PortScheme> PortSchemeReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the port scheme \"%1\": %2").arg(path, file.errorString()));
    return read(file.readAll(), path);
}

Expected<PortScheme> PortSchemeReader::read(const QByteArray &yaml, const QString &fileName)
{
    auto document = YamlReader::readText(yaml, fileName);
    if (!document)
        return document.error();
    if (!document->isMapping())
        return Error(tr("a port scheme must be a mapping with \"categories\""), document->location());
    if (auto keys = checkKeys(*document, {"categories", "reserved"}, tr("port scheme")); !keys)
        return keys.error();

    PortScheme scheme;
    if (const YamlNode *reserved = document->find("reserved"); reserved && !reserved->isNull()) {
        if (!reserved->isSequence())
            return Error(tr("\"reserved\" must be a list of ports"), reserved->location());
        for (const YamlNode &item : reserved->items()) {
            auto port = readPort(item, QStringLiteral("reserved[]"));
            if (!port)
                return port.error();
            scheme.reserved.append(*port);
        }
    }
    const YamlNode *categories = document->find("categories");
    if (!categories || !categories->isSequence() || categories->items().empty())
        return Error(tr("\"categories\" must be a non-empty list"),
                     categories ? categories->location() : document->location());
    QSet<QString> ids;
    for (std::size_t i = 0; i < categories->items().size(); ++i) {
        auto category = readCategory(categories->items()[i], QStringLiteral("categories[%1]").arg(i));
        if (!category)
            return category.error();
        if (ids.contains(category->id))
            return Error(tr("category \"%1\" is defined twice").arg(category->id), categories->items()[i].location());
        ids.insert(category->id);
        scheme.categories.append(*category);
    }
    return scheme;
}

Expected<PortCategory> PortSchemeReader::readCategory(const YamlNode &node, const QString &path)
{
    if (!node.isMapping())
        return Error(tr("%1 must be a mapping with \"id\"").arg(path), node.location());
    if (auto keys = checkKeys(node, {"id", "label", "ports", "services", "images"}, path); !keys)
        return keys.error();
    PortCategory category;
    const YamlNode *id = node.find("id");
    if (!id || !id->isScalar() || id->scalar().empty())
        return Error(tr("%1 needs an \"id\"").arg(path), node.location());
    category.id = id->text();
    const YamlNode *label = node.find("label");
    category.label = label && label->isScalar() ? label->text() : category.id;
    if (const YamlNode *ports = node.find("ports"); ports && !ports->isNull()) {
        if (auto range = readRange(*ports, category); !range)
            return range.error();
    }
    auto services = readPatterns(node, "services");
    if (!services)
        return services.error();
    auto images = readPatterns(node, "images");
    if (!images)
        return images.error();
    category.patterns = {*services, *images};
    if (category.patterns.isEmpty())
        return Error(tr("category \"%1\" matches nothing: give \"services\" or \"images\" patterns").arg(category.id),
                     node.location());
    return category;
}

Outcome PortSchemeReader::readRange(const YamlNode &node, PortCategory &category)
{
    const QList<int> ports = node.isScalar() ? PortBindingCollector::expandPorts(node.text()) : QList<int>();
    if (ports.isEmpty() || ports.first() == 0) {
        return Error(tr("category \"%1\": \"ports\" must be a range FIRST-LAST of ports 1-65535").arg(category.id),
                     node.location());
    }
    category.firstPort = ports.first();
    category.lastPort = ports.last();
    return Success();
}

Expected<QStringList> PortSchemeReader::readPatterns(const YamlNode &mapping, std::string_view key)
{
    QStringList patterns;
    const YamlNode *list = mapping.find(key);
    if (!list || list->isNull())
        return patterns;
    if (!list->isSequence())
        return Error(tr("\"%1\" must be a list of patterns")
                         .arg(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))),
                     list->location());
    for (const YamlNode &item : list->items()) {
        if (!item.isScalar() || item.scalar().empty())
            return Error(tr("a pattern must be a non-empty string"), item.location());
        patterns.append(item.text());
    }
    return patterns;
}

} // namespace Leitstand::Analysis
