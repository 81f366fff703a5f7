#include "CaddyLabelReader.h"

#include <QRegularExpression>

namespace Leitstand::Analysis {

namespace {

// "caddy", "caddy_0", "caddy_12": the label that opens a site block.
bool isSiteLabel(const QString &key)
{
    static const QRegularExpression site(QStringLiteral("^caddy(_\\d+)?$"));
    return site.match(key).hasMatch();
}

// A directive's name without the ordering prefix caddy-docker-proxy allows ("1_reverse_proxy").
QString directiveName(const QString &segment)
{
    static const QRegularExpression ordered(QStringLiteral("^\\d+_"));
    QString name = segment;
    return name.remove(ordered);
}

void addUnique(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list.append(item);
}

// One reverse_proxy value: an optional path matcher, then upstreams such as
// "{{upstreams 8080}}" or "{{upstreams https 8443}}".
void readReverseProxy(const QString &value, ProxyRoute &route)
{
    static const QRegularExpression upstreams(
        QStringLiteral("\\{\\{\\s*upstreams(?:\\s+(?:http|https))?\\s+(\\d+)\\s*\\}\\}"));
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(QLatin1Char('/')))
        addUnique(route.paths, trimmed.section(QLatin1Char(' '), 0, 0));
    if (const QRegularExpressionMatch match = upstreams.match(trimmed); match.hasMatch() && route.port.isEmpty())
        route.port = match.captured(1);
}

ProxyRoute siteRoute(const ComposeService &service, const QString &prefix, const QString &address)
{
    ProxyRoute route;
    route.provider = QStringLiteral("caddy");
    route.router = prefix;
    route.service = service.name;
    route.rule = address.trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression scheme(QStringLiteral("^https?://"));
    bool plainHttp = false;
    for (QString site : address.split(separators, Qt::SkipEmptyParts)) {
        if (site.startsWith(QLatin1String("http://")))
            plainHttp = true;
        site.remove(scheme);
        addUnique(route.hosts, site.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0));
    }
    route.tls = !plainHttp;
    const QString below = prefix + QLatin1Char('.');
    for (const auto &[key, value] : service.labels) {
        if (!key.startsWith(below))
            continue;
        const QStringList segments = key.mid(below.size()).split(QLatin1Char('.'));
        if (segments.size() == 1 && directiveName(segments.first()) == QLatin1String("tls"))
            route.certResolver = value.trimmed();
        if (directiveName(segments.last()) != QLatin1String("reverse_proxy"))
            continue;
        if (segments.size() > 1) {
            const QString parent = below + segments.mid(0, segments.size() - 1).join(QLatin1Char('.'));
            for (const auto &[parentKey, parentValue] : service.labels) {
                if (parentKey == parent && parentValue.trimmed().startsWith(QLatin1Char('/')))
                    addUnique(route.paths, parentValue.trimmed());
            }
        }
        readReverseProxy(value, route);
    }
    return route;
}

} // namespace

QList<ProxyRoute> CaddyLabelReader::routes(const ComposeService &service)
{
    QList<ProxyRoute> routes;
    for (const auto &[key, value] : service.labels) {
        if (isSiteLabel(key) && !value.trimmed().isEmpty())
            routes.append(siteRoute(service, key, value));
    }
    return routes;
}

} // namespace Leitstand::Analysis
