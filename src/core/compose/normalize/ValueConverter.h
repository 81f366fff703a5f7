#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QString>

namespace Leitstand::Internal {

// Reads one scalar of the merged tree as the type compose gives that attribute. The tree
// keeps every scalar as written, so "replicas: 3" and "replicas: '3'" arrive alike and both
// become 3; text that does not fit is an error naming the attribute and its position.
// `field` is the attribute's path for messages, e.g. "deploy.replicas".
class ValueConverter final
{
    Q_DECLARE_TR_FUNCTIONS(ValueConverter)

public:
    static Expected<QString> text(const YamlNode &node, const QString &field);
    // true/false plus the YAML 1.1 words y, yes, on, n, no, off, in any case, as compose reads
    // them for boolean attributes.
    static Expected<bool> boolean(const YamlNode &node, const QString &field);
    static Expected<qint64> integer(const YamlNode &node, const QString &field);
    // A float32 attribute (cpus): the value is rounded to float precision and given back as the
    // double with the shortest text, so 0.1 stays 0.1 rather than 0.10000000149011612.
    static Expected<double> float32(const YamlNode &node, const QString &field);
    static Expected<double> float64(const YamlNode &node, const QString &field);
    // Bytes as a decimal string, the way compose prints sizes: "512m" → "536870912".
    static Expected<QString> byteCount(const YamlNode &node, const QString &field);
    // A Go duration string: "90s" → "1m30s".
    static Expected<QString> duration(const YamlNode &node, const QString &field);
    // A file mode printed in octal with a leading zero ("0440"); unquoted numbers with a
    // leading zero and quoted strings are octal, other numbers decimal, as YAML has it.
    static Expected<QString> fileMode(const YamlNode &node, const QString &field);
};

} // namespace Leitstand::Internal
