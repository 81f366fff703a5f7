#pragma once

#include <QString>

namespace Leitstand {

// A top-level named volume of a project.
struct ComposeVolume
{
    QString key;  // the name used in the compose file
    QString name; // the engine's name: "<project>_<key>" unless set or external
    QString driver;
    bool external = false;
    QString bindDevice; // driver_opts.device when the volume is a local bind (o: bind)
};

} // namespace Leitstand
