#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Leitstand::Bench {

// One timed run of one client: wall time, the CPU time the client side spent (our process, or
// the ssh child), and the bytes it delivered.
struct SshSample
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 bytes = 0;
    // CPU time spent inside libssh2's read calls (receive, decrypt, check the MAC, copy out),
    // where the client can tell; zero otherwise.
    double readCpuSeconds = 0;

    double mebibytesPerSecond() const { return seconds > 0 ? double(bytes) / (1024.0 * 1024.0) / seconds : 0; }
    // CPU seconds the client needs per GiB: independent of how busy the machine is.
    double cpuSecondsPerGibibyte() const { return perGibibyte(cpuSeconds); }
    double readCpuSecondsPerGibibyte() const { return perGibibyte(readCpuSeconds); }
    double perGibibyte(double value) const
    {
        return bytes > 0 ? value * (1024.0 * 1024.0 * 1024.0) / double(bytes) : 0;
    }
};

// The run with the median wall time (the upper one of two middles).
inline SshSample medianSample(std::vector<SshSample> samples)
{
    if (samples.empty())
        return {};
    std::sort(
        samples.begin(), samples.end(), [](const SshSample &a, const SshSample &b) { return a.seconds < b.seconds; });
    return samples[samples.size() / 2];
}

} // namespace Leitstand::Bench
