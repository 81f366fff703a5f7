#pragma once

#include "../Expected.h"
#include "../model/ComposeProject.h"
#include "ComposeLoadOptions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Leitstand {

// The result of a load: the canonical document (the shape of `docker compose config
// --format json`) and the same project as typed values for the analyses and views.
struct LoadedProject
{
    QJsonObject canonical;
    ComposeProject project;
};

// Loads a compose project with the semantics of the compose specification: file discovery,
// .env and interpolation, several files merged, extends, include, profiles, !reset and
// !override, every short form brought to its long form.
class ComposeLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ComposeLoader)

public:
    static Expected<LoadedProject> load(const ComposeLoadOptions &options);
};

} // namespace Leitstand
