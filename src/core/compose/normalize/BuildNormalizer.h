#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "NormalizeScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// A service's build section: a string is the context; the context becomes absolute (URLs
// stay), dockerfile defaults to "Dockerfile" unless dockerfile_inline is given, args take
// project variables for keys written without a value and drop those that have none.
class BuildNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(BuildNormalizer)

public:
    static Expected<QJsonObject> normalize(const YamlNode &build, const QString &path, NormalizeScope &scope);
};

} // namespace Leitstand::Internal
