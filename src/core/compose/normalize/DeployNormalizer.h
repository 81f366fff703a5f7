#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// A service's deploy section with compose's types: replicas and counts as numbers, cpus as a
// number, memory in bytes (as a decimal string), durations in Go's notation. Compose's model
// holds resources and placement as plain structs, so its JSON always has them, empty or not.
class DeployNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(DeployNormalizer)

public:
    static Expected<QJsonObject> normalize(const YamlNode &deploy, const QString &field);
};

} // namespace Leitstand::Internal
