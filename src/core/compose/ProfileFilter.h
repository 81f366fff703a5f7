#pragma once

#include "../model/DisabledService.h"
#include "../yaml/YamlNode.h"

#include <QStringList>

namespace Leitstand {

// Keeps the services that run under the active profiles: those without `profiles` always,
// the others when one of their profiles is active ("*" activates every profile).
class ProfileFilter final
{
public:
    // Removes disabled services from document and returns their names.
    static QStringList apply(YamlNode &document, const QStringList &activeProfiles);
    // The services apply() would remove, with their profiles; call it before apply().
    static QList<DisabledService> disabledServices(const YamlNode &document, const QStringList &activeProfiles);
    static bool isEnabled(const YamlNode &service, const QStringList &activeProfiles);
};

} // namespace Leitstand
