#pragma once

#include "../Expected.h"
#include "../yaml/YamlNode.h"
#include "VariableLookup.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand {

struct NormalizeContext
{
    QString projectName;
    QString workingDirectory; // absolute; relative bind sources, build contexts and env files resolve against it
    VariableLookup environment;
};

// Turns the merged compose tree into the canonical document that `docker compose config
// --format json` (compose v2) prints: every short form in its long form, compose's types
// (numbers, booleans, byte counts, Go durations), env files read into the environment, the
// implicit default network, resource names, and only the networks, volumes, secrets and
// configs that services use. Mistakes are errors at the file:line:column of the value.
class ProjectNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectNormalizer)

public:
    static Expected<QJsonObject> normalize(const YamlNode &merged, const NormalizeContext &context);
};

} // namespace Leitstand
