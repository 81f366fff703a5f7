#pragma once

#include "SshEndpoint.h"

#include <QString>

#include <functional>
#include <optional>

namespace Leitstand::Remote {

// A secret the authentication needs: the passphrase of an encrypted key or the password of a
// user. Answered by the keychain (CredentialStore) or, in the GUI, by a prompt.
struct SshSecretRequest
{
    enum class Kind {
        KeyPassphrase,
        Password,
    };
    Kind kind = Kind::Password;
    SshEndpoint endpoint;
    QString identityFile; // for KeyPassphrase
};

// Called on the connection's own thread, so it may block (a keychain read, a prompt answered
// through a queued call); it must answer within the authentication timeout. No answer skips the
// key or the password.
using SshSecretProvider = std::function<std::optional<QString>(const SshSecretRequest &request)>;

} // namespace Leitstand::Remote
