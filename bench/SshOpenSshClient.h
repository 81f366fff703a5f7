#pragma once

#include "SshBenchmarkHost.h"
#include "SshSample.h"

#include "core/Expected.h"

#include <QStringList>

namespace Leitstand::Bench {

// OpenSSH's ssh client, one process per run, as an operator would call it from a shell.
class SshOpenSshClient final
{
public:
    // extraOptions: e.g. {"-c", "aes128-ctr"}; none for OpenSSH's defaults.
    SshOpenSshClient(const SshBenchmarkHost &host, QStringList extraOptions);

    // `ssh host true`: connect, authenticate, run, disconnect.
    Expected<SshSample> runTrue() const;
    // `ssh host 'COMMAND' > localPath`.
    Expected<SshSample> download(const QStringList &command, const QString &localPath) const;
    // What `ssh -v` reports it negotiated for the host-to-us direction: "cipher MAC".
    QString negotiatedAlgorithms() const;

private:
    Expected<SshSample> run(const QStringList &command, const QString &outputPath, QString *log = nullptr) const;

    const SshBenchmarkHost &m_host;
    QStringList m_extraOptions;
};

} // namespace Leitstand::Bench
