#!/bin/sh
# Runs a test binary beside a real Secret Service: gnome-keyring-daemon on the private D-Bus session that
# dbus-run-session made for this script, its login keyring created and unlocked with a throwaway password, in a
# temporary home so that no real keyring is touched. Usage (CTest):
#   dbus-run-session -- sh with-secret-service.sh TESTBIN [ARGS...]
set -eu
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-secret-service.sh: run me under dbus-run-session" >&2; exit 2; }
HOME_DIR=$(mktemp -d /tmp/rabeg-keychain.XXXXXX)
trap 'rm -rf "$HOME_DIR"' EXIT
export HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" XDG_CONFIG_HOME="$HOME_DIR/config" \
       XDG_CACHE_HOME="$HOME_DIR/cache" XDG_RUNTIME_DIR="$HOME_DIR/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The daemon forks, claims org.freedesktop.secrets on this bus and ends with the bus, when dbus-run-session ends.
printf '%s' test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
