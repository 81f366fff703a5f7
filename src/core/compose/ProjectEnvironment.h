#pragma once

#include "../Expected.h"
#include "VariableLookup.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <unordered_map>

namespace Leitstand {

// The variables a project's files are interpolated with: the shell environment wins over the
// --env-file files (later ones win), which replace the project folder's .env.
class ProjectEnvironment final
{
public:
    static Expected<ProjectEnvironment> build(const QHash<QString, QString> &shell,
                                              const QStringList &envFiles,
                                              const QString &projectDirectory);

    std::optional<std::string> value(std::string_view name) const;
    QString valueOr(const char *name, const QString &fallback = {}) const;
    VariableLookup lookup() const;

private:
    std::unordered_map<std::string, std::string> m_variables;
};

} // namespace Leitstand
