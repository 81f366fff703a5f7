#pragma once

#include <chrono>

namespace Leitstand::Remote {

// How one command runs.
struct ProcessOptions
{
    // The whole command, output included, must end within this time; zero means no limit
    // (long-lived streams such as docker events).
    std::chrono::milliseconds timeout{0};
    // Close stdin right after the start, for commands that read nothing.
    bool closeInputAtStart = true;
};

} // namespace Leitstand::Remote
