#include "CanonicalYamlWriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <cmath>

namespace Leitstand {

namespace {

// Scalars a YAML 1.1 or 1.2 reader resolves to null, a boolean, a number or a timestamp when
// they appear plain. Older readers (PyYAML, docker-compose v1) still apply 1.1's wider rules.
bool readsAsNonString(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:"
                       "~|null|Null|NULL"
                       "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
                       "|[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)"
                       "|[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
                       "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?"
                       "|<<|="
                       ")$"));
    return text.isEmpty() || pattern.match(text).hasMatch();
}

void writeValue(YAML::Emitter &out, const QJsonValue &value, QStringList &path);

void writeString(YAML::Emitter &out, const QString &text)
{
    if (readsAsNonString(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void writeNumber(YAML::Emitter &out, double number)
{
    if (std::trunc(number) == number && std::abs(number) < 9.0e15) {
        out << static_cast<long long>(number);
        return;
    }
    // The shortest text that reads back as the same double, independent of the locale.
    out << QByteArray::number(number, 'g', QLocale::FloatingPointShortest).toStdString();
}

// Keys only compose's JSON carries (see the class comment), given the path of their parent.
bool isJsonOnly(const QStringList &path, const QString &key, const QJsonValue &value)
{
    const qsizetype depth = path.size();
    if (depth == 2 && path.first() == QLatin1String("services"))
        return (key == QLatin1String("command") || key == QLatin1String("entrypoint")) && value.isNull();
    const bool empty = value.isObject() && value.toObject().isEmpty();
    if (depth == 2 && path.first() == QLatin1String("networks"))
        return key == QLatin1String("ipam") && empty;
    if (depth == 3 && path.first() == QLatin1String("services") && path.last() == QLatin1String("deploy"))
        return (key == QLatin1String("resources") || key == QLatin1String("placement")) && empty;
    return false;
}

void writeObject(YAML::Emitter &out, const QJsonObject &object, QStringList &path, const QStringList &order = {})
{
    QStringList keys = order;
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    out << YAML::BeginMap;
    for (const QString &key : std::as_const(keys)) {
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        if (isJsonOnly(path, key, value))
            continue;
        out << YAML::Key;
        writeString(out, key);
        out << YAML::Value;
        path.append(key);
        writeValue(out, value, path);
        path.removeLast();
    }
    out << YAML::EndMap;
}

void writeValue(YAML::Emitter &out, const QJsonValue &value, QStringList &path)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        path.append(QStringLiteral("[]"));
        for (const QJsonValue &item : value.toArray())
            writeValue(out, item, path);
        path.removeLast();
        out << YAML::EndSeq;
        break;
    case QJsonValue::Object:
        writeObject(out, value.toObject(), path);
        break;
    }
}

} // namespace

QByteArray CanonicalYamlWriter::write(const QJsonObject &canonical)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    out.SetBoolFormat(YAML::TrueFalseBool);
    QStringList path;
    writeObject(out,
                canonical,
                path,
                {QStringLiteral("name"),
                 QStringLiteral("services"),
                 QStringLiteral("networks"),
                 QStringLiteral("volumes"),
                 QStringLiteral("secrets"),
                 QStringLiteral("configs")});
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace Leitstand
