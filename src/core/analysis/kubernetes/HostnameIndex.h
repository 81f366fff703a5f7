#pragma once

#include "core/model/ComposeProject.h"

#include <QHash>
#include <QStringList>

namespace Leitstand::Analysis {

// HostnameReferences for every host at once: which services name which host as a whole word in
// their environment, command or entrypoint. Asking HostnameReferences once per service makes
// the manifests of a large stack quadratic; this reads each value once.
class HostnameIndex final
{
public:
    explicit HostnameIndex(const ComposeProject &project);

    // The same answer as HostnameReferences::clientsOf: the other services naming `host`, in
    // the project's order.
    QStringList clientsOf(const QString &host, const QString &except) const;

private:
    void addWords(const QString &text, const QString &client);

    QHash<QString, QStringList> m_clients;
};

} // namespace Leitstand::Analysis
