#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "NormalizeScope.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Leitstand::Internal {

// The top-level networks, volumes, secrets and configs of the merged tree. Each gets the name
// the engine will know it by: its `name:`, the key itself when it is external, otherwise
// "<project>_<key>". The legacy `external: {name: x}` becomes `external: true` with name x.
// The keys defined are recorded in the scope so services can be checked against them.
class TopLevelNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(TopLevelNormalizer)

public:
    enum class Section { Networks, Volumes, Secrets, Configs };

    static Expected<QJsonObject> normalize(const YamlNode &document, Section section, NormalizeScope &scope);
    // The implicit network services join when they name none.
    static QJsonObject defaultNetwork(const NormalizeScope &scope);
};

} // namespace Leitstand::Internal
