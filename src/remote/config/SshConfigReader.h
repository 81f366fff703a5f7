#pragma once

#include "SshConfigDirective.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Leitstand::Remote {

// Reads an ssh_config file into directives the way OpenSSH's readconf.c reads it: `Keyword
// value` and `Keyword=value`, keywords in any case, single or double quotes, trailing
// comments, and Include (relative to ~/.ssh, `~` and globs, at most 16 levels deep). Match
// blocks are skipped, except `Match all`: evaluating their criteria (exec, canonical, final,
// localnetwork) would mean running commands or resolving names, and a skipped block can only
// make a connection miss a setting, never go somewhere it should not.
class SshConfigReader final
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigReader)

public:
    // userSshDirectory anchors relative Include paths; homeDirectory expands `~`.
    SshConfigReader(QString userSshDirectory, QString homeDirectory);

    // A missing file is an empty configuration; an unreadable one is an error.
    Expected<QList<SshConfigDirective>> read(const QString &path);

    // OpenSSH's argv_split: whitespace separates, quotes group, a backslash escapes a quote,
    // a backslash or a space, and a word starting with # ends the line.
    static Expected<QStringList> splitArguments(const QString &text);

private:
    Outcome readFile(const QString &path, const QList<SshConfigCondition> &outer, int depth);
    Outcome readLine(const QString &line,
                     const SourceLocation &location,
                     const QList<SshConfigCondition> &outer,
                     SshConfigCondition &own,
                     int depth);
    Outcome include(const QStringList &patterns,
                    const SourceLocation &location,
                    const QList<SshConfigCondition> &conditions,
                    int depth);

    QString m_sshDirectory;
    QString m_homeDirectory;
    QList<SshConfigDirective> m_directives;
};

} // namespace Leitstand::Remote
