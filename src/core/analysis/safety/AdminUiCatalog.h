#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Leitstand::Analysis {

// Web applications that administer something (a database, the Docker host, workflows with
// stored credentials) and so should never answer on a public address.
class AdminUiCatalog final
{
public:
    struct Entry
    {
        QString product;       // how operators call it: "Grafana", "pgAdmin"
        QList<int> adminPorts; // container ports that serve the UI; empty: every port
    };

    // The entry for an image, matched by the image name (registry, owner and tag ignored).
    static std::optional<Entry> find(const QString &image);
};

} // namespace Leitstand::Analysis
