#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand {

// How a service joins one network of the project (the key under services.X.networks).
struct ServiceNetworkAttachment
{
    QString network;
    QStringList aliases;
    QString ipv4Address;
    QString ipv6Address;
    int priority = 0;

    friend bool operator==(const ServiceNetworkAttachment &, const ServiceNetworkAttachment &) = default;
};

} // namespace Leitstand
