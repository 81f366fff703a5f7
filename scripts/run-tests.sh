#!/usr/bin/env bash
# Runs the whole test suite against a finished build: formatting, every CTest case, the
# fuzzers for a bounded time and the benchmarks (which print figures, they do not gate).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$root/build}
jobs=$( (command -v nproc >/dev/null && nproc) || sysctl -n hw.ncpu 2>/dev/null || echo 2)
status=0

echo "== formatting"
if command -v clang-format >/dev/null; then
    if ! (cd "$root" && git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror); then
        echo "formatting differs from .clang-format (run: cmake --build build --target format)"
        status=1
    fi
else
    echo "clang-format not installed; skipped"
fi

echo "== fuzzers"
"$root/scripts/run-fuzzers.sh" || status=1

echo "== benchmarks"
"$build_dir/bench/loader_benchmark" || status=1
"$build_dir/bench/analysis_benchmark" || status=1
if [ -x "$build_dir/bench/topology_view_benchmark" ]; then
    QT_QPA_PLATFORM=offscreen "$build_dir/bench/topology_view_benchmark" || status=1
fi
# Skips itself (exit 0, with the reason) when no sshd can be started here.
"$build_dir/bench/ssh_benchmark" || status=1

echo "== tests"
(cd "$build_dir" && ctest --output-on-failure --parallel "$jobs" --timeout 900) || status=1
exit $status
