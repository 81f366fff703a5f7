#include "ModelTesterWarnings.h"

#include "models/ServiceDetailsModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Leitstand;

namespace {

ComposeService automationService()
{
    ComposeService service;
    service.name = QStringLiteral("n8n");
    service.image = QStringLiteral("n8nio/n8n:1.64.0");
    service.restart = QStringLiteral("unless-stopped");
    ServiceNetworkAttachment backend;
    backend.network = QStringLiteral("backend");
    backend.aliases = {QStringLiteral("automation")};
    service.networks = {backend};
    ServiceMount data;
    data.type = QStringLiteral("volume");
    data.source = QStringLiteral("n8n_data");
    data.target = QStringLiteral("/home/node/.n8n");
    service.volumes = {data};
    service.environment
        = {{QStringLiteral("DB_POSTGRESDB_PASSWORD"), QStringLiteral("hunter2")},
           {QStringLiteral("GENERIC_TIMEZONE"), QStringLiteral("Europe/Berlin")},
           {QStringLiteral("QUEUE_DATABASE_URL"), QStringLiteral("postgresql://n8n:hunter2@postgres:5432/n8n")},
           {QStringLiteral("N8N_ENCRYPTION_KEY"), QStringLiteral("0123456789abcdef")}};
    service.labels = {{QStringLiteral("traefik.enable"), QStringLiteral("true")}};
    return service;
}

QString valueOf(const ServiceDetailsModel &model, const QString &section, const QString &property)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex sectionIndex = model.index(row, 0);
        if (sectionIndex.data().toString() != section)
            continue;
        for (int entry = 0; entry < model.rowCount(sectionIndex); ++entry) {
            if (model.index(entry, 0, sectionIndex).data().toString() == property)
                return model.index(entry, ServiceDetailsModel::ValueColumn, sectionIndex).data().toString();
        }
    }
    return QStringLiteral("<missing %1/%2>").arg(section, property);
}

} // namespace

TEST(ServiceDetailsModelTest, PassesTheModelTester)
{
    const ModelTesterWarnings warnings;
    ServiceDetailsModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setService(automationService());
    model.setService(ComposeService{});
    model.setService(automationService());
    model.clear();
    EXPECT_TRUE(warnings.messages().isEmpty()) << qPrintable(warnings.messages().join(QLatin1Char('\n')));
}

TEST(ServiceDetailsModelTest, GroupsSettingsAndMasksSecrets)
{
    ServiceDetailsModel model;
    model.setService(automationService());
    EXPECT_EQ(valueOf(model, QStringLiteral("Container"), QStringLiteral("Restart policy")),
              QStringLiteral("unless-stopped"));
    EXPECT_EQ(valueOf(model, QStringLiteral("Networks"), QStringLiteral("backend")), QStringLiteral("automation"));
    EXPECT_EQ(valueOf(model, QStringLiteral("Mounts"), QStringLiteral("/home/node/.n8n")),
              QStringLiteral("n8n_data (volume)"));
    EXPECT_EQ(valueOf(model, QStringLiteral("Environment"), QStringLiteral("GENERIC_TIMEZONE")),
              QStringLiteral("Europe/Berlin"));
    EXPECT_NE(valueOf(model, QStringLiteral("Environment"), QStringLiteral("DB_POSTGRESDB_PASSWORD")),
              QStringLiteral("hunter2"));
    EXPECT_NE(valueOf(model, QStringLiteral("Environment"), QStringLiteral("N8N_ENCRYPTION_KEY")),
              QStringLiteral("0123456789abcdef"));
    EXPECT_EQ(valueOf(model, QStringLiteral("Environment"), QStringLiteral("QUEUE_DATABASE_URL")),
              QStringLiteral("postgresql://n8n:••••••@postgres:5432/n8n"));
    EXPECT_EQ(valueOf(model, QStringLiteral("Labels"), QStringLiteral("traefik.enable")), QStringLiteral("true"));
}
