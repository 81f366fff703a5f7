#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand {

// One compose project of a host, as a workspace file names it.
struct WorkspaceStack
{
    QString name;      // the compose project name, so it follows the project name rules
    QString directory; // absolute, or a ":/..." resource path for the built-in demo
    QStringList files; // absolute; empty means the compose files are discovered in directory
};

} // namespace Leitstand
