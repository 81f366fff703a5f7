#pragma once

#include "../SourceLocation.h"

#include <QByteArray>
#include <QString>

namespace Leitstand::Internal {

// Finds fields of a JSON text again by their path, for error messages: QJsonDocument keeps no
// positions. Only meant for text QJsonDocument has accepted; the scan trusts its structure.
class JsonTextLocator final
{
public:
    // The value a path like "hosts[1].stacks[0].name" names ("" is the document itself); the
    // file alone when the path is not in the text.
    static SourceLocation locationOf(const QByteArray &json, const QString &filePath, const QString &path);
    // Line and column (in characters, as editors count) of a byte offset.
    static SourceLocation locationAt(const QByteArray &json, const QString &filePath, qsizetype offset);
};

} // namespace Leitstand::Internal
