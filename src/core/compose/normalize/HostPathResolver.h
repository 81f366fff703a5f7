#pragma once

#include <QString>

namespace Leitstand::Internal {

// Makes host paths absolute the way compose resolves them: "~" and "~/..." start at the home
// folder, anything else relative starts at the project's working directory, and the result is
// cleaned ("./data/" → "/project/data").
class HostPathResolver final
{
public:
    HostPathResolver() = default;
    HostPathResolver(QString workingDirectory, QString homeDirectory);

    QString absolute(const QString &path) const;
    // Build contexts and additional contexts may be URLs ("https://…", "git@…",
    // "docker-image://…") or "service:NAME", which stay as written.
    static bool isRemote(const QString &path);

private:
    QString m_workingDirectory;
    QString m_homeDirectory;
};

} // namespace Leitstand::Internal
