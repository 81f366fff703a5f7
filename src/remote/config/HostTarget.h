#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace Leitstand::Remote {

struct SshHostSettings;
class SshConfig;

// Where an operator wants to go, as typed: `ssh://user@host:port` (IPv6 as `[addr]:port`),
// `user@host`, or a plain host name, address or ~/.ssh/config alias. Tailscale addresses and
// MagicDNS names are hosts like any other. `host:port` without the scheme is refused: it cannot
// be told apart from an IPv6 address.
struct HostTarget
{
    Q_DECLARE_TR_FUNCTIONS(HostTarget)

public:
    QString user; // empty: the ~/.ssh/config User, else the local user
    QString host; // a name, an IPv4 or an IPv6 address (without brackets)
    int port = 22;
    // The name ~/.ssh/config Host patterns are matched against: the host exactly as typed, as
    // OpenSSH does for `ssh user@host`.
    QString alias;
    bool hasExplicitPort = false; // an explicit port wins over the config's Port

    // Refuses passwords in the target (`ssh://user:secret@host`): secrets live in the keychain.
    static Expected<HostTarget> parse(const QString &text);

    // 100.64.0.0/10, Tailscale's IPv6 range fd7a:115c:a1e0::/48, or a MagicDNS name (*.ts.net).
    bool isTailscale() const;
    // The canonical ssh:// form, with the user and port only where they were given.
    QString toString() const;
    // The settings OpenSSH would use: the config entry for the alias, with the user and port
    // of the target (when given) taking precedence, as on ssh's command line.
    SshHostSettings resolve(const SshConfig &config, const QString &localUser) const;
};

} // namespace Leitstand::Remote
