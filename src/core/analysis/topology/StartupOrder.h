#pragma once

#include <QList>
#include <QStringList>

namespace Leitstand::Analysis {

// The order in which compose starts the enabled services. Tier 0 has no dependencies; each
// service sits one tier above its highest dependency, so the services of one tier can start
// side by side. Services in or behind a dependency cycle cannot start: they are in no tier,
// they are listed in `unordered`, and each cycle is spelled out as [a, b, c, a].
struct StartupOrder
{
    QList<QStringList> tiers; // names sorted within a tier
    QList<QStringList> cycles;
    QStringList unordered;

    int tierOf(const QString &service) const
    {
        for (qsizetype tier = 0; tier < tiers.size(); ++tier) {
            if (tiers.at(tier).contains(service))
                return static_cast<int>(tier);
        }
        return -1;
    }
};

} // namespace Leitstand::Analysis
