#pragma once

#include <QString>

namespace Leitstand {

// Compose project names: lowercase letters, digits, '_' and '-', starting with a letter or
// digit. Names given explicitly must already follow the rule; a folder name is adapted to it.
class ProjectNameRules final
{
public:
    static bool isValid(const QString &name);
    static QString fromFolderName(const QString &folderName);
};

} // namespace Leitstand
