#include "SshConfig.h"

#include "SshConfigReader.h"
#include "SshTokenExpander.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSysInfo>

#include <unistd.h>

namespace Leitstand::Remote {

namespace {

// Keywords whose single argument Leitstand reads; more than one is an error, as in OpenSSH.
const QSet<QString> &singleArgumentKeywords()
{
    static const QSet<QString> keywords{QStringLiteral("hostname"),
                                        QStringLiteral("user"),
                                        QStringLiteral("port"),
                                        QStringLiteral("identityfile"),
                                        QStringLiteral("proxyjump"),
                                        QStringLiteral("hostkeyalias"),
                                        QStringLiteral("identitiesonly")};
    return keywords;
}

// The raw values of one host, before tokens are expanded: what `ssh -G` prints for most of them.
struct RawSettings
{
    QHash<QString, QString> first; // single-valued keyword -> the first value seen
    QStringList identityFiles;
    QStringList knownHostsFiles;
    QStringList proxyJump;
    QString proxyCommand;
    bool proxyDecided = false;
};

void collect(const SshConfigDirective &directive, RawSettings &raw)
{
    const QString &keyword = directive.keyword;
    if (keyword == QLatin1String("identityfile")) {
        if (!raw.identityFiles.contains(directive.arguments.first()))
            raw.identityFiles.append(directive.arguments.first());
    } else if (keyword == QLatin1String("userknownhostsfile")) {
        if (raw.knownHostsFiles.isEmpty())
            raw.knownHostsFiles = directive.arguments;
    } else if (keyword == QLatin1String("proxyjump") || keyword == QLatin1String("proxycommand")) {
        // The two exclude each other: whichever comes first decides, `none` included.
        if (raw.proxyDecided)
            return;
        raw.proxyDecided = true;
        const bool none = directive.arguments.size() == 1
                          && directive.arguments.first().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
        if (none)
            return;
        if (keyword == QLatin1String("proxyjump"))
            raw.proxyJump = directive.arguments.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            raw.proxyCommand = directive.rawArguments;
    } else if (singleArgumentKeywords().contains(keyword) && !raw.first.contains(keyword)) {
        raw.first.insert(keyword, directive.arguments.first());
    }
}

QString shortHostName()
{
    const QString name = QSysInfo::machineHostName();
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.left(dot);
}

} // namespace

QString SshConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

Expected<SshConfig> SshConfig::load(const QString &path)
{
    const QString home = QDir::homePath();
    return load(path.isEmpty() ? defaultPath() : path, home + QStringLiteral("/.ssh"), home);
}

Expected<SshConfig> SshConfig::load(const QString &path, const QString &userSshDirectory, const QString &homeDirectory)
{
    SshConfigReader reader(userSshDirectory, homeDirectory);
    Expected<QList<SshConfigDirective>> directives = reader.read(path);
    if (!directives)
        return directives.error();
    // Checked for every line, whichever host it is for: OpenSSH refuses such a file outright.
    for (const SshConfigDirective &directive : *directives) {
        const Outcome outcome = check(directive);
        if (!outcome)
            return outcome.error();
    }
    SshConfig config;
    config.m_directives = std::move(directives).value();
    config.m_homeDirectory = homeDirectory;
    return config;
}

Outcome SshConfig::check(const SshConfigDirective &directive)
{
    const QString &keyword = directive.keyword;
    const bool single = singleArgumentKeywords().contains(keyword);
    if ((single || keyword == QLatin1String("userknownhostsfile") || keyword == QLatin1String("proxycommand"))
        && directive.arguments.isEmpty()) {
        return Error(tr("%1 needs a value").arg(keyword), directive.location);
    }
    if (single && directive.arguments.size() > 1)
        return Error(tr("%1 takes one value, found %2").arg(keyword).arg(directive.arguments.size()),
                     directive.location);
    if (keyword == QLatin1String("port")) {
        bool ok = false;
        const int port = directive.arguments.first().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error(tr("bad port \"%1\"").arg(directive.arguments.first()), directive.location);
    }
    return Success{};
}

SshHostSettings SshConfig::resolve(const QString &alias, const QString &localUser) const
{
    return resolve(alias, localUser, QString(), 0);
}

SshHostSettings SshConfig::resolve(const QString &alias,
                                   const QString &localUser,
                                   const QString &explicitUser,
                                   int explicitPort) const
{
    RawSettings raw;
    for (const SshConfigDirective &directive : m_directives) {
        if (directive.appliesTo(alias))
            collect(directive, raw);
    }

    SshHostSettings settings;
    const QString hostName = raw.first.value(QStringLiteral("hostname"));
    settings.hostName = hostName.isEmpty()
                            ? alias.toLower()
                            : SshTokenExpander({{QLatin1Char('h'), alias}}, QString()).expand(hostName).toLower();
    settings.user = !explicitUser.isEmpty() ? explicitUser : raw.first.value(QStringLiteral("user"), localUser);
    settings.port
        = explicitPort > 0 ? explicitPort : raw.first.value(QStringLiteral("port"), QStringLiteral("22")).toInt();
    settings.proxyJump = raw.proxyJump;
    settings.proxyCommand = raw.proxyCommand;
    settings.hostKeyAlias = raw.first.value(QStringLiteral("hostkeyalias"));
    settings.identitiesOnly = raw.first.value(QStringLiteral("identitiesonly")).toLower() == QLatin1String("yes");

    const SshTokenExpander expander({{QLatin1Char('d'), m_homeDirectory},
                                     {QLatin1Char('h'), settings.hostName},
                                     {QLatin1Char('n'), alias},
                                     {QLatin1Char('r'), settings.user},
                                     {QLatin1Char('u'), localUser},
                                     {QLatin1Char('p'), QString::number(settings.port)},
                                     {QLatin1Char('i'), QString::number(::getuid())},
                                     {QLatin1Char('l'), QSysInfo::machineHostName()},
                                     {QLatin1Char('L'), shortHostName()}},
                                    m_homeDirectory);
    for (const QString &file : std::as_const(raw.identityFiles))
        settings.identityFiles.append(expander.expand(file));
    for (const QString &file : std::as_const(raw.knownHostsFiles))
        settings.userKnownHostsFiles.append(expander.expand(file));
    if (!settings.userKnownHostsFiles.isEmpty())
        settings.userKnownHostsFile = settings.userKnownHostsFiles.first();
    return settings;
}

} // namespace Leitstand::Remote
