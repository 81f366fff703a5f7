#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// Brings a service's ports to compose's long form {mode, host_ip, target, published,
// protocol, name, app_protocol}. The short form "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]"
// is read as Docker reads it: the last colon-separated part is the container port, the one
// before it the host port, everything before that the host address ("::1:8080:80" works,
// "[::1]:8080:80" too); ranges expand to one entry per port, and a single container port with a
// host range keeps the range as the published port Docker picks from.
class PortSpecParser final
{
    Q_DECLARE_TR_FUNCTIONS(PortSpecParser)

public:
    static Expected<QJsonArray> normalize(const YamlNode &ports, const QString &field);
    static Expected<QJsonArray> parseShort(const YamlNode &spec, const QString &field);
    static Expected<QJsonObject> normalizeLong(const YamlNode &entry, const QString &field);
};

} // namespace Leitstand::Internal
