#include "HostTarget.h"

#include "SshConfig.h"
#include "SshHostSettings.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Leitstand::Remote {

namespace {

const QLatin1String SchemePrefix("ssh://");

// Host names and aliases: letters, digits, dots, dashes and underscores. Anything else (spaces,
// quotes, shell characters) has no business in a host name and would only be trouble further
// down, and a leading dash could pass for an option.
bool isPlainHostName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*$"));
    return pattern.match(name).hasMatch();
}

bool isIpv6Address(const QString &text)
{
    QHostAddress address;
    return text.contains(QLatin1Char(':')) && address.setAddress(text)
           && address.protocol() == QAbstractSocket::IPv6Protocol;
}

Outcome checkUser(const QString &user)
{
    if (user.contains(QLatin1Char(':'))) {
        // The message must not repeat the text: it holds a secret.
        return Error(HostTarget::tr("the target holds a password; targets never hold secrets, store the password in "
                                    "the keychain instead"));
    }
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._@+-]*$"));
    if (!pattern.match(user).hasMatch())
        return Error(HostTarget::tr("\"%1\" is not a valid user name").arg(user));
    return Success{};
}

Expected<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.startsWith(QLatin1Char('+')))
        return Error(HostTarget::tr("\"%1\" is not a port number (1 to 65535)").arg(text));
    return port;
}

Outcome checkHost(const QString &host)
{
    if (host.isEmpty())
        return Error(HostTarget::tr("the target names no host"));
    if (!isPlainHostName(host) && !isIpv6Address(host))
        return Error(HostTarget::tr("\"%1\" is not a valid host name or address").arg(host));
    return Success{};
}

// host, host:port, [v6], [v6]:port: the part of an ssh:// target after the user.
Outcome parseUrlHostPort(const QString &text, HostTarget &target)
{
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error(HostTarget::tr("\"%1\": the IPv6 address lacks its closing ]").arg(text));
        target.host = text.mid(1, close - 1);
        if (!isIpv6Address(target.host))
            return Error(HostTarget::tr("\"%1\" is not an IPv6 address").arg(target.host));
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return Error(HostTarget::tr("unexpected \"%1\" after the IPv6 address").arg(rest));
            portText = rest.mid(1);
        }
    } else {
        const qsizetype colons = text.count(QLatin1Char(':'));
        if (colons > 1)
            return Error(HostTarget::tr("write IPv6 addresses in brackets: ssh://[%1]").arg(text));
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        target.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            portText = text.mid(colon + 1);
        const Outcome host = checkHost(target.host);
        if (!host)
            return host.error();
    }
    if (!portText.isNull()) {
        const Expected<int> port = parsePort(portText);
        if (!port)
            return port.error();
        target.port = *port;
        target.hasExplicitPort = true;
    }
    return Success{};
}

Outcome splitUser(const QString &text, HostTarget &target, QString &hostPart)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    hostPart = at < 0 ? text : text.mid(at + 1);
    if (at < 0)
        return Success{};
    target.user = text.left(at);
    if (target.user.isEmpty())
        return Error(HostTarget::tr("the target has an @ but no user before it"));
    return checkUser(target.user);
}

} // namespace

Expected<HostTarget> HostTarget::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(tr("the target is empty"));
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error(tr("the target must not contain spaces or control characters"));
    }

    HostTarget target;
    QString hostPart;
    if (text.startsWith(SchemePrefix, Qt::CaseInsensitive)) {
        QString rest = text.mid(SchemePrefix.size());
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (rest.contains(QLatin1Char('/')) || rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#')))
            return Error(tr("an ssh:// target has no path, query or fragment"));
        const Outcome user = splitUser(rest, target, hostPart);
        if (!user)
            return user.error();
        const Outcome hostPort = parseUrlHostPort(hostPart, target);
        if (!hostPort)
            return hostPort.error();
    } else {
        if (text.contains(QStringLiteral("://")))
            return Error(tr("only ssh:// targets are supported"));
        const Outcome user = splitUser(text, target, hostPart);
        if (!user)
            return user.error();
        if (hostPart.count(QLatin1Char(':')) == 1) {
            return Error(tr("\"%1\": give a port as ssh://%2 (host:port cannot be told apart from an IPv6 address)")
                             .arg(hostPart, text));
        }
        target.host = hostPart;
        const Outcome host = checkHost(target.host);
        if (!host)
            return host.error();
    }
    target.alias = target.host;
    return target;
}

bool HostTarget::isTailscale() const
{
    QHostAddress address;
    if (address.setAddress(host)) {
        // Tailscale's CGNAT range and its ULA prefix.
        static const auto ipv4Range = QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10"));
        static const auto ipv6Range = QHostAddress::parseSubnet(QStringLiteral("fd7a:115c:a1e0::/48"));
        return address.isInSubnet(ipv4Range) || address.isInSubnet(ipv6Range);
    }
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.endsWith(QStringLiteral(".ts.net"));
}

QString HostTarget::toString() const
{
    QString text = SchemePrefix;
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (hasExplicitPort)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

SshHostSettings HostTarget::resolve(const SshConfig &config, const QString &localUser) const
{
    return config.resolve(alias.isEmpty() ? host : alias, localUser, user, hasExplicitPort ? port : 0);
}

} // namespace Leitstand::Remote
