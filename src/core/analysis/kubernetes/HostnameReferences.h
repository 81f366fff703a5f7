#pragma once

#include "core/model/ComposeProject.h"

#include <QStringList>

namespace Leitstand::Analysis {

// Which services name a host in their environment, command or entrypoint: "postgres" in
// "postgresql://u:p@postgres:5432/db", "http://n8n:5678" or DB_HOST=postgres. A name counts
// as a host only as a whole word: "postgres" is not found in "postgres-exporter".
class HostnameReferences final
{
public:
    static bool mentions(const ComposeService &client, const QString &host);
    // Names of the other services of the project that mention the host, sorted.
    static QStringList clientsOf(const ComposeProject &project, const QString &host, const QString &except);
};

} // namespace Leitstand::Analysis
