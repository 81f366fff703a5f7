#pragma once

#include "HostPatternList.h"

namespace Leitstand::Remote {

// The Host or Match line a directive of ~/.ssh/config stands under.
struct SshConfigCondition
{
    enum class Kind { Patterns, Always, Never };

    Kind kind = Kind::Always;
    HostPatternList patterns;

    bool matches(const QString &alias) const
    {
        return kind == Kind::Always || (kind == Kind::Patterns && patterns.matches(alias));
    }
};

} // namespace Leitstand::Remote
