#pragma once

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// One binding that takes part in a clash.
struct PortConflictParty
{
    QString stack;
    QString service;
    QString hostIp;
    int target = 0;

    friend bool operator==(const PortConflictParty &, const PortConflictParty &) = default;
};

// Several services that would publish the same host port on overlapping addresses; the engine
// starts the first and refuses the others ("port is already allocated").
struct PortConflict
{
    QString hostIp; // the widest address of the clash: empty (every address), "::", "0.0.0.0", or the one address
    int published = 0;
    QString protocol;
    QList<PortConflictParty> parties; // in the order of the matrix

    friend bool operator==(const PortConflict &, const PortConflict &) = default;
};

} // namespace Leitstand::Analysis
