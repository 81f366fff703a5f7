#pragma once

#include "../SourceLocation.h"

#include <QString>
#include <QStringList>

namespace Leitstand {

// A service that the active profiles leave out. The loader keeps its name and profiles so the
// analyses can tell "depends on a disabled service" (and which profile would enable it) from
// "depends on an undefined service".
struct DisabledService
{
    QString name;
    QStringList profiles;
    SourceLocation definedAt;

    friend bool operator==(const DisabledService &, const DisabledService &) = default;
};

} // namespace Leitstand
