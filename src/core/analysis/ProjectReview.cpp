#include "ProjectReview.h"

#include "kubernetes/MigrationReviewer.h"
#include "naming/NamingLinter.h"
#include "naming/NamingScheme.h"
#include "ports/PortScheme.h"
#include "ports/PortSchemeLinter.h"
#include "safety/SafetyLinter.h"
#include "topology/DependencyAnalysis.h"

namespace Leitstand::Analysis {

QList<ProjectLint> ProjectReview::defaultLints()
{
    return {
        &SafetyLinter::lint,
        &DependencyAnalysis::lint,
        [](const ComposeProject &project) { return PortSchemeLinter::lint(project, PortScheme::defaultScheme()); },
        [](const ComposeProject &project) { return NamingLinter::lint(project, NamingScheme::defaultScheme()); },
    };
}

ProjectReviewResult ProjectReview::run(const ComposeProject &project, const QList<ProjectLint> &lints)
{
    ProjectReviewResult result;
    result.migration = MigrationReviewer::review(project);
    for (const ProjectLint &lint : lints)
        result.lints.append(lint(project));
    return result;
}

} // namespace Leitstand::Analysis
