#pragma once

#include "NamingScheme.h"

#include "../../model/ComposeProject.h"
#include "../Finding.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Lint "naming": explicit container names and the engine names of the project's own volumes
// against a naming scheme, plus one project-wide finding when container names mix prefixes.
// Services without container_name are left alone: compose names those consistently itself,
// and Kubernetes has no use for fixed names.
//
// {service} is the service name without the project prefix (or a variant of it), and without
// the category word when the pattern has {category} ("manacore-matrix-web" in category
// "matrix" is "web"). For volumes it is the volume's key without prefix and a "_data"/"-data"
// suffix, underscores turned into hyphens: keys usually name their service, and a service with
// two volumes still gets two names.
class NamingLinter final
{
    Q_DECLARE_TR_FUNCTIONS(NamingLinter)

public:
    static Findings lint(const ComposeProject &project, const NamingScheme &scheme);

    // The container name the scheme gives a service; empty when no category matches.
    static QString expectedContainerName(const ComposeProject &project,
                                         const ComposeService &service,
                                         const NamingScheme &scheme);
    static QString expectedVolumeName(const ComposeProject &project,
                                      const ComposeVolume &volume,
                                      const NamingScheme &scheme);

private:
    static void lintContainers(const ComposeProject &project, const NamingScheme &scheme, Findings &findings);
    static void lintVolumes(const ComposeProject &project, const NamingScheme &scheme, Findings &findings);
};

} // namespace Leitstand::Analysis
