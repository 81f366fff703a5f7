#pragma once

#include "SshConfigDirective.h"
#include "SshHostSettings.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Leitstand::Remote {

// ~/.ssh/config, evaluated for a host the way OpenSSH does it (`ssh -G` is the oracle in the
// tests): Host patterns with `*`, `?` and `!`, the first value of a keyword wins, IdentityFile
// accumulates, Include is followed. Keywords Leitstand has no use for are ignored, as are
// Match blocks other than `Match all` (see SshConfigReader).
class SshConfig final
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)

public:
    // A missing file is an empty configuration. An empty path means ~/.ssh/config.
    static Expected<SshConfig> load(const QString &path = QString());
    // For tests and other users' files: where relative Includes and `~` lead.
    static Expected<SshConfig> load(const QString &path, const QString &userSshDirectory, const QString &homeDirectory);
    static QString defaultPath();

    SshHostSettings resolve(const QString &alias, const QString &localUser) const;
    // As `ssh -p PORT USER@alias` does: an explicit user or port (0 for none) wins over the
    // config and is what %r and %p expand to.
    SshHostSettings resolve(const QString &alias,
                            const QString &localUser,
                            const QString &explicitUser,
                            int explicitPort) const;

    const QList<SshConfigDirective> &directives() const { return m_directives; }

private:
    static Outcome check(const SshConfigDirective &directive);

    QList<SshConfigDirective> m_directives;
    QString m_homeDirectory;
};

} // namespace Leitstand::Remote
