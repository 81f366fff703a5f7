#pragma once

#include "LoadedHost.h"

#include <QList>
#include <QString>

namespace Leitstand {

// What the main window shows: every host of a workspace and every stack, loaded or failed.
struct LoadedWorkspace
{
    QString name;
    QString filePath; // empty when the workspace was made up from files opened directly
    QList<LoadedHost> hosts;

    qsizetype stackCount() const;
    qsizetype failedStackCount() const;
    qsizetype serviceCount() const;
};

} // namespace Leitstand
