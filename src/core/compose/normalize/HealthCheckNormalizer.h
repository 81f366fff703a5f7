#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// A service's healthcheck as compose prints it: test as a list (a string becomes
// ["CMD-SHELL", string]), durations in Go's notation ("1m30s"), retries a number, and
// disable kept as written rather than rewritten to test ["NONE"].
class HealthCheckNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckNormalizer)

public:
    static Expected<QJsonObject> normalize(const YamlNode &healthcheck, const QString &field);
};

} // namespace Leitstand::Internal
