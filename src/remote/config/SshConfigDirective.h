#pragma once

#include "SshConfigCondition.h"

#include "core/SourceLocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

// One `Keyword arguments` line of ~/.ssh/config (Includes already followed), with every Host
// or Match line it stands under: the one in its own file and those around the Include lines
// that led to it. It applies to a host when all of them match.
struct SshConfigDirective
{
    QString keyword; // lowercase
    QStringList arguments;
    QString rawArguments; // the text after the keyword, for ProxyCommand
    SourceLocation location;
    QList<SshConfigCondition> conditions;

    bool appliesTo(const QString &alias) const
    {
        for (const SshConfigCondition &condition : conditions) {
            if (!condition.matches(alias))
                return false;
        }
        return true;
    }
};

} // namespace Leitstand::Remote
