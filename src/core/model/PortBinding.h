#pragma once

#include <QString>

namespace Leitstand {

// One published or exposed port of a service, in the long form of the compose specification.
// A range such as "8000-8002:8000-8002" becomes one binding per port.
struct PortBinding
{
    QString hostIp;    // empty: all addresses
    QString published; // empty: not published on the host (or a random host port)
    int target = 0;
    QString protocol = QStringLiteral("tcp");
    QString mode = QStringLiteral("ingress");
    QString name;
    QString appProtocol;

    bool isPublished() const { return !published.isEmpty(); }
    friend bool operator==(const PortBinding &, const PortBinding &) = default;
};

} // namespace Leitstand
