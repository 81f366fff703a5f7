#pragma once

#include "../ports/ServicePatterns.h"

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// A category token of the naming scheme ("infra", "matrix", ...) and the services it names.
struct NamingCategory
{
    QString id;
    ServicePatterns patterns;
};

// How containers and volumes should be named. Patterns use {project} (the prefix), {category}
// and {service}; categories are tried in order and the first match wins.
struct NamingScheme
{
    QString containerPattern = QStringLiteral("{project}-{category}-{service}");
    QString volumePattern = QStringLiteral("{project}-{service}-data");
    QString prefix; // empty: the compose project name
    QList<NamingCategory> categories;

    const NamingCategory *categoryOf(const ComposeService &service) const;

    // Seed 004's proposal: manacore-{category}-{service} with the categories of its Kubernetes
    // namespaces (infra, core, app, matrix, mon, tools) and manacore-{service}-data.
    static NamingScheme defaultScheme();
};

} // namespace Leitstand::Analysis
