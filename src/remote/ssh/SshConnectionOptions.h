#pragma once

#include "SshEndpoint.h"
#include "SshSecretRequest.h"

#include <QList>
#include <QString>

#include <chrono>

namespace Leitstand::Remote {

// Everything one connection needs: where, how to trust and how to log in, and its time limits.
struct SshConnectionOptions
{
    SshEndpoint endpoint;
    // ProxyJump hops in the order ssh_config lists them: the first is reached directly, each
    // next one through a direct-tcpip channel of the one before.
    QList<SshEndpoint> jumpHosts;

    QString knownHostsPath; // OpenSSH known_hosts file
    bool acceptNewHostKey = false;

    bool useAgent = true;
    QString agentSocketPath; // SSH_AUTH_SOCK when empty
    SshSecretProvider secretProvider;

    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds authenticationTimeout{30000};
    std::chrono::milliseconds channelOpenTimeout{15000};
    std::chrono::milliseconds channelCloseTimeout{5000};
    // libssh2 never sends keepalives on its own; the connection does, and declares the host
    // dead when nothing at all came back for keepaliveInterval * keepaliveCountMax.
    std::chrono::seconds keepaliveInterval{15};
    int keepaliveCountMax = 3;

    // Throughput of one channel is about window / round-trip time; libssh2's default of 2 MiB
    // gives 20 MB/s at 100 ms. 16 MiB keeps long links busy; memory is only used when the
    // reader is slower than the link.
    unsigned int channelWindowSize = 16U * 1024U * 1024U;
    // Channels open at once; sshd allows 10 by default (MaxSessions) and the connection lowers
    // this when the server refuses more, queueing the rest.
    int maxOpenChannels = 100;
    // How many received bytes may wait for the caller before reading pauses (back-pressure).
    qint64 maxUndeliveredBytes = 8 * 1024 * 1024;

    // Reconnect after a lost connection, with exponential backoff up to the maximum. Trust and
    // authentication failures are never retried.
    bool autoReconnect = false;
    std::chrono::milliseconds reconnectInitialDelay{1000};
    std::chrono::milliseconds reconnectMaxDelay{30000};
};

} // namespace Leitstand::Remote
