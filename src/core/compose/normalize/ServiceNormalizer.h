#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "NormalizeScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// One service of the merged tree in the form `docker compose config --format json` prints:
// every attribute in its long form and with compose's type, env files and label files read
// into environment and labels, command and entrypoint always present (null when unset), and
// extension keys dropped. An attribute the compose specification does not define is an error,
// as it is for compose, so that a typo such as "enviroment" does not pass unnoticed.
class ServiceNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNormalizer)

public:
    static Expected<QJsonObject> normalize(const QString &name, const YamlNode &service, NormalizeScope &scope);
};

} // namespace Leitstand::Internal
