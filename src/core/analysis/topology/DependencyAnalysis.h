#pragma once

#include "StartupOrder.h"
#include "core/analysis/Finding.h"
#include "core/model/ComposeProject.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// What depends_on says about a project: the start-up order and the lints
//   dependency-cycle           (blocker) the services of a cycle never start;
//   disabled-dependency        (blocker when required) the dependency is switched off by profiles;
//   missing-healthy-condition  (warning) waits for a start, though the dependency has a health check;
//   redundant-dependency       (warning) the dependency is already guaranteed through another one.
class DependencyAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(DependencyAnalysis)

public:
    static StartupOrder order(const ComposeProject &project);
    static Findings lint(const ComposeProject &project);
};

} // namespace Leitstand::Analysis
