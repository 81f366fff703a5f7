#include "PortSchemeLinter.h"

#include "PortMigrationPlanner.h"

#include <QHash>

namespace Leitstand::Analysis {

QString PortSchemeLinter::message(const PortMove &move)
{
    if (!move.isResolved()) {
        return tr("publishes port %1 outside the range %2-%3 of \"%4\", and that range has no free port left")
            .arg(move.from)
            .arg(move.rangeFirst)
            .arg(move.rangeLast)
            .arg(move.categoryLabel);
    }
    return tr("publishes port %1 outside the range %2-%3 of \"%4\"; suggested port: %5")
        .arg(move.from)
        .arg(move.rangeFirst)
        .arg(move.rangeLast)
        .arg(move.categoryLabel)
        .arg(move.to);
}

Findings PortSchemeLinter::lint(const ComposeProject &project, const PortScheme &scheme)
{
    QHash<QString, SourceLocation> definedAt;
    for (const ComposeService &service : project.services)
        definedAt.insert(service.name, service.definedAt);
    Findings findings;
    for (const PortMove &move : PortMigrationPlanner::plan({project}, scheme).moves) {
        findings.append({QStringLiteral("port-scheme"),
                         move.service,
                         message(move),
                         Finding::Severity::Warning,
                         definedAt.value(move.service)});
    }
    return findings;
}

} // namespace Leitstand::Analysis
