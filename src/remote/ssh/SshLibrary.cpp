#include "SshLibrary.h"

#include <libssh2.h>

#include <mutex>

namespace Leitstand::Remote {

bool SshLibrary::initialize()
{
    static std::once_flag once;
    static bool initialized = false;
    std::call_once(once, [] { initialized = libssh2_init(0) == 0; });
    return initialized;
}

} // namespace Leitstand::Remote
