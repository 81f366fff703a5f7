#pragma once

#include "core/model/ComposeService.h"

#include <QCoreApplication>
#include <QString>

namespace Leitstand {

// The words and arrows a service's settings are shown with, shared by the table and the tooltips
// so that both read the same.
class ServiceFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceFormatter)

public:
    // "127.0.0.1:8080→80/tcp"; a port without a fixed host port reads "random→80/tcp".
    static QString port(const PortBinding &binding);
    static QString ports(const ComposeService &service, const QString &separator = QStringLiteral(", "));

    // "postgres (healthy)", "migrate (completed, optional)".
    static QString dependency(const ServiceDependency &dependency);
    static QString dependencies(const ComposeService &service, const QString &separator = QStringLiteral(", "));
    static QString condition(const QString &condition);

    // The probe as the operator would type it, with its interval: "pg_isready -U n8n · every 10s".
    static QString healthCheck(const HealthCheck &healthCheck);
    static QString healthCheckDetails(const HealthCheck &healthCheck);

    // A location relative to the project folder: "compose.yaml:12".
    static QString location(const SourceLocation &location, const QString &projectDirectory);
};

} // namespace Leitstand
