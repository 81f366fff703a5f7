#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Leitstand::Remote {

// A server's public host key: its type name as SSH spells it and the key blob in SSH wire
// format (the base64 part of a known_hosts or .pub line, decoded).
struct HostKey
{
    Q_DECLARE_TR_FUNCTIONS(HostKey)

public:
    QString type; // e.g. "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QByteArray blob;

    // "SHA256:" and the unpadded base64 of the blob's SHA-256, exactly as ssh-keygen -l and the
    // OpenSSH client print it, so operators can compare it with what they know.
    QString sha256Fingerprint() const;
    // "type base64", the form of known_hosts and .pub files.
    QString toOpenSshText() const;

    // Reads the type from the blob itself; refuses blobs that are not SSH keys.
    static Expected<HostKey> fromBlob(const QByteArray &blob);
    // "type base64 [comment]", as in a .pub file or pasted from `ssh-keyscan`.
    static Expected<HostKey> fromOpenSshText(const QString &text);

    friend bool operator==(const HostKey &, const HostKey &) = default;
};

} // namespace Leitstand::Remote
