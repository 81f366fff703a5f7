#pragma once

#include <QString>
#include <QStringList>

namespace Leitstand {

// The one way remote command lines are built: every argument is quoted for a POSIX shell, so
// names holding spaces, quotes, ;, $(), backticks, newlines or any other byte reach the remote
// program unchanged and are never interpreted by the shell.
class ShellQuoting final
{
public:
    static QString quoteArgument(const QString &argument);
    static QString joinCommand(const QStringList &arguments);
};

} // namespace Leitstand
