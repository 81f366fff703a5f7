#include "HostPathResolver.h"

#include <QDir>

namespace Leitstand::Internal {

HostPathResolver::HostPathResolver(QString workingDirectory, QString homeDirectory)
    : m_workingDirectory(std::move(workingDirectory))
    , m_homeDirectory(std::move(homeDirectory))
{}

QString HostPathResolver::absolute(const QString &path) const
{
    if (path.isEmpty())
        return path;
    QString expanded = path;
    // Like compose's ExpandUser: a leading "~" is replaced by the home folder.
    if (expanded.startsWith(QLatin1Char('~')))
        expanded = m_homeDirectory + QLatin1Char('/') + expanded.mid(1);
    if (QDir::isAbsolutePath(expanded))
        return QDir::cleanPath(expanded);
    return QDir::cleanPath(m_workingDirectory + QLatin1Char('/') + expanded);
}

bool HostPathResolver::isRemote(const QString &path)
{
    return path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("git@"))
           || path.startsWith(QLatin1String("github.com/")) || path.startsWith(QLatin1String("service:"));
}

} // namespace Leitstand::Internal
