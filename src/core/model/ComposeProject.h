#pragma once

#include "ComposeNetwork.h"
#include "ComposeService.h"
#include "ComposeVolume.h"
#include "DisabledService.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand {

// A resolved compose project: what `docker compose config` would print, as typed values.
struct ComposeProject
{
    QString name;
    QString workingDirectory;
    QStringList composeFiles;
    QStringList activeProfiles;
    QList<ComposeService> services;          // enabled services, sorted by name
    QList<DisabledService> disabledServices; // left out by the active profiles, in file order
    QList<ComposeNetwork> networks;
    QList<ComposeVolume> volumes;
    QStringList secrets;
    QStringList configs;

    const ComposeService *service(const QString &serviceName) const;
    const ComposeNetwork *network(const QString &key) const;
    const ComposeVolume *volume(const QString &key) const;
};

} // namespace Leitstand
