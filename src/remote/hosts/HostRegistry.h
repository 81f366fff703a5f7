#pragma once

#include "RegisteredHost.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Leitstand::Remote {

// The hosts of the operator's workspace, kept in `workspace.json` in the config folder. The
// file has the shape WorkspaceReader reads ({"hosts": [{"name", "target", "stacks": [...]}]}),
// plus per-host settings, so the app can open it as a workspace. Writes are atomic and
// serialized between processes; members a newer version wrote are kept. No secret is ever
// written: a target holding a password is refused.
class HostRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(HostRegistry)

public:
    explicit HostRegistry(QString configDirectory = defaultConfigDirectory());
    // <config>/Leitstand: shared by the app and leitstand-cli, whose application names (and so
    // AppConfigLocation folders) differ.
    static QString defaultConfigDirectory();
    QString filePath() const;

    // A missing file is an empty registry.
    Expected<QList<RegisteredHost>> hosts() const;
    Expected<std::optional<RegisteredHost>> find(const QString &name) const;
    Outcome add(const RegisteredHost &host);
    // Replaces the host of the same name.
    Outcome update(const RegisteredHost &host);
    Outcome remove(const QString &name);

    // Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters:
    // a name must never be mistaken for a target.
    static Outcome checkName(const QString &name);
    static Outcome check(const RegisteredHost &host);

private:
    Expected<QJsonObject> readRoot() const;
    Outcome writeRoot(const QJsonObject &root) const;
    // Read, change, write, under a lock file so two processes never lose each other's change.
    template<typename Change>
    Outcome modify(Change change);

    QString m_directory;
};

} // namespace Leitstand::Remote
