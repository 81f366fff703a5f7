#pragma once

#include "../SourceLocation.h"

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// One thing an analysis has to say about a project: a lint, a migration blocker or a warning.
// `code` is stable (scripts and the JSON output rely on it); `message` is translated text.
struct Finding
{
    enum class Severity { Info, Warning, Blocker };

    QString code;    // e.g. "docker-socket", "port-scheme", "dependency-cycle"
    QString service; // empty when the finding concerns the whole project
    QString message;
    Severity severity = Severity::Warning;
    SourceLocation location; // where in the compose files, when known

    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = QList<Finding>;

} // namespace Leitstand::Analysis
