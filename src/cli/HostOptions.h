#pragma once

#include "core/Expected.h"
#include "remote/hosts/RegisteredHost.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace Leitstand::Cli {

// The options every host command shares (hosts, ps, stacks, watch, deploy, apply, backup, ...):
// --identity, --known-hosts, --accept-new-host-key and --config-dir.
class HostOptions final
{
    Q_DECLARE_TR_FUNCTIONS(HostOptions)

public:
    struct Values
    {
        QString identityFile;   // absolute; empty when not given
        QString knownHostsFile; // absolute; empty when not given
        bool acceptNewHostKey = false;
        QString configDirectory; // where the host list lives; never empty
    };

    HostOptions();

    void addTo(QCommandLineParser &parser) const;
    Values read(const QCommandLineParser &parser) const;
    // The long names of the options that take a value, for commands that look for a
    // subcommand among options.
    static QStringList valueOptionNames();

    // NAME|TARGET: a host of the list by its name, else a target as typed (named after itself).
    // --identity and --known-hosts given on the command line win over the host's settings.
    static Expected<Remote::RegisteredHost> selectHost(const QString &nameOrTarget, const Values &values);

private:
    QCommandLineOption m_identity;
    QCommandLineOption m_knownHosts;
    QCommandLineOption m_acceptNewHostKey;
    QCommandLineOption m_configDirectory;
};

} // namespace Leitstand::Cli
