#pragma once

#include "../Expected.h"
#include "YamlNode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace Leitstand {

// Bounds that keep hostile input (alias bombs, huge files) from exhausting time or memory.
// They cap what the document expands to, not how many anchors it uses: real files such as
// Sentry's use well over a hundred aliases.
struct YamlReadLimits
{
    qint64 maxFileBytes = 16 * 1024 * 1024;
    std::size_t maxExpandedNodes = 2'000'000;
    std::size_t maxExpandedScalarBytes = 128 * 1024 * 1024;
};

// Reads one YAML document into a YamlNode tree: merge keys (<<) applied, aliases expanded,
// duplicate keys rejected with both positions, scalars kept as written.
class YamlReader final
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    static Expected<YamlNode> readFile(const QString &path, const YamlReadLimits &limits = {});
    static Expected<YamlNode> readText(const QByteArray &text,
                                       const QString &fileName,
                                       const YamlReadLimits &limits = {});
};

} // namespace Leitstand
