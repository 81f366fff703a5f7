#pragma once

#include "PortMigrationPlan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Leitstand::Analysis {

// The migration plan as JSON, an aligned table or RFC 4180 CSV (docs/analyses/ports.md).
class PortPlanWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PortPlanWriter)

public:
    static QJsonObject toJson(const PortMigrationPlan &plan);
    static QString toTable(const PortMigrationPlan &plan);
    static QString toCsv(const PortMigrationPlan &plan);
};

} // namespace Leitstand::Analysis
