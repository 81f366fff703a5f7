#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "HostPathResolver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// Brings one entry of a service's volumes to compose's long form {type, source, target,
// read_only, bind, volume, tmpfs, image}. The short form "[SOURCE:]TARGET[:MODE]" is a bind
// mount when SOURCE starts with ".", "/" or "~" (with bind.create_host_path: true, as compose
// keeps the old behaviour of creating missing host folders), a named volume otherwise, and an
// anonymous volume without SOURCE. MODE is a comma list of ro, rw, nocopy, z, Z and the
// propagation modes. Bind sources become absolute.
class VolumeSpecParser final
{
    Q_DECLARE_TR_FUNCTIONS(VolumeSpecParser)

public:
    static Expected<QJsonObject> normalize(const YamlNode &entry, const QString &field, const HostPathResolver &paths);
    static Expected<QJsonObject> parseShort(const YamlNode &spec, const QString &field, const HostPathResolver &paths);
    static Expected<QJsonObject> normalizeLong(const YamlNode &entry,
                                               const QString &field,
                                               const HostPathResolver &paths);
};

} // namespace Leitstand::Internal
