#pragma once

#include "core/model/ComposeProject.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Leitstand::Analysis::Internal {

// Finds the services a service talks to by the host names in its environment: the host of a
// URL ("postgres://u:p@postgres:5432/db", "http://n8n:5678"), a "host:port" pair ("kafka:9092",
// also inside a query string), and a bare name under a key that says it holds a host
// ("DB_POSTGRESDB_HOST=postgres", "REDIS_ADDR"). Names are service names, container names and
// network aliases; each candidate costs one hash lookup, so the scan is linear in the size of
// the environment, however many services the project has.
class ServiceReferenceScanner final
{
public:
    struct Reference
    {
        QString service;     // the service named
        QStringList viaKeys; // the environment keys that name it, sorted
    };

    explicit ServiceReferenceScanner(const ComposeProject &project);

    // The other services `service` names, sorted by name.
    QList<Reference> references(const ComposeService &service) const;

private:
    static bool isHostKey(const QString &key);
    void scanValue(QStringView value, bool hostKey, const std::function<void(QStringView)> &found) const;

    QHash<QString, QString> m_serviceByHost; // lower-cased host name -> service
};

} // namespace Leitstand::Analysis::Internal
