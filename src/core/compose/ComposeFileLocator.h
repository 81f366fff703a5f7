#pragma once

#include "../Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Leitstand {

// Finds the compose files of a project the way `docker compose` does when no -f is given:
// compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml in the folder or its
// nearest parent, plus the matching *.override.* file beside it.
class ComposeFileLocator final
{
    Q_DECLARE_TR_FUNCTIONS(ComposeFileLocator)

public:
    static Expected<QStringList> discover(const QString &directory);
};

} // namespace Leitstand
