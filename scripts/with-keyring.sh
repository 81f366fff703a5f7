#!/bin/sh
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring, so
# tests use a real Secret Service without ever touching the user's own keyring:
#   scripts/with-keyring.sh COMMAND [ARGUMENTS...]
# Everything the keyring writes lives in a temporary folder removed afterwards, and the daemon
# is stopped with the command. The command sees LEITSTAND_TEST_KEYRING=1. With
# LEITSTAND_KEYRING_FREEZE=1 the daemon is suspended (SIGSTOP) while the command runs: a
# keychain that never answers, for timeout tests. Without
# dbus-run-session or gnome-keyring-daemon the command runs without a keyring (keychain tests
# then fail and say why), so test discovery at build time works on machines without them.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENTS...]" >&2
    exit 2
fi

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring.sh: dbus-run-session or gnome-keyring-daemon missing; running without a keyring" >&2
    exec "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/leitstand-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/runtime" "$scratch/data" "$scratch/config"

# The daemon keeps its keyrings under XDG_DATA_HOME and its control socket under
# XDG_RUNTIME_DIR: both point into the scratch folder.
status=0
env XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime" \
    LEITSTAND_TEST_KEYRING=1 \
    dbus-run-session -- sh -c '
        bus() {
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null
        }
        # A random password creates and unlocks the login keyring; it goes through a pipe
        # from a shell builtin, so it never shows in a process list.
        password=$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")
        printf "%s" "$password" | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
        # Until the daemon owns the Secret Service name, a client would start a second one.
        tries=0
        until bus NameHasOwner | grep -q "boolean true"; do
            tries=$((tries + 1))
            if [ "$tries" -gt 100 ]; then
                echo "with-keyring.sh: the keyring did not come up" >&2
                exit 1
            fi
            sleep 0.05
        done
        daemon=$(bus GetConnectionUnixProcessID | sed -n "s/.*uint32 //p")
        [ "${LEITSTAND_KEYRING_FREEZE:-0}" = 1 ] && kill -STOP "$daemon"
        status=0
        "$@" || status=$?
        kill -CONT "$daemon" 2>/dev/null || true
        kill "$daemon" 2>/dev/null || true
        exit "$status"' with-keyring "$@" || status=$?
exit "$status"
