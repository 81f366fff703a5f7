#pragma once

#include "../Finding.h"

#include <QCoreApplication>

namespace Leitstand {
struct LoadedProject;
}

namespace Leitstand::Analysis {

// What an edit adds in host access or exposure, found by comparing the project as it loads
// before and after the edit: privileged mode, added capabilities, host bind mounts (the root
// folder, the Docker socket, any other folder), named volumes backed by a host folder, the
// host's network, PID or IPC namespace, admin UIs and other ports newly on public addresses,
// and secrets written literally into a compose file. Only what is new is reported: a risk the
// file already had is the operator's known state, not something this edit brings in.
//
// Codes: privileged, cap-add, host-root-mount, docker-socket, host-bind-mount, bind-volume,
// host-network, host-pid, host-ipc, public-admin-ui, public-port, literal-secret.
class ChangeRiskAssessor final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRiskAssessor)

public:
    // `before` is null when the file did not load before the edit: then everything counts as new.
    // Findings are ordered by service name (project-wide ones first), then by code.
    static Findings assess(const LoadedProject *before, const LoadedProject &after);
};

} // namespace Leitstand::Analysis
