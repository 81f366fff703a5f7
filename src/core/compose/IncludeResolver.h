#pragma once

#include "../Expected.h"
#include "../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Leitstand {

class ComposeTreeAssembler;

// Applies a document's top-level `include`: each entry is loaded as a project of its own
// (its own folder and .env) and its services, networks, volumes, secrets and configs are
// added to the document. A name defined on both sides is an error, as in compose.
class IncludeResolver final
{
    Q_DECLARE_TR_FUNCTIONS(IncludeResolver)

public:
    IncludeResolver(ComposeTreeAssembler &assembler, QStringList chain);

    Outcome apply(YamlNode &document, const QString &file);

private:
    struct Entry
    {
        QStringList paths;
        QString projectDirectory;
        QStringList envFiles;
    };

    Expected<Entry> parseEntry(const YamlNode &item, const QString &baseDirectory) const;
    Outcome addResources(YamlNode &document, const YamlNode &included, const YamlNode &where) const;

    ComposeTreeAssembler &m_assembler;
    QStringList m_chain;
};

} // namespace Leitstand
