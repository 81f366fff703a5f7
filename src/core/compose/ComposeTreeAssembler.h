#pragma once

#include "../Expected.h"
#include "../yaml/YamlReader.h"
#include "ProjectEnvironment.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Leitstand {

// Turns a project's files into one merged document: each file read and interpolated, its
// relative paths made absolute, its includes and extends resolved, then merged in order.
class ComposeTreeAssembler final
{
public:
    // `fileContents`: see ComposeLoadOptions::fileContents.
    ComposeTreeAssembler(YamlReadLimits limits,
                         QHash<QString, QString> shellEnvironment,
                         QHash<QString, QByteArray> fileContents = {});

    Expected<YamlNode> assemble(const QStringList &files,
                                const QString &projectDirectory,
                                const ProjectEnvironment &environment,
                                QStringList includeChain = {});

    const QHash<QString, QString> &shellEnvironment() const { return m_shell; }

private:
    YamlReadLimits m_limits;
    QHash<QString, QString> m_shell;
    QHash<QString, QByteArray> m_fileContents;
};

} // namespace Leitstand
