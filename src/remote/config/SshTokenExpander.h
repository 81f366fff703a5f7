#pragma once

#include <QChar>
#include <QHash>
#include <QString>

namespace Leitstand::Remote {

// Expands the %-tokens of ssh_config values (%h, %u, %r, %%, ...) and a leading `~`, as
// OpenSSH's percent_expand and tilde_expand do. Unknown tokens are left as written.
class SshTokenExpander final
{
public:
    SshTokenExpander(QHash<QChar, QString> tokens, QString homeDirectory);

    QString expand(const QString &text) const;
    // Only `~` and `~/...`; `~user` forms are left alone.
    QString expandTilde(const QString &text) const;

private:
    QHash<QChar, QString> m_tokens;
    QString m_home;
};

} // namespace Leitstand::Remote
