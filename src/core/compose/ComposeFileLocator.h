#pragma once

#include "../Expected.h"

#include <QString>
#include <QStringList>

namespace Leitstand {

// Finds the compose files of a project the way `docker compose` does when no -f is given:
// compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml in the folder or its
// nearest parent, plus the matching *.override.* file beside it.
class ComposeFileLocator final
{
public:
    static Expected<QStringList> discover(const QString &directory);
};

} // namespace Leitstand
