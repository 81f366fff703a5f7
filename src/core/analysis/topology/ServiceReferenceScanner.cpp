#include "ServiceReferenceScanner.h"

#include <QMap>

#include <algorithm>
#include <functional>

namespace Leitstand::Analysis::Internal {

namespace {

bool isHostChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

// What may follow the digits of a port: the end, a path, a query, a list separator or a quote.
bool endsPort(QStringView value, qsizetype at)
{
    if (at >= value.size())
        return true;
    static const QString enders = QStringLiteral("/?#,; \t\"'&)");
    return enders.contains(value.at(at));
}

} // namespace

ServiceReferenceScanner::ServiceReferenceScanner(const ComposeProject &project)
{
    // Service names win; a container name or alias counts when no service has that name and
    // only one service uses it.
    QHash<QString, QString> otherNames;
    QSet<QString> ambiguous;
    for (const ComposeService &service : project.services) {
        m_serviceByHost.insert(service.name.toLower(), service.name);
        QStringList names{service.containerName};
        for (const ServiceNetworkAttachment &attachment : service.networks)
            names += attachment.aliases;
        for (const QString &name : std::as_const(names)) {
            const QString key = name.toLower();
            if (key.isEmpty())
                continue;
            const auto existing = otherNames.constFind(key);
            if (existing != otherNames.cend() && *existing != service.name)
                ambiguous.insert(key);
            otherNames.insert(key, service.name);
        }
    }
    for (auto it = otherNames.cbegin(); it != otherNames.cend(); ++it) {
        if (!ambiguous.contains(it.key()) && !m_serviceByHost.contains(it.key()))
            m_serviceByHost.insert(it.key(), it.value());
    }
}

bool ServiceReferenceScanner::isHostKey(const QString &key)
{
    static const QSet<QString> hostWords{QStringLiteral("HOST"),
                                         QStringLiteral("HOSTS"),
                                         QStringLiteral("HOSTNAME"),
                                         QStringLiteral("ADDR"),
                                         QStringLiteral("ADDRESS"),
                                         QStringLiteral("SERVER"),
                                         QStringLiteral("SERVERS"),
                                         QStringLiteral("ENDPOINT"),
                                         QStringLiteral("BROKER"),
                                         QStringLiteral("BROKERS"),
                                         QStringLiteral("URL"),
                                         QStringLiteral("URI"),
                                         QStringLiteral("DSN"),
                                         QStringLiteral("UPSTREAM")};
    qsizetype start = 0;
    for (qsizetype i = 0; i <= key.size(); ++i) {
        if (i == key.size() || key.at(i) == QLatin1Char('_') || key.at(i) == QLatin1Char('.')
            || key.at(i) == QLatin1Char('-')) {
            if (i > start && hostWords.contains(key.mid(start, i - start).toUpper()))
                return true;
            start = i + 1;
        }
    }
    return false;
}

void ServiceReferenceScanner::scanValue(QStringView value,
                                        bool hostKey,
                                        const std::function<void(QStringView)> &found) const
{
    // URLs: the host between "://", an optional "user:password@" and a port, path or query.
    for (qsizetype scheme = value.indexOf(u"://"); scheme >= 0; scheme = value.indexOf(u"://", scheme + 3)) {
        qsizetype end = scheme + 3;
        while (end < value.size() && !QStringView(u"/?#, \t").contains(value.at(end)))
            ++end;
        QStringView authority = value.mid(scheme + 3, end - scheme - 3);
        if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
            authority = authority.mid(at + 1);
        if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0)
            authority = authority.left(colon);
        found(authority);
    }
    // "host:port", wherever it stands.
    for (qsizetype colon = value.indexOf(QLatin1Char(':')); colon >= 0;
         colon = value.indexOf(QLatin1Char(':'), colon + 1)) {
        qsizetype digitsEnd = colon + 1;
        while (digitsEnd < value.size() && value.at(digitsEnd).isDigit())
            ++digitsEnd;
        if (digitsEnd == colon + 1 || !endsPort(value, digitsEnd))
            continue;
        qsizetype start = colon;
        while (start > 0 && isHostChar(value.at(start - 1)))
            --start;
        if (start < colon)
            found(value.mid(start, colon - start));
    }
    // A bare name (or a list of them) where the key says a host is meant.
    if (!hostKey)
        return;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && !QStringView(u",; \t").contains(value.at(i)))
            continue;
        const QStringView token = value.mid(start, i - start);
        if (!token.isEmpty() && std::all_of(token.begin(), token.end(), isHostChar))
            found(token);
        start = i + 1;
    }
}

QList<ServiceReferenceScanner::Reference> ServiceReferenceScanner::references(const ComposeService &service) const
{
    QMap<QString, QStringList> keysByService;
    for (const auto &entry : service.environment) {
        // Named, not a structured binding: lambdas cannot capture those before C++20 in clang 14.
        const QString &key = entry.first;
        const QString &value = entry.second;
        if (value.isEmpty())
            continue;
        scanValue(value, isHostKey(key), [&](QStringView host) {
            const auto it = m_serviceByHost.constFind(host.toString().toLower());
            if (it == m_serviceByHost.cend() || *it == service.name)
                return;
            QStringList &keys = keysByService[*it];
            if (!keys.contains(key))
                keys.append(key);
        });
    }
    QList<Reference> references;
    for (auto it = keysByService.cbegin(); it != keysByService.cend(); ++it) {
        QStringList keys = it.value();
        keys.sort();
        references.append({it.key(), keys});
    }
    return references;
}

} // namespace Leitstand::Analysis::Internal
