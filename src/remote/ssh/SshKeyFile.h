#pragma once

#include <QString>

namespace Leitstand::Remote {

// What a private key file is, read without its passphrase: OpenSSH keeps the public part of
// its own format unencrypted, and PEM files name their type in the header. Needed to ask for a
// passphrase only when the key is encrypted and to explain RSA refusals.
struct SshKeyFile
{
    bool readable = false;
    QString type; // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ... or empty when unknown
    bool encrypted = false;

    bool isRsa() const { return type == QLatin1String("ssh-rsa"); }

    static SshKeyFile inspect(const QString &path);
};

} // namespace Leitstand::Remote
