#include "TraefikLabelReader.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace Leitstand::Analysis {

namespace {

using Properties = QMap<QString, QString>; // property path below the router or service -> value

struct ProtocolLabels
{
    QMap<QString, Properties> routers;
    QMap<QString, Properties> services;
};

QStringList listValue(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

// The arguments of every matcher named in `matchers` within a rule, e.g. the hosts of
// "Host(`a.example`) || Host(`b.example`, `c.example`)".
QStringList matcherArguments(const QString &rule, const QRegularExpression &matchers)
{
    static const QRegularExpression argument(QStringLiteral("[`\"']([^`\"']*)[`\"']"));
    QStringList arguments;
    for (const QRegularExpressionMatch &matcher : matchers.globalMatch(rule)) {
        for (const QRegularExpressionMatch &quoted : argument.globalMatch(matcher.captured(1))) {
            if (!arguments.contains(quoted.captured(1)))
                arguments.append(quoted.captured(1));
        }
    }
    return arguments;
}

// The container port when the service exposes exactly one: Traefik's own fallback.
QString singleContainerPort(const ComposeService &service)
{
    QStringList ports;
    for (const PortBinding &binding : service.ports)
        ports.append(QString::number(binding.target));
    for (const QString &exposed : service.expose)
        ports.append(exposed.section(QLatin1Char('/'), 0, 0));
    ports.removeDuplicates();
    return ports.size() == 1 ? ports.constFirst() : QString();
}

ProxyRoute route(const ComposeService &service,
                 const QString &name,
                 const Properties &router,
                 const ProtocolLabels &labels)
{
    static const QRegularExpression hostMatchers(QStringLiteral("\\b(?:HostSNI|HostRegexp|Host)\\(([^)]*)\\)"));
    static const QRegularExpression pathMatchers(QStringLiteral("\\b(?:PathPrefix|PathRegexp|Path)\\(([^)]*)\\)"));
    ProxyRoute route;
    route.provider = QStringLiteral("traefik");
    route.router = name;
    route.service = service.name;
    route.rule = router.value(QStringLiteral("rule"));
    route.hosts = matcherArguments(route.rule, hostMatchers);
    route.paths = matcherArguments(route.rule, pathMatchers);
    route.entrypoints = listValue(router.value(QStringLiteral("entrypoints")));
    route.middlewares = listValue(router.value(QStringLiteral("middlewares")));
    route.certResolver = router.value(QStringLiteral("tls.certresolver"));
    for (auto it = router.cbegin(); it != router.cend(); ++it) {
        if ((it.key() == QLatin1String("tls") && it.value() != QLatin1String("false"))
            || it.key().startsWith(QLatin1String("tls."))) {
            route.tls = true;
        }
    }
    route.backend = router.value(QStringLiteral("service"));
    if (route.backend.isEmpty() && labels.services.size() == 1)
        route.backend = labels.services.firstKey();
    if (route.backend.contains(QLatin1Char('@')))
        return route; // a service of Traefik itself (api@internal) or of another provider
    route.port = labels.services.value(route.backend).value(QStringLiteral("loadbalancer.server.port"));
    if (route.port.isEmpty())
        route.port = singleContainerPort(service);
    return route;
}

} // namespace

QList<ProxyRoute> TraefikLabelReader::routes(const ComposeService &service)
{
    QMap<QString, ProtocolLabels> protocols; // "http", "tcp", "udp"
    for (const auto &[key, value] : service.labels) {
        const QString lowered = key.toLower();
        if (lowered == QLatin1String("traefik.enable") && value.trimmed().toLower() == QLatin1String("false"))
            return {};
        const QStringList parts = lowered.split(QLatin1Char('.'));
        if (parts.size() < 5 || parts.at(0) != QLatin1String("traefik"))
            continue;
        const QString &kind = parts.at(2);
        if (kind != QLatin1String("routers") && kind != QLatin1String("services"))
            continue;
        ProtocolLabels &labels = protocols[parts.at(1)];
        auto &group = kind == QLatin1String("routers") ? labels.routers : labels.services;
        // Router and service names keep their spelling; property names are case-insensitive.
        const QString name = key.split(QLatin1Char('.')).at(3);
        group[name].insert(parts.mid(4).join(QLatin1Char('.')), value.trimmed());
    }
    QList<ProxyRoute> routes;
    for (auto protocol = protocols.cbegin(); protocol != protocols.cend(); ++protocol) {
        for (auto router = protocol->routers.cbegin(); router != protocol->routers.cend(); ++router)
            routes.append(route(service, router.key(), router.value(), *protocol));
    }
    return routes;
}

} // namespace Leitstand::Analysis
