#pragma once

#include "PortCategory.h"

#include "../../Expected.h"

#include <QByteArray>
#include <QList>

namespace Leitstand::Analysis {

// Which host ports each kind of service should publish: an ordered list of categories (the
// first that matches a service wins) and ports that are taken outside compose.
struct PortScheme
{
    QList<PortCategory> categories;
    QList<int> reserved; // host ports used by native services; never suggested

    const PortCategory *categoryOf(const ComposeService &service) const;

    // Seed 004's proposal: 3000-3099 core and backends, 4000-4099 chat/Matrix, 5000-5099 web
    // frontends, 6000-6099 automation, 8000-8099 dashboards, 9000-9199 infrastructure and
    // exporters.
    static PortScheme defaultScheme();
    // The same scheme as the YAML text a user starts editing from.
    static QByteArray defaultSchemeYaml();
};

} // namespace Leitstand::Analysis
