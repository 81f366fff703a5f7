#include "HostnameReferences.h"

#include <QRegularExpression>

namespace Leitstand::Analysis {

namespace {

// A plain substring test first: most values do not contain the name at all, and a stack of
// hundreds of services asks this for every pair of them.
bool mentionedIn(const QString &text, const QString &host, const QRegularExpression &word)
{
    return text.contains(host) && word.match(text).hasMatch();
}

QRegularExpression wordPattern(const QString &host)
{
    return QRegularExpression(QStringLiteral("(?:^|[^A-Za-z0-9_.-])%1(?:$|[^A-Za-z0-9_.-]|\\.(?![A-Za-z0-9]))")
                                  .arg(QRegularExpression::escape(host)));
}

bool mentionsWith(const ComposeService &client, const QString &host, const QRegularExpression &word)
{
    for (const auto &[key, value] : client.environment) {
        if (!value.isEmpty() && mentionedIn(value, host, word))
            return true;
    }
    for (const QString &argument : client.command + client.entrypoint) {
        if (mentionedIn(argument, host, word))
            return true;
    }
    return false;
}

} // namespace

bool HostnameReferences::mentions(const ComposeService &client, const QString &host)
{
    return !host.isEmpty() && mentionsWith(client, host, wordPattern(host));
}

QStringList HostnameReferences::clientsOf(const ComposeProject &project, const QString &host, const QString &except)
{
    QStringList clients;
    if (host.isEmpty())
        return clients;
    const QRegularExpression word = wordPattern(host);
    for (const ComposeService &service : project.services) {
        if (service.name != except && mentionsWith(service, host, word))
            clients.append(service.name);
    }
    return clients;
}

} // namespace Leitstand::Analysis
