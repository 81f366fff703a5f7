// Measures our SSH layer against OpenSSH's ssh client in the same run, on a throwaway sshd on
// 127.0.0.1: (1) connect + authenticate + `true` + disconnect, median of 15 runs; (2) streaming
// 1 GiB from the host (`head -c 1073741824 /dev/zero`) into a local file, median of 3 runs.
// Targets: latency within 1.2x of OpenSSH, throughput at least 0.9x of OpenSSH, both against
// OpenSSH's defaults. OpenSSH with aes128-ctr (what libssh2 1.10 negotiates) and libssh2 alone
// in a blocking loop are printed next to them, so a miss can be told apart: cipher choice,
// libssh2 itself, or our layer above it. Runs of the clients alternate, so load from other
// processes spreads over all of them; the client CPU time per GiB hardly depends on load.
// Skips (exit 0) when sshd or ssh is missing or sshd does not start.
// Usage: ssh_benchmark [MiB to stream, 1024] [transfer runs, 3] [latency runs, 15]
#include "SshBenchmarkHost.h"
#include "SshLeitstandClient.h"
#include "SshOpenSshClient.h"
#include "SshRawLibssh2Client.h"

#include "remote/ssh/SshConnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Leitstand;
using namespace Leitstand::Bench;

namespace {

constexpr double GibibyteInMebibytes = 1024.0;

struct Peer
{
    QString label;
    QString algorithms; // negotiated cipher and MAC, host to client
    std::function<Expected<SshSample>()> runTrue;
    std::function<Expected<SshSample>(const QStringList &, const QString &)> download;
    std::vector<SshSample> latency;
    std::vector<SshSample> transfer;
};

template<typename Client>
Peer peerFor(QString label, QString algorithms, const Client &client)
{
    return {std::move(label),
            std::move(algorithms),
            [&client] { return client.runTrue(); },
            [&client](const QStringList &command, const QString &path) { return client.download(command, path); },
            {},
            {}};
}

QString negotiatedByUs(const Remote::SshConnectionOptions &options)
{
    Remote::SshConnection connection(options);
    QEventLoop loop;
    QObject::connect(&connection, &Remote::SshConnection::connected, &loop, &QEventLoop::quit);
    QObject::connect(&connection, &Remote::SshConnection::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    connection.connectToHost();
    loop.exec();
    const Remote::SshSessionInfo &info = connection.sessionInfo();
    return info.cipher.isEmpty() ? QStringLiteral("unknown") : info.cipher + QLatin1Char(' ') + info.mac;
}

bool measure(Peer &peer, std::vector<SshSample> &into, const std::function<Expected<SshSample>()> &run)
{
    const auto sample = run();
    if (!sample) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(peer.label), qPrintable(sample.error().message()));
        return false;
    }
    into.push_back(*sample);
    return true;
}

void printRatio(const char *label, double ratio, bool met, const char *target)
{
    std::printf("  %-44s %8.2fx (target %s: %s)\n", label, ratio, target, met ? "met" : "MISSED");
}

void printLatency(const std::vector<Peer> &peers, int runs)
{
    std::printf("connect + authenticate + `true` + disconnect, median of %d\n", runs);
    std::printf("  %-44s %9s %10s\n", "", "wall ms", "cpu ms");
    for (const Peer &peer : peers) {
        const SshSample median = medianSample(peer.latency);
        std::printf("  %-44s %9.1f %10.1f\n", qPrintable(peer.label), median.seconds * 1e3, median.cpuSeconds * 1e3);
    }
    const double ratio = medianSample(peers[0].latency).seconds / medianSample(peers[1].latency).seconds;
    printRatio("ratio leitstand / OpenSSH defaults", ratio, ratio <= 1.2, "<= 1.2x");
}

void printThroughput(const std::vector<Peer> &peers, qint64 mebibytes, int runs, const char *where)
{
    std::printf("stream %lld MiB into a file %s, median of %d\n", mebibytes, where, runs);
    std::printf("  %-44s   MiB/s  wall s  client cpu s/GiB  cipher MAC\n", "");
    std::vector<SshSample> medians;
    for (const Peer &peer : peers) {
        medians.push_back(medianSample(peer.transfer));
        const SshSample &s = medians.back();
        std::printf("  %-44s %7.1f %7.2f %10.2f        %s\n",
                    qPrintable(peer.label),
                    s.mebibytesPerSecond(),
                    s.seconds,
                    s.cpuSecondsPerGibibyte(),
                    qPrintable(peer.algorithms));
    }
    const double ratio = medians[0].mebibytesPerSecond() / medians[1].mebibytesPerSecond();
    printRatio("ratio leitstand / OpenSSH defaults", ratio, ratio >= 0.9, ">= 0.9x");
    std::printf("  %-44s %8.2fx\n",
                "ratio leitstand / OpenSSH aes128-ctr",
                medians[0].mebibytesPerSecond() / medians[2].mebibytesPerSecond());
    std::printf("  %-44s %8.2fx\n",
                "ratio leitstand / libssh2 alone",
                medians[0].mebibytesPerSecond() / medians[3].mebibytesPerSecond());
    // libssh2 receives, decrypts and checks every byte on one thread, the session's: its CPU
    // time inside the read calls bounds every client built on it, ours included.
    std::printf("  libssh2 1.10 reading alone (recv, decrypt, MAC) %6.2f cpu s/GiB: at most %.0f MiB/s per core;"
                " 0.9x OpenSSH is %.0f MiB/s\n",
                medians[3].readCpuSecondsPerGibibyte(),
                GibibyteInMebibytes / medians[3].readCpuSecondsPerGibibyte(),
                0.9 * medians[1].mebibytesPerSecond());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const qint64 mebibytes = argc > 1 ? std::atoll(argv[1]) : 1024;
    const int transferRuns = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const int latencyRuns = argc > 3 ? std::max(1, std::atoi(argv[3])) : 15;
    const qint64 transferBytes = mebibytes * 1024 * 1024;

    SshBenchmarkHost host;
    if (const QString why = host.start(); !why.isEmpty()) {
        std::printf("ssh benchmark: skipped, %s\n", qPrintable(why));
        return 0;
    }
    const SshLeitstandClient ours(host.connectionOptions());
    const SshOpenSshClient openSsh(host, {});
    const SshOpenSshClient openSshCtr(
        host,
        {QStringLiteral("-c"), QStringLiteral("aes128-ctr"), QStringLiteral("-m"), QStringLiteral("hmac-sha2-256")});
    const SshRawLibssh2Client raw({host.port(), host.user(), host.identityFile(), host.knownHostsFile()});

    // A first run of OpenSSH shows whether this machine can host the benchmark at all.
    if (const auto checked = openSsh.runTrue(); !checked) {
        std::printf("ssh benchmark: skipped, OpenSSH cannot log in: %s\n", qPrintable(checked.error().message()));
        return 0;
    }
    std::vector<Peer> peers;
    peers.push_back(peerFor(QStringLiteral("leitstand SshConnection"), negotiatedByUs(host.connectionOptions()), ours));
    peers.push_back(peerFor(QStringLiteral("OpenSSH ssh, its defaults"), openSsh.negotiatedAlgorithms(), openSsh));
    peers.push_back(peerFor(
        QStringLiteral("OpenSSH ssh -c aes128-ctr -m hmac-sha2-256"), openSshCtr.negotiatedAlgorithms(), openSshCtr));
    peers.push_back(peerFor(QStringLiteral("libssh2 1.10 alone, blocking loop"), {}, raw));

    for (int run = 0; run < latencyRuns; ++run) {
        for (Peer &peer : peers) {
            if (!measure(peer, peer.latency, peer.runTrue))
                return 1;
        }
    }
    peers[3].algorithms = raw.negotiatedAlgorithms();

    const QStringList command{
        QStringLiteral("head"), QStringLiteral("-c"), QString::number(transferBytes), QStringLiteral("/dev/zero")};
    // A file in memory when there is room: the disk's write-back would otherwise weigh in, and
    // unevenly between runs.
    const QTemporaryDir memoryDirectory(QStringLiteral("/dev/shm/leitstand-ssh-benchmark-XXXXXX"));
    const bool inMemory
        = memoryDirectory.isValid() && QStorageInfo(memoryDirectory.path()).bytesAvailable() > 2 * transferBytes;
    const QString target = (inMemory ? memoryDirectory.path() : host.scratchDirectory()) + QStringLiteral("/download");
    for (int run = 0; run < transferRuns; ++run) {
        for (Peer &peer : peers) {
            const bool measured = measure(peer, peer.transfer, [&] { return peer.download(command, target); });
            QFile::remove(target);
            if (!measured)
                return 1;
            if (peer.transfer.back().bytes != transferBytes) {
                std::fprintf(stderr,
                             "%s delivered %lld of %lld bytes\n",
                             qPrintable(peer.label),
                             peer.transfer.back().bytes,
                             transferBytes);
                return 1;
            }
        }
    }

    std::printf("ssh benchmark: sshd on 127.0.0.1:%d, ed25519 user key\n", host.port());
    printLatency(peers, latencyRuns);
    printThroughput(peers, mebibytes, transferRuns, inMemory ? "in /dev/shm" : "on disk");
    return 0;
}
