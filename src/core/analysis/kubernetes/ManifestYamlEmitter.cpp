#include "ManifestYamlEmitter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace Leitstand::Analysis {

namespace {

// Names, paths and simple words are safe unquoted; YAML 1.1 reads the words below as booleans
// or null, which kubectl (and yaml-cpp's as<bool>) would do too.
bool needsQuotes(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_./-]*$"));
    static const QStringList special = {QStringLiteral("y"),
                                        QStringLiteral("n"),
                                        QStringLiteral("yes"),
                                        QStringLiteral("no"),
                                        QStringLiteral("on"),
                                        QStringLiteral("off"),
                                        QStringLiteral("true"),
                                        QStringLiteral("false"),
                                        QStringLiteral("null")};
    return !plain.match(text).hasMatch() || special.contains(text.toLower());
}

void emitString(YAML::Emitter &out, const QString &text)
{
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

QStringList orderedKeys(const QJsonObject &object)
{
    static const QStringList first = {QStringLiteral("apiVersion"),
                                      QStringLiteral("kind"),
                                      QStringLiteral("metadata"),
                                      QStringLiteral("name"),
                                      QStringLiteral("namespace"),
                                      QStringLiteral("image")};
    QStringList keys;
    for (const QString &key : first) {
        if (object.contains(key))
            keys.append(key);
    }
    for (const QString &key : object.keys()) {
        if (!first.contains(key))
            keys.append(key);
    }
    return keys;
}

void emitValue(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out << YAML::BeginMap;
        for (const QString &key : orderedKeys(object)) {
            out << YAML::Key;
            emitString(out, key);
            out << YAML::Value;
            emitValue(out, object.value(key));
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue &item : value.toArray())
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    case QJsonValue::String:
        emitString(out, value.toString());
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number)
            out << static_cast<long long>(number);
        else
            out << number;
        break;
    }
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace

QByteArray ManifestYamlEmitter::emitDocuments(const QList<QJsonObject> &objects)
{
    YAML::Emitter out;
    out.SetIndent(2);
    for (const QJsonObject &object : objects) {
        out << YAML::BeginDoc;
        emitValue(out, object);
    }
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    text.append('\n');
    return text;
}

} // namespace Leitstand::Analysis
