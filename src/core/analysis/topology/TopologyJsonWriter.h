#pragma once

#include "TopologyReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace Leitstand::Analysis {

// The stable JSON form of a topology report (`leitstand-cli graph --format json`); the shape
// is documented in docs/analyses/topology.md.
class TopologyJsonWriter final
{
public:
    static QJsonObject toJson(const TopologyReport &report);
    static QByteArray write(const TopologyReport &report);
};

} // namespace Leitstand::Analysis
