#pragma once

#include "ProjectReview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Analysis {

// The review as `leitstand-cli review` prints it (docs/analyses/review.md):
// {"score": N, "services": [{"name", "kind", "score", "blockers": [{"code", "message"}],
//  "warnings": [{"code", "message"}]}], "lints": [{"code", "service", "message"}]}
// or as text for a terminal.
class ProjectReviewWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReviewWriter)

public:
    static QJsonObject toJson(const ProjectReviewResult &review);
    static QString toText(const ProjectReviewResult &review);
};

} // namespace Leitstand::Analysis
