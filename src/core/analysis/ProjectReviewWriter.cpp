#include "ProjectReviewWriter.h"

#include <QJsonArray>

namespace Leitstand::Analysis {

namespace {

QJsonArray codesAndMessages(const Findings &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(QJsonObject{{QStringLiteral("code"), finding.code}, {QStringLiteral("message"), finding.message}});
    return array;
}

void appendFindings(QString &text, const QString &heading, const Findings &findings)
{
    for (const Finding &finding : findings)
        text += QStringLiteral("    %1 [%2] %3\n").arg(heading, finding.code, finding.message);
}

} // namespace

QJsonObject ProjectReviewWriter::toJson(const ProjectReviewResult &review)
{
    QJsonArray services;
    for (const ServiceMigration &service : review.migration.services) {
        services.append(QJsonObject{{QStringLiteral("name"), service.name},
                                    {QStringLiteral("kind"), service.kind},
                                    {QStringLiteral("score"), service.score},
                                    {QStringLiteral("blockers"), codesAndMessages(service.blockers)},
                                    {QStringLiteral("warnings"), codesAndMessages(service.warnings)}});
    }
    QJsonArray lints;
    for (const Finding &lint : review.lints) {
        lints.append(QJsonObject{{QStringLiteral("code"), lint.code},
                                 {QStringLiteral("service"), lint.service},
                                 {QStringLiteral("message"), lint.message}});
    }
    return {{QStringLiteral("score"), review.migration.score},
            {QStringLiteral("services"), services},
            {QStringLiteral("lints"), lints}};
}

QString ProjectReviewWriter::toText(const ProjectReviewResult &review)
{
    QString text = tr("Kubernetes readiness: %1/100\n\n").arg(review.migration.score);
    for (const ServiceMigration &service : review.migration.services) {
        text
            += tr("%1  %2 in %3, score %4\n").arg(service.name, service.kind, service.namespaceName).arg(service.score);
        appendFindings(text, tr("blocker"), service.blockers);
        appendFindings(text, tr("warning"), service.warnings);
    }
    text += tr("\nLints: %n finding(s)\n", nullptr, static_cast<int>(review.lints.size()));
    for (const Finding &lint : review.lints) {
        const QString where = lint.service.isEmpty() ? tr("(project)") : lint.service;
        text += QStringLiteral("  %1 [%2] %3\n").arg(where, lint.code, lint.message);
    }
    return text;
}

} // namespace Leitstand::Analysis
