#pragma once

#include "CliCommand.h"
#include "HostOptions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Leitstand::Remote {
class SshConnection;
struct SshFailure;
} // namespace Leitstand::Remote

namespace Leitstand::Cli {

// `leitstand-cli hosts test NAME|TARGET`: logs in to a host the way every other command will
// and tells what it learned: the server's version, the host key, the login method that worked
// and whether docker answers. Exit 0 when the login worked, 1 when it failed, 2 for bad input,
// 3 when the host's key is not trusted (unknown without --accept-new-host-key, or changed).
class HostTestCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HostTestCommand)

public:
    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;
    QString synopsis() const;
    int run(const QStringList &arguments) override;

private:
    int reportFailure(const Remote::SshFailure &failure, bool json) const;
    // Runs `docker version --format json` (through sudo -n when the host wants it).
    QJsonObject probeDocker(Remote::SshConnection &connection, bool useSudo) const;

    HostOptions m_hostOptions;
};

} // namespace Leitstand::Cli
