#pragma once

#include "PortMigrationPlan.h"
#include "PortScheme.h"

#include "../../model/ComposeProject.h"
#include "../Finding.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Lint "port-scheme": a published port outside the range of the service's category, with the
// lowest free port of that range as the suggestion (free within this project).
class PortSchemeLinter final
{
    Q_DECLARE_TR_FUNCTIONS(PortSchemeLinter)

public:
    static Findings lint(const ComposeProject &project, const PortScheme &scheme);

    static QString message(const PortMove &move);
};

} // namespace Leitstand::Analysis
