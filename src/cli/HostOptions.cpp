#include "HostOptions.h"

#include "remote/config/HostTarget.h"
#include "remote/hosts/HostRegistry.h"

#include <QFileInfo>

namespace Leitstand::Cli {

namespace {

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

HostOptions::HostOptions()
    : m_identity(QStringLiteral("identity"), tr("Private key file to authenticate with."), tr("FILE"))
    , m_knownHosts(QStringLiteral("known-hosts"),
                   tr("known_hosts file to trust host keys from (default: ~/.ssh/known_hosts)."),
                   tr("FILE"))
    , m_acceptNewHostKey(QStringLiteral("accept-new-host-key"),
                         tr("Record the key of a host seen for the first time (a changed key is always refused)."))
    , m_configDirectory(
          QStringLiteral("config-dir"),
          tr("Folder of Leitstand's host list (default: %1).").arg(Remote::HostRegistry::defaultConfigDirectory()),
          tr("DIR"))
{}

void HostOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_identity, m_knownHosts, m_acceptNewHostKey, m_configDirectory});
}

HostOptions::Values HostOptions::read(const QCommandLineParser &parser) const
{
    Values values;
    values.identityFile = absolute(parser.value(m_identity));
    values.knownHostsFile = absolute(parser.value(m_knownHosts));
    values.acceptNewHostKey = parser.isSet(m_acceptNewHostKey);
    values.configDirectory = parser.isSet(m_configDirectory) ? absolute(parser.value(m_configDirectory))
                                                             : Remote::HostRegistry::defaultConfigDirectory();
    return values;
}

QStringList HostOptions::valueOptionNames()
{
    return {QStringLiteral("identity"), QStringLiteral("known-hosts"), QStringLiteral("config-dir")};
}

Expected<Remote::RegisteredHost> HostOptions::selectHost(const QString &nameOrTarget, const Values &values)
{
    Remote::RegisteredHost host;
    const Remote::HostRegistry registry(values.configDirectory);
    const bool couldBeName = Remote::HostRegistry::checkName(nameOrTarget).hasValue();
    const auto registered
        = couldBeName ? registry.find(nameOrTarget) : Expected<std::optional<Remote::RegisteredHost>>(std::nullopt);
    if (!registered)
        return registered.error();
    if (registered->has_value()) {
        host = registered->value();
    } else {
        const Expected<Remote::HostTarget> target = Remote::HostTarget::parse(nameOrTarget);
        if (!target)
            return target.error();
        host.name = nameOrTarget;
        host.target = nameOrTarget;
    }
    if (!values.identityFile.isEmpty())
        host.identityFile = values.identityFile;
    if (!values.knownHostsFile.isEmpty())
        host.knownHostsFile = values.knownHostsFile;
    return host;
}

} // namespace Leitstand::Cli
