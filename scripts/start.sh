#!/usr/bin/env bash
# Set up Fieldvault on this machine (first time only) and start the desktop app.
# The first start opens a demo vault with sample data; later starts open the app's start screen.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=setup.sh
. scripts/setup.sh

# Qt's runtime libraries for a desktop session (X11 or Wayland), xvfb for machines without a screen, and
# Tesseract with its language data (OCR of photographed and scanned pages), and PulseAudio's client library
# that QtMultimedia links (video and voice notes played in the viewer).
fv_apt libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
  libxcb-xkb1 xvfb xauth libpulse0 \
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-spa tesseract-ocr-por
fv_venv requirements/app.lock

data="${XDG_DATA_HOME:-$HOME/.local/share}/fieldvault"
args=(gui)
if [ ! -d "$data/demo.fvault" ]; then args=(gui --demo); fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No screen found: starting on a virtual screen (xvfb-run). Use a desktop session to see the window."
  exec xvfb-run -a .venv/bin/fieldvault "${args[@]}" "$@"
fi
exec .venv/bin/fieldvault "${args[@]}" "$@"
