#!/usr/bin/env bash
# Make every screenshot docs/screenshots/README.md lists again, from the demo vault, offscreen: a view per
# row of its table (`| view | [file.png](file.png) | …`), and each `VIEW-fr.png` it names in French.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"   # the demo is built once, here
index=docs/screenshots/README.md
grep -oE '^\| [a-z]+ \| \[[a-z-]+\.png\]' "$index" | while read -r _ view _ link; do
  file="${link#[}"; file="${file%]}"
  echo "$view -> $file"
  "$PYTHON" -m app gui --demo --screenshot "docs/screenshots/$file" --view "$view" --lang en
done
grep -oE '\[[a-z]+-fr\.png\]' "$index" | tr -d '[]' | while read -r file; do
  view="${file%-fr.png}"
  echo "$view (fr) -> $file"
  "$PYTHON" -m app gui --demo --screenshot "docs/screenshots/$file" --view "$view" --lang fr
done
