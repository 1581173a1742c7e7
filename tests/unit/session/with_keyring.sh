#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
# Runs a keychain test ($1, with its arguments) inside a private D-Bus session with a fresh,
# unlocked gnome-keyring whose files live in a temporary HOME, so the developer's own keychain
# is never touched. Where dbus-run-session or gnome-keyring-daemon is missing, or the daemon
# does not start, the test still runs, with INKAN_KEYCHAIN_UNAVAILABLE naming the reason, and
# skips. CI gets the tools from packaging/build-deps.sh (dbus, gnome-keyring, libsecret-1-0).
test_binary="$1"
shift

# unavailable REASON [ARGS…]: run the test without a keyring; it skips, naming REASON.
unavailable() {
    reason="$1"
    shift
    INKAN_KEYCHAIN_UNAVAILABLE="$reason" DBUS_SESSION_BUS_ADDRESS= exec "$test_binary" "$@"
}

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        unavailable "$tool is not installed (Debian packages dbus and gnome-keyring)" "$@"
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/inkan-keyring.XXXXXX") || unavailable "no temporary directory for the keyring" "$@"
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/run"
chmod 700 "$home" "$home/run"

HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
XDG_RUNTIME_DIR="$home/run" KEYRING_STARTED="$home/started" \
dbus-run-session -- sh -c '
    : > "$KEYRING_STARTED"
    if printf %s inkan-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$HOME/daemon.log"; then
        export INKAN_KEYCHAIN_REQUIRED=1
    else
        export INKAN_KEYCHAIN_UNAVAILABLE="gnome-keyring-daemon did not start: $(head -c 300 "$HOME/daemon.log")"
    fi
    exec "$@"' sh "$test_binary" "$@" 2>&1
status=$?
if [ ! -e "$home/started" ]; then
    # dbus-run-session itself failed: no session bus could be made on this machine.
    rm -rf "$home"
    trap - EXIT INT TERM
    unavailable "dbus-run-session could not start a session bus" "$@"
fi
exit $status
