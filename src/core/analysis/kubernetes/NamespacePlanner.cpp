#include "NamespacePlanner.h"

#include "KubernetesNames.h"
#include "WorkloadClassifier.h"
#include "core/analysis/safety/ImageName.h"

#include <QRegularExpression>
#include <QStringList>

namespace Leitstand::Analysis {

namespace {

struct CategoryRule
{
    const char *category;
    QStringList words;
};

// Checked in order: "postgres-exporter" is monitoring before it could be infra, a matrix bot
// is matrix before it could be a tool.
const QList<CategoryRule> &rules()
{
    static const QList<CategoryRule> list = {
        {"monitoring",
         {QStringLiteral("exporter"),
          QStringLiteral("grafana"),
          QStringLiteral("prometheus"),
          QStringLiteral("victoriametrics"),
          QStringLiteral("victoria"),
          QStringLiteral("loki"),
          QStringLiteral("alloy"),
          QStringLiteral("promtail"),
          QStringLiteral("cadvisor"),
          QStringLiteral("pushgateway"),
          QStringLiteral("alertmanager"),
          QStringLiteral("umami"),
          QStringLiteral("tempo"),
          QStringLiteral("jaeger"),
          QStringLiteral("netdata"),
          QStringLiteral("uptime"),
          QStringLiteral("monitoring"),
          QStringLiteral("metrics")}},
        {"matrix",
         {QStringLiteral("matrix"), QStringLiteral("synapse"), QStringLiteral("element"), QStringLiteral("dendrite")}},
        {"tools",
         {QStringLiteral("n8n"),
          QStringLiteral("watchtower"),
          QStringLiteral("telegram"),
          QStringLiteral("portainer"),
          QStringLiteral("adminer"),
          QStringLiteral("pgadmin4"),
          QStringLiteral("pgadmin"),
          QStringLiteral("dozzle"),
          QStringLiteral("node-red"),
          QStringLiteral("windmill"),
          QStringLiteral("activepieces")}},
        {"infra",
         {QStringLiteral("traefik"),
          QStringLiteral("caddy"),
          QStringLiteral("haproxy"),
          QStringLiteral("envoy"),
          QStringLiteral("proxy"),
          QStringLiteral("nginx-proxy-manager")}},
        {"core",
         {QStringLiteral("auth"),
          QStringLiteral("gateway"),
          QStringLiteral("search"),
          QStringLiteral("searxng"),
          QStringLiteral("keycloak"),
          QStringLiteral("authentik"),
          QStringLiteral("authelia"),
          QStringLiteral("zitadel")}},
    };
    return list;
}

QStringList wordsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[-_.]+"));
    QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    words.append(name.toLower());
    return words;
}

} // namespace

QString NamespacePlanner::category(const ComposeService &service)
{
    const QStringList words = wordsOf(ImageName::name(service.image)) + wordsOf(service.name);
    for (const CategoryRule &rule : rules()) {
        for (const QString &word : rule.words) {
            if (words.contains(word))
                return QString::fromLatin1(rule.category);
        }
    }
    if (WorkloadClassifier::isStatefulImage(service.image))
        return QStringLiteral("infra");
    return QStringLiteral("apps");
}

QString NamespacePlanner::namespaceName(const ComposeProject &project, const ComposeService &service)
{
    return KubernetesNames::label(project.name + QLatin1Char('-') + category(service));
}

} // namespace Leitstand::Analysis
