#pragma once

#include <QString>

namespace Leitstand {

// One entry of a service's depends_on, always in the long form.
struct ServiceDependency
{
    QString service;
    QString condition = QStringLiteral("service_started");
    bool required = true;
    bool restart = false;

    friend bool operator==(const ServiceDependency &, const ServiceDependency &) = default;
};

} // namespace Leitstand
