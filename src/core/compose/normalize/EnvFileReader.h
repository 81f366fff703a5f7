#pragma once

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"
#include "NormalizeScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Leitstand::Internal {

// Reads the files an env_file (or label_file) attribute names, in order, later files winning:
// a path, a list of paths, or entries {path, required, format}. A missing file is an error
// unless `required: false`. Variables inside a file are taken from the project environment
// first, then from the files read before, then from `fallback` (the service's own
// environment). A bare KEY line takes its value the same way and is left out when no value
// is found. format "raw" takes every value literally (no quotes, no interpolation).
class EnvFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(EnvFileReader)

public:
    static Expected<QJsonObject> read(const YamlNode &attribute,
                                      const QString &field,
                                      const NormalizeScope &scope,
                                      const VariableLookup &fallback = {});
};

} // namespace Leitstand::Internal
