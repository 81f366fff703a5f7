#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "NormalizeScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// A service's environment as compose prints it with its env files resolved: a mapping of
// strings, where a key written without a value ("- DEBUG" or "DEBUG:") takes the project
// variable of that name and stays null when there is none. Values read from env_file come
// first; the environment attribute overrides them, null values included.
class EnvironmentResolver final
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentResolver)

public:
    static Expected<QJsonObject> resolve(const YamlNode &service, const QString &path, const NormalizeScope &scope);
    // labels with label_file resolved the same way (labels have no null values).
    static Expected<QJsonObject> resolveLabels(const YamlNode &service,
                                               const QString &path,
                                               const NormalizeScope &scope);
};

} // namespace Leitstand::Internal
