#pragma once

#include "HostKey.h"

#include <QString>

#include <optional>

namespace Leitstand::Remote {

// One line of an OpenSSH known_hosts file:
//   [@revoked|@cert-authority] HOSTS TYPE BASE64 [comment]
// where HOSTS is a comma-separated pattern list (`*`, `?`, `!`, `[host]:port`) or one hashed
// name `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`.
struct KnownHostsEntry
{
    enum class Marker { None, Revoked, CertAuthority };

    Marker marker = Marker::None;
    QString hosts;
    HostKey key;
    int line = 0;

    bool isHashed() const { return hosts.startsWith(QLatin1String("|1|")); }
    // lookupName is what KnownHostsStore::lookupName makes of a host and port.
    bool matches(const QString &lookupName) const;

    // Nothing for comments, blank lines and lines that are not entries: they are skipped, and
    // never hide the lines after them.
    static std::optional<KnownHostsEntry> parse(QStringView text, int lineNumber);
    // The hashed form of a name, with a fresh random salt.
    static QString hashName(const QString &lookupName);
};

} // namespace Leitstand::Remote
