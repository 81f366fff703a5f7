#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build folder and runs each for a
# bounded time, seeded with the compose files of the shared corpus and the demo workspace.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${LEITSTAND_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${LEITSTAND_FUZZ_SECONDS:-60}
clangxx=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$clangxx" ]; then
    echo "clang++ not found; install clang-14 and libclang-rt-14-dev" >&2
    exit 1
fi

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$clangxx" \
    -DLEITSTAND_BUILD_FUZZ=ON -DLEITSTAND_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --target compose_loader_fuzzer

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
find "$root/../shared/corpus" "$root/resources/demo" "$root/tests/data" -name '*.y*ml' -size -256k 2>/dev/null \
    | while read -r file; do cp "$file" "$seeds/$(echo "$file" | md5sum | cut -c1-16).yaml"; done

artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
"$build_dir/tests/fuzz/compose_loader_fuzzer" "$seeds" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" 2>&1 | tail -n 20
