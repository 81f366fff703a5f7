#pragma once

#include "SshWaiter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Leitstand::Remote {

// Opens the TCP connection to a host, trying each address it resolves to, non-blocking and
// bounded by the deadline, so a closed port fails at once and a dead host within the timeout.
class SshSocketConnector final
{
    Q_DECLARE_TR_FUNCTIONS(SshSocketConnector)

public:
    struct Result
    {
        int fd = -1;
        QString error;
        bool timedOut = false;
    };

    static Result connect(const QString &host, int port, SshClock::time_point deadline, const SshWaiter &waiter);
};

} // namespace Leitstand::Remote
