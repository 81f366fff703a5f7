#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <yaml-cpp/yaml.h>

// The parts of a resolved service that two independent compose implementations must agree
// on: image, published ports, dependencies with their conditions, environment values, the
// networks joined and the mount targets.
struct ServiceDigest
{
    QString image;
    QSet<QString> ports; // "host_ip|published|target|protocol"
    QMap<QString, QString> dependsOn;
    QMap<QString, QString> environment;
    QSet<QString> networks;
    QSet<QString> mountTargets;

    static QMap<QString, ServiceDigest> fromCanonical(const QJsonObject &canonical);
    static QMap<QString, ServiceDigest> fromDockerComposeV1(const YAML::Node &config,
                                                            const QStringList &activeProfiles);

    // Human-readable differences, empty when the digests agree.
    static QStringList compare(const QMap<QString, ServiceDigest> &ours, const QMap<QString, ServiceDigest> &reference);
};
