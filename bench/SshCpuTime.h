#pragma once

#include <sys/resource.h>
#include <time.h>

namespace Leitstand::Bench {

// CPU time (user + system) in seconds, of this process or of its children that have ended.
// The ssh client's share is the difference of childrenCpuSeconds() around its run.
inline double cpuSecondsOf(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    const auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

inline double processCpuSeconds()
{
    return cpuSecondsOf(RUSAGE_SELF);
}

inline double childrenCpuSeconds()
{
    return cpuSecondsOf(RUSAGE_CHILDREN);
}

// CPU time of the calling thread.
inline double threadCpuSeconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace Leitstand::Bench
