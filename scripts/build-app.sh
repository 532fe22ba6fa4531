#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (build.spec) and smoke-test what was built:
#   1. the binary starts and reports its version;
#   2. the CLI inside it creates a vault, adds a note and finds it (SQLCipher, crypto, kinds bundled);
#   3. the window, offscreen, creates a vault through the first-run screens, locks and unlocks it;
#   4. it renders the demo vault's evidence grid to a PNG (Qt plugins, QtPdf, Pillow bundled);
#   5. it renders the demo group archive's coordinator view and the link chart in French (the demo
#      archive's bundles, the compiled translation in resources/translations).
# Usage: scripts/build-app.sh [PYTHON]   (default: the project's .venv, else /work/venv, else python3)
# PyInstaller is a build tool: install it with `pip install pyinstaller` (the "build" extra).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

PYTHON="${1:-}"
if [ -z "$PYTHON" ]; then
  for candidate in .venv/bin/python /work/venv/bin/python python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON="$candidate"; break; fi
  done
fi
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
  echo "build-app: PyInstaller is not installed for $PYTHON (pip install pyinstaller)" >&2
  exit 2
}

# Tesseract's libtiff links jbigkit (GPL-2.0+): the build ships our stand-in instead (build.spec).
if [ -x /usr/bin/tesseract ]; then
  CC="${CC:-cc}"
  command -v "$CC" >/dev/null || { echo "build-app: a C compiler is needed for the libjbig stand-in (apt-get install gcc)" >&2; exit 2; }
  mkdir -p "$ROOT/build/jbig-stub"
  "$CC" -shared -fPIC -O2 -Wall -Wextra -Wl,-soname,libjbig.so.0 -o "$ROOT/build/jbig-stub/libjbig.so.0" \
    scripts/jbig-stub/jbig_stub.c
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$ROOT/dist" \
  --workpath "$ROOT/build/pyinstaller" build.spec
APP="$ROOT/dist/fieldvault/fieldvault"
[ -x "$APP" ] || { echo "build-app: $APP was not built" >&2; exit 1; }

SMOKE="$(mktemp -d -t fieldvault-smoke-XXXXXX)"
trap 'rm -rf "$SMOKE"' EXIT
export HOME="$SMOKE/home" XDG_DATA_HOME="$SMOKE/data" XDG_CONFIG_HOME="$SMOKE/config" TMPDIR="$SMOKE/tmp"
mkdir -p "$HOME" "$TMPDIR"
export QT_QPA_PLATFORM=offscreen

echo "smoke 1/5: version"
"$APP" --version

echo "smoke 2/5: the CLI creates a vault, stores a note and finds it"
export FIELDVAULT_PASSPHRASE="smoke test passphrase, not a secret"
"$APP" init "$SMOKE/cli.fvault" --kdf-memory-mib 64 --kdf-iterations 1 >/dev/null
"$APP" note add "$SMOKE/cli.fvault" --title "Smoke test" --body "Kestrel Dawn at berth 3" >/dev/null
"$APP" search "$SMOKE/cli.fvault" kestrel | grep -q "Smoke test"
"$PYTHON" -c "from app.demo_media import PHOTOS, photo_bytes; import sys; sys.stdout.buffer.write(photo_bytes(PHOTOS[0]))" \
  > "$SMOKE/photo.jpg"
"$APP" import "$SMOKE/cli.fvault" "$SMOKE/photo.jpg" --json > "$SMOKE/import.json" 2> "$SMOKE/import.err"
if grep -q "warning" "$SMOKE/import.err"; then
  echo "build-app: the packaged intake could not examine a photo:" >&2; cat "$SMOKE/import.err" >&2; exit 1
fi
unset FIELDVAULT_PASSPHRASE

echo "smoke 3/5: the window creates, locks and unlocks a vault"
"$APP" gui --smoke-test "$SMOKE/gui.fvault" | tee "$SMOKE/gui.txt"
grep -q "smoke test passed" "$SMOKE/gui.txt"

echo "smoke 4/5: the window renders the demo vault"
"$APP" gui --demo --screenshot "$SMOKE/evidence.png" --view evidence
[ -s "$SMOKE/evidence.png" ]

echo "smoke 5/5: coordinator mode and French"
"$APP" gui --demo --screenshot "$SMOKE/coordinator.png" --view coordinator
[ -s "$SMOKE/coordinator.png" ]
"$APP" gui --demo --screenshot "$SMOKE/chart-fr.png" --view chart --lang fr
[ -s "$SMOKE/chart-fr.png" ]

if [ -x "$ROOT/dist/fieldvault/_internal/tesseract/tesseract" ]; then
  echo "smoke 6/6: OCR reads a photographed page through the bundled Tesseract (no GPL libjbig shipped)"
  if ! grep -q "not supported in this build of Fieldvault" "$ROOT"/dist/fieldvault/_internal/libjbig.so.0; then
    echo "build-app: jbigkit's libjbig (GPL) was shipped instead of the stand-in" >&2; exit 1
  fi
  export FIELDVAULT_PASSPHRASE="smoke test passphrase, not a secret"
  "$PYTHON" -c "
from PIL import Image, ImageDraw, ImageFont
page = Image.new('L', (1700, 500), 255)
ImageDraw.Draw(page).text((80, 180), 'Consignee Sahel Logistics', fill=0, font=ImageFont.load_default(size=72))
page.save('$SMOKE/page.png')"
  "$APP" import "$SMOKE/cli.fvault" "$SMOKE/page.png" --json > "$SMOKE/page.json"
  "$APP" ocr "$SMOKE/cli.fvault" >/dev/null 2>&1
  "$APP" search "$SMOKE/cli.fvault" sahel | grep -q "page.png" \
    || { echo "build-app: the packaged OCR did not read the page" >&2; exit 1; }
  unset FIELDVAULT_PASSPHRASE
fi

du -sh "$ROOT/dist/fieldvault" | awk '{print "built dist/fieldvault/ (" $1 ")"}'
echo "build-app: all smoke tests passed"
