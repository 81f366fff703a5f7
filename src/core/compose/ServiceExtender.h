#pragma once

#include "../Expected.h"
#include "../yaml/YamlNode.h"
#include "ComposeFileReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Leitstand {

// Resolves `extends` in one document: each extending service becomes its base service (from
// the same file or another one, itself resolved first) with its own definition merged over
// it. Cycles are errors that spell out the chain.
class ServiceExtender final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceExtender)

public:
    explicit ServiceExtender(ComposeFileReader &reader);

    // document's relative paths must already be absolute (see RelativePathRebaser).
    Outcome resolve(YamlNode &document, const QString &file);

private:
    struct Target
    {
        QString file;
        std::string service;
        QString key() const { return file + QLatin1Char('#') + QString::fromStdString(service); }
    };

    Expected<YamlNode> resolveService(YamlNode &document, const Target &target, QStringList &chain);
    Expected<YamlNode *> documentFor(const QString &file, YamlNode &current, const QString &currentFile);

    ComposeFileReader &m_reader;
    QHash<QString, YamlNode> m_otherDocuments;
    QSet<QString> m_resolved;
};

} // namespace Leitstand
