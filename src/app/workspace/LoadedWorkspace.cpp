#include "LoadedWorkspace.h"

namespace Leitstand {

qsizetype LoadedWorkspace::stackCount() const
{
    qsizetype count = 0;
    for (const LoadedHost &host : hosts)
        count += host.stacks.size();
    return count;
}

qsizetype LoadedWorkspace::failedStackCount() const
{
    qsizetype count = 0;
    for (const LoadedHost &host : hosts) {
        for (const LoadedStack &stack : host.stacks) {
            if (!stack.isLoaded())
                ++count;
        }
    }
    return count;
}

qsizetype LoadedWorkspace::serviceCount() const
{
    qsizetype count = 0;
    for (const LoadedHost &host : hosts) {
        for (const LoadedStack &stack : host.stacks)
            count += stack.serviceCount();
    }
    return count;
}

} // namespace Leitstand
