#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace Leitstand::Remote {

// Passwords and key passphrases, kept only in the platform keychain through QtKeychain (the
// Secret Service on Linux, the Keychain on macOS) and never in its insecure plain-text
// fallback. The calls block the calling thread until the keychain answers or the timeout
// passes, which suits connection threads and the CLI; the jobs themselves run on one shared
// keychain thread (see Internal::KeychainThread). Needs a QCoreApplication.
class CredentialStore final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{20000};

    // service groups Leitstand's entries in the keychain; tests use their own.
    explicit CredentialStore(QString service = QStringLiteral("Leitstand"),
                             std::chrono::milliseconds timeout = DefaultTimeout);

    // A missing entry is an error here; use findSecret to tell it from a keychain failure.
    Expected<QString> readSecret(const QString &key) const;
    // No value: nothing is stored under the key. An error: the keychain is unavailable, locked
    // or refused, or did not answer in time.
    Expected<std::optional<QString>> findSecret(const QString &key) const;
    Outcome writeSecret(const QString &key, const QString &secret);
    // Removing an entry that does not exist succeeds.
    Outcome removeSecret(const QString &key);

    // The keys Leitstand uses: "host/<name>/password" and "identity/<path>/passphrase".
    static QString hostPasswordKey(const QString &hostName);
    static QString identityPassphraseKey(const QString &identityFile);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace Leitstand::Remote
