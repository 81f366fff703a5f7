#pragma once

#include "SshSample.h"

#include "core/Expected.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Leitstand::Bench {

// libssh2 alone, in blocking mode, with the same algorithm preferences as our layer: one
// session, one channel, reading into a large buffer and writing it to a file, nothing else.
// What libssh2 1.10 can do on this machine at best, the ceiling for our layer built on it.
class SshRawLibssh2Client final
{
public:
    struct Login
    {
        int port = 0;
        QString user;
        QString identityFile;
        QString knownHostsFile;
    };

    explicit SshRawLibssh2Client(Login login);

    Expected<SshSample> runTrue() const;
    Expected<SshSample> download(const QStringList &command, const QString &localPath) const;
    // The negotiated server-to-client cipher and MAC, e.g. "aes128-ctr hmac-sha2-256".
    QString negotiatedAlgorithms() const { return m_negotiated; }

private:
    struct RawSession;
    std::optional<QString> login(RawSession &raw) const;
    Expected<SshSample> run(const QStringList &command, const QString &outputPath) const;

    Login m_login;
    mutable QString m_negotiated;
};

} // namespace Leitstand::Bench
