#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them into what the app loads.
#
#   resources/translations/fieldvault_fr.ts   every user-visible string of ui/ with its French translation
#                                             (edit with `pyside6-linguist`, or by hand: it is XML)
#   resources/translations/fieldvault_fr.qm   compiled by lrelease; shipped as package data, loaded at start
#
# pyside6-lupdate and pyside6-lrelease come with PySide6-Essentials (in the venv's bin/). A string added to
# the code appears in the .ts as "unfinished" until translated; tests/ui/test_language.py fails while one
# is, so a release never ships English in the middle of French.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(dirname "$(command -v "${PYTHON:-python3}")")"
LUPDATE="${LUPDATE:-$BIN/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$BIN/pyside6-lrelease}"
# The vault's sentences (Text("...") in vault/ and app/) reach lupdate through a generated ui/ module.
"${PYTHON:-python3}" scripts/extract-vault-strings.py
# English is the source language: its .ts holds plural forms only (there are none yet), for completeness.
"$LUPDATE" $(find ui -name "*.py" | sort) -ts resources/translations/fieldvault_en.ts -no-obsolete -locations none \
  -source-language en -target-language en -pluralonly
for lang in fr; do
  ts="resources/translations/fieldvault_${lang}.ts"
  "$LUPDATE" $(find ui -name "*.py" | sort) -ts "$ts" -no-obsolete -locations none -source-language en -target-language "${lang}"
  "$LRELEASE" "$ts" -qm "resources/translations/fieldvault_${lang}.qm"
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "${ts}: ${unfinished} unfinished"
done
