#include "TopologyTestSupport.h"

#include "core/analysis/topology/ServiceReferenceScanner.h"

#include <gtest/gtest.h>

using namespace Leitstand;
using Leitstand::Analysis::Internal::ServiceReferenceScanner;
using TopologyTest::names;

namespace {

ComposeService service(const char *name, KeyValueList environment = {})
{
    ComposeService service;
    service.name = QString::fromLatin1(name);
    service.environment = std::move(environment);
    return service;
}

QStringList named(const ServiceReferenceScanner &scanner, const ComposeService &from)
{
    QStringList list;
    for (const auto &reference : scanner.references(from))
        list.append(reference.service + QLatin1Char('=') + reference.viaKeys.join(QLatin1Char(',')));
    return list;
}

} // namespace

TEST(ServiceReferenceScannerTest, FindsHostsInUrlsPairsAndHostKeys)
{
    ComposeProject project;
    project.services = {service("postgres"),
                        service("redis"),
                        service("n8n"),
                        service("kafka"),
                        service("seaweedfs"),
                        service("ollama-cpu")};
    project.services[5].containerName = QStringLiteral("ollama");
    project.services[0].networks = {{QStringLiteral("backend"), {QStringLiteral("db")}, {}, {}, 0}};
    const ComposeService app
        = service("app",
                  {{QStringLiteral("DATABASE_URL"), QStringLiteral("postgres://u:p@ss@postgres:5432/app")},
                   {QStringLiteral("N8N_URL"), QStringLiteral("http://n8n:5678")},
                   {QStringLiteral("DB_POSTGRESDB_HOST"), QStringLiteral("db")},
                   {QStringLiteral("REDIS_URL"), QStringLiteral("redis://redis:6379")},
                   {QStringLiteral("BROKERS"), QStringLiteral("kafka:9092,other:9092")},
                   {QStringLiteral("BUCKET"), QStringLiteral("s3://profiles?endpoint=seaweedfs:8333&x=1")},
                   {QStringLiteral("OLLAMA"), QStringLiteral("ollama:11434")},
                   {QStringLiteral("POSTGRES_USER"), QStringLiteral("n8n")},          // a user name, not a host
                   {QStringLiteral("MODEL"), QStringLiteral("redis:latest")},         // a tag, not a port
                   {QStringLiteral("APP_HOST"), QStringLiteral("n8n.example.com")}}); // a domain
    const ServiceReferenceScanner scanner(project);
    EXPECT_EQ(named(scanner, app),
              names({"kafka=BROKERS",
                     "n8n=N8N_URL",
                     "ollama-cpu=OLLAMA",
                     "postgres=DATABASE_URL,DB_POSTGRESDB_HOST",
                     "redis=REDIS_URL",
                     "seaweedfs=BUCKET"}));
}

TEST(ServiceReferenceScannerTest, IgnoresItselfAndAmbiguousAliases)
{
    ComposeProject project;
    project.services = {service("kafka", {{QStringLiteral("ADVERTISED"), QStringLiteral("INTERNAL://kafka:9093")}}),
                        service("a"),
                        service("b")};
    project.services[1].containerName = QStringLiteral("shared");
    project.services[2].containerName = QStringLiteral("shared");
    const ServiceReferenceScanner scanner(project);
    EXPECT_TRUE(named(scanner, project.services.at(0)).isEmpty());
    EXPECT_TRUE(named(scanner, service("c", {{QStringLiteral("X_HOST"), QStringLiteral("shared")}})).isEmpty());
}
