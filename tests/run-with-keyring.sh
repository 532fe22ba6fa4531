#!/usr/bin/env bash
# Start a throwaway Secret Service (gnome-keyring, unlocked with a random password) inside the current
# D-Bus session, then run the given command. Used by .ci/run under dbus-run-session.
set -euo pipefail
export XDG_DATA_HOME="$(mktemp -d)"   # the keyring's files go to a throwaway folder, not ~/.local
password="$(head -c 24 /dev/urandom | base64)"
eval "$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL
exec "$@"
