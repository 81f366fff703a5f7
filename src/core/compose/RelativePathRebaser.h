#pragma once

#include "../yaml/YamlNode.h"

#include <QString>

namespace Leitstand {

// Makes the relative paths of a compose document absolute against the folder they are
// relative to (the project folder, or the folder of an extended or included file), so that
// documents from different folders can be merged without losing where their paths point.
class RelativePathRebaser final
{
public:
    static void rebaseDocument(YamlNode &document, const QString &baseDirectory);
    static void rebaseService(YamlNode &service, const QString &baseDirectory);
    static QString absolutePath(const QString &path, const QString &baseDirectory);
    static bool isRelativePath(const std::string &path);
};

} // namespace Leitstand
