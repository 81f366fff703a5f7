#pragma once

#include "Finding.h"
#include "core/model/ComposeProject.h"
#include "kubernetes/MigrationReview.h"

#include <QList>

#include <functional>

namespace Leitstand::Analysis {

// One lint over a whole project, as the analyses provide them (SafetyLinter::lint, ...).
using ProjectLint = std::function<Findings(const ComposeProject &)>;

struct ProjectReviewResult
{
    MigrationReview migration;
    Findings lints; // in the order of the lint functions, each in its own order
};

// Everything `leitstand-cli review` and the GUI's review show about one project: the
// Kubernetes migration review plus the lints of every analysis. The lints are passed in, so a
// caller (or a test) chooses them; defaultLints() is the set the CLI runs.
class ProjectReview final
{
public:
    // SafetyLinter, DependencyAnalysis, PortSchemeLinter with seed 004's port scheme and
    // NamingLinter with its naming scheme.
    static QList<ProjectLint> defaultLints();
    static ProjectReviewResult run(const ComposeProject &project, const QList<ProjectLint> &lints);
};

} // namespace Leitstand::Analysis
