#!/usr/bin/env bash
# Sets up a machine for Leitstand and then either starts the app or runs the whole test suite.
#   scripts/bootstrap.sh app    install dependencies, build, start on the embedded demo workspace
#   scripts/bootstrap.sh test   install dependencies, build, run every test, fuzzer and benchmark
# Debian 12 (apt, as root or through sudo) and macOS (Homebrew) are supported.
set -euo pipefail

mode=${1:-}
case "$mode" in
    app|test) ;;
    *) echo "usage: $0 app|test" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${LEITSTAND_BUILD_DIR:-$root/build}
jobs=$( (command -v nproc >/dev/null && nproc) || sysctl -n hw.ncpu 2>/dev/null || echo 2)

install_debian() {
    local packages=(
        build-essential cmake ninja-build pkg-config git
        qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
        qt6-translations-l10n libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev
        libyaml-cpp-dev libssh2-1-dev qtkeychain-qt6-dev libsecret-1-0 libgtest-dev libgmock-dev
        graphviz libgpgme-dev
    )
    if [ "$mode" = test ]; then
        packages+=(docker-compose clang-14 libclang-rt-14-dev clang-format xvfb xauth openssh-server openssh-client gnome-keyring dbus libsecret-tools)
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # Skip the package index refresh when everything is already there (fast reruns).
    if ! dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -qv "install ok installed" \
        && [ "$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | wc -l)" -eq "${#packages[@]}" ]; then
        return
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
}

install_macos() {
    command -v brew >/dev/null || { echo "Homebrew is needed: https://brew.sh" >&2; exit 1; }
    local formulae=(cmake ninja pkg-config qt yaml-cpp libssh2 qtkeychain googletest graphviz gpgme)
    [ "$mode" = test ] && formulae+=(docker-compose llvm clang-format)
    brew install --quiet "${formulae[@]}"
    export CMAKE_PREFIX_PATH="$(brew --prefix qt):$(brew --prefix qtkeychain):${CMAKE_PREFIX_PATH:-}"
}

case "$(uname -s)" in
    Linux) install_debian ;;
    Darwin) install_macos ;;
    *) echo "unsupported system: $(uname -s)" >&2; exit 1 ;;
esac

werror=OFF
[ "${CI:-}" = true ] && werror=ON
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEITSTAND_WERROR=$werror
cmake --build "$build_dir" --parallel "$jobs"

if [ "$mode" = app ]; then
    exec "$build_dir/src/app/leitstand" "${@:2}"
fi

exec "$root/scripts/run-tests.sh" "$build_dir"
