#pragma once

#include "../Expected.h"
#include "../yaml/YamlReader.h"
#include "VariableLookup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Leitstand {

// Reads one compose file into an interpolated tree whose top level is checked: a mapping,
// with known sections of the right kind. Files read once are kept, so a file named by several
// extends is parsed once.
class ComposeFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(ComposeFileReader)

public:
    // `contents` replaces the files named by its keys (absolute paths) with the text given.
    ComposeFileReader(VariableLookup lookup, YamlReadLimits limits, QHash<QString, QByteArray> contents = {});

    Expected<YamlNode> read(const QString &path);

    // Reads several files side by side, one result per path in the same order. Parsing is most
    // of a load and the files of a project are independent, so a second core halves the wait.
    // Results are not kept: the project's own files are read once each.
    std::vector<Expected<YamlNode>> readEach(const QStringList &paths) const;

private:
    Expected<YamlNode> parse(const QString &path) const;
    Outcome checkTopLevel(const YamlNode &document, const QString &path) const;

    VariableLookup m_lookup;
    YamlReadLimits m_limits;
    QHash<QString, QByteArray> m_contents;
    QHash<QString, YamlNode> m_cache;
};

} // namespace Leitstand
