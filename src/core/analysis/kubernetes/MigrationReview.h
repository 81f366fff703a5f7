#pragma once

#include "core/analysis/Finding.h"

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// How one service moves to Kubernetes: the workload it becomes, its namespace, what blocks
// the move, what needs a decision, and a readiness score (ReadinessScore).
struct ServiceMigration
{
    QString name;
    QString kind; // Deployment, StatefulSet or Job
    QString namespaceName;
    int score = 100;
    Findings blockers;
    Findings warnings;
};

struct MigrationReview
{
    int score = 100;
    QList<ServiceMigration> services; // in the project's order (by name)
};

} // namespace Leitstand::Analysis
