#pragma once

#include "core/analysis/Finding.h"
#include "core/model/ComposeProject.h"

#include <QCoreApplication>

namespace Leitstand::Analysis {

// Exposure and safety lints: admin UIs on public addresses (public-admin-ui), the Docker
// socket in a container (docker-socket), privileged containers (privileged), the host's
// process or network namespace (host-pid, host-network) and secrets written into the compose
// file (plaintext-secret). Messages never contain a secret's value.
class SafetyLinter final
{
    Q_DECLARE_TR_FUNCTIONS(SafetyLinter)

public:
    static Findings lint(const ComposeProject &project);

    // 0.0.0.0, :: or no address: every interface of the host, the internet included.
    static bool isPublicAddress(const QString &hostIp);

private:
    static void lintService(const ComposeService &service, Findings &findings);
    static void lintAdminUi(const ComposeService &service, Findings &findings);
    static void lintSecrets(const ComposeService &service, Findings &findings);
};

} // namespace Leitstand::Analysis
