#pragma once

#include "HostKey.h"
#include "KnownHostsEntry.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand::Remote {

// The host keys an operator trusts, in an OpenSSH known_hosts file (~/.ssh/known_hosts by
// default), so trust decided in `ssh` carries over to Leitstand and back. Hashed entries,
// `[host]:port` entries, pattern lists with `!`, `@revoked` and comments are understood;
// `@cert-authority` lines are skipped (host certificates are not supported). The file is read
// anew on every call: another program may have changed it.
class KnownHostsStore final
{
    Q_DECLARE_TR_FUNCTIONS(KnownHostsStore)

public:
    explicit KnownHostsStore(QString path);
    static QString defaultPath();

    enum class Verdict {
        Trusted,
        Unknown,        // no key of any type recorded for the host
        UnknownForType, // keys of other types only: a first contact for this type, not a change
        Changed,        // a different key of the same type is recorded, or the key is @revoked
        StoreUnreadable // fail closed: the file exists but cannot be read
    };
    struct Result
    {
        Verdict verdict;
        QList<HostKey> storedKeys; // for Changed: the recorded keys of that type
        QString detail;            // where the decision came from, for people
        bool revoked = false;      // Changed because the key is listed as @revoked
    };

    Result check(const QString &host, int port, const HostKey &key) const;
    // The key types recorded for the host, in file order, to ask the server for one of them
    // first: a server offering another type first would otherwise look like a new host.
    QStringList storedKeyTypes(const QString &host, int port) const;
    // Appends an entry atomically (a temporary file renamed over the old one, whose content and
    // permissions are kept; a new file is 0600). Hashes the name when the file already holds
    // hashed entries. Refuses to add beside a different key of the same type: replacing a key
    // is a separate, deliberate action.
    Outcome add(const QString &host, int port, const HostKey &key);

    // The name known_hosts records a host under: "host" on port 22, else "[host]:port".
    static QString lookupName(const QString &host, int port);

private:
    struct Contents
    {
        bool readable = true;
        QString error;
        QByteArray bytes;
        QList<KnownHostsEntry> entries;
    };
    Contents read() const;
    static QList<KnownHostsEntry> entriesFor(const Contents &contents, const QString &lookupName);
    QString where(const KnownHostsEntry &entry) const;

    QString m_path;
};

} // namespace Leitstand::Remote
