#!/usr/bin/env bash
# Set up Fieldvault on this machine (first time only) and start the desktop app.
# The first start opens a demo vault with sample data; later starts open the app's start screen.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

# Qt's runtime libraries for a desktop session (X11 or Wayland), and xvfb for machines without a screen.
PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
libxcb-xkb1 xvfb xauth"
missing=""
for p in $PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
  echo "Installing system libraries:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/fieldvault ]; then
  echo "Setting up .venv (first time only)…"
  [ -d .venv ] || "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -m pip install -q -e . 2>&1 | grep -v '^WARNING: Location' || true
fi

data="${XDG_DATA_HOME:-$HOME/.local/share}/fieldvault"
args=(gui)
if [ ! -d "$data/demo.fvault" ]; then args=(gui --demo); fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No screen found: starting on a virtual screen (xvfb-run). Use a desktop session to see the window."
  exec xvfb-run -a .venv/bin/fieldvault "${args[@]}" "$@"
fi
exec .venv/bin/fieldvault "${args[@]}" "$@"
