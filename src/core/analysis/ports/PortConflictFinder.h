#pragma once

#include "PortConflict.h"
#include "PortMatrixBinding.h"

#include <QList>

namespace Leitstand::Analysis {

// Finds host ports that several services would publish on overlapping addresses.
class PortConflictFinder final
{
public:
    static QList<PortConflict> find(const QList<PortMatrixBinding> &bindings);

    // Whether two host addresses share an interface: equal addresses, 0.0.0.0 and any IPv4
    // address, and :: or no address with anything (Docker binds both families then).
    static bool overlaps(const QString &first, const QString &second);
};

} // namespace Leitstand::Analysis
