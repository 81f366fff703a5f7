#pragma once

#include "../SourceLocation.h"
#include "HealthCheck.h"
#include "PortBinding.h"
#include "ServiceDependency.h"
#include "ServiceMount.h"
#include "ServiceNetworkAttachment.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Leitstand {

using KeyValueList = QList<QPair<QString, QString>>;

// One resolved service of a project: interpolated, merged, extended and in long form.
struct ComposeService
{
    QString name;
    QString image;
    QString containerName;
    QString buildContext; // empty: no build section
    QString buildDockerfile;
    QStringList profiles;
    QList<PortBinding> ports;
    QStringList expose;
    QList<ServiceDependency> dependsOn;
    QList<ServiceNetworkAttachment> networks;
    QString networkMode;
    QList<ServiceMount> volumes;
    HealthCheck healthcheck;
    KeyValueList environment; // sorted by key; a value-less key has a null QString value
    KeyValueList labels;      // sorted by key
    // Environment keys whose value is written into a compose file as it is: not substituted
    // from a variable, not read from an env_file, not taken from the project (a bare "KEY").
    QStringList literalEnvironmentKeys;
    QStringList entrypoint;
    QStringList command;
    QString restart;
    bool privileged = false;
    QString pid; // "host": the container sees every process of the host
    int replicas = 1;
    QString cpuLimit;
    QString memoryLimit;
    QString cpuReservation;
    QString memoryReservation;
    QStringList secrets;      // sources
    QStringList configs;      // sources
    SourceLocation definedAt; // where the service's key is written (the first file defining it)

    QString environmentValue(const QString &key) const;
    QString label(const QString &key) const;
};

} // namespace Leitstand
