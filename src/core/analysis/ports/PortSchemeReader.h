#pragma once

#include "PortScheme.h"

#include "../../Expected.h"
#include "../../yaml/YamlNode.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Reads a port scheme file (the format is documented in the default scheme's comments and in
// docs/analyses/ports.md). Unknown keys are errors: a misspelt "service:" would otherwise
// silently match nothing.
class PortSchemeReader final
{
    Q_DECLARE_TR_FUNCTIONS(PortSchemeReader)

public:
    static Expected<PortScheme> readFile(const QString &path);
    static Expected<PortScheme> read(const QByteArray &yaml, const QString &fileName);

    // Shared with the naming scheme: a list of glob strings under `key` of `mapping`.
    static Expected<QStringList> readPatterns(const YamlNode &mapping, std::string_view key);

private:
    static Expected<PortCategory> readCategory(const YamlNode &node, const QString &path);
    static Outcome readRange(const YamlNode &node, PortCategory &category);
};

} // namespace Leitstand::Analysis
