#pragma once

namespace Leitstand::Remote {

// libssh2_init must run once, before any thread uses the library (it is not thread-safe).
// Every connection calls this from the thread that creates it.
class SshLibrary final
{
public:
    static bool initialize();
};

} // namespace Leitstand::Remote
