#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand {

// A top-level network of a project.
struct ComposeNetwork
{
    QString key;  // the name used in the compose file
    QString name; // the engine's name: "<project>_<key>" unless set or external
    QString driver;
    bool internal = false;
    bool external = false;
    bool attachable = false;
    QStringList subnets;
};

} // namespace Leitstand
