#pragma once

#include "PortMigrationPlan.h"

#include "../../model/ComposeProject.h"

#include <QByteArray>

namespace Leitstand::Analysis {

// Writes the moves of one project as a compose override file: loaded after the project's own
// files (docker compose -f compose.yaml -f ports-override.yaml), it publishes the new ports
// instead of the old ones. Services without a resolved move are left out.
class PortOverrideWriter final
{
public:
    static QByteArray write(const ComposeProject &project, const QList<PortMove> &moves);
};

} // namespace Leitstand::Analysis
