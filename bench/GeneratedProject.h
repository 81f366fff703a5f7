#pragma once

#include <QString>
#include <QStringList>

// Writes a large compose project the way big real ones are written: shared anchors merged into
// every service, interpolated images and ports, and three files merged with -f.
class GeneratedProject final
{
public:
    static QStringList write(const QString &directory, int serviceCount);
};
