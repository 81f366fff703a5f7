#pragma once

#include <chrono>

namespace Leitstand::Remote::Internal {

// Whether the Secret Service's default collection (where QtKeychain stores entries) is locked.
// QtKeychain over libsecret reports an entry of a locked keyring as "not found" once the
// unlock prompt fails, which would pass a locked keyring off as a missing password.
class SecretServiceLock final
{
public:
    // False where there is no Secret Service or it does not say (macOS, KWallet, no bus).
    static bool isDefaultCollectionLocked(std::chrono::milliseconds timeout);
};

} // namespace Leitstand::Remote::Internal
