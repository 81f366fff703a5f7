#pragma once

#include "../Expected.h"
#include "../yaml/YamlReader.h"
#include "VariableLookup.h"

#include <QHash>
#include <QString>

namespace Leitstand {

// Reads one compose file into an interpolated tree whose top level is checked: a mapping,
// with known sections of the right kind. Files read once are kept, so a file named by several
// extends is parsed once.
class ComposeFileReader final
{
public:
    ComposeFileReader(VariableLookup lookup, YamlReadLimits limits);

    Expected<YamlNode> read(const QString &path);

private:
    Outcome checkTopLevel(const YamlNode &document, const QString &path) const;

    VariableLookup m_lookup;
    YamlReadLimits m_limits;
    QHash<QString, YamlNode> m_cache;
};

} // namespace Leitstand
