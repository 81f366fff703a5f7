#pragma once

#include "MigrationReview.h"

namespace Leitstand::Analysis {

// The readiness score, 0 (nowhere near) to 100 (nothing to change), documented in
// docs/analyses/review.md:
//   service = max(0, 100 - 40 per blocker - 10 per warning - 5 per minor warning)
//   stack   = round(mean of the service scores x share of services without blockers)
// Minor warnings (container-name, fixed-ip, no-resource-limits, service-name, compose-secret)
// are settled by one line of configuration. A stack with no services scores 100.
class ReadinessScore final
{
public:
    static constexpr int BlockerPenalty = 40;
    static constexpr int WarningPenalty = 10;
    static constexpr int MinorWarningPenalty = 5;

    static bool isMinor(const QString &code);
    static int service(const ServiceMigration &migration);
    static int stack(const QList<ServiceMigration> &services);
};

} // namespace Leitstand::Analysis
