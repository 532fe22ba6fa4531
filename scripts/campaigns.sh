#!/usr/bin/env bash
# The long reliability campaigns of issue 8, with figures for the notes:
#
#   scripts/campaigns.sh [--trials N] [--seed S] [--only NAME ...]
#
# First the deterministic full-disk and leak-scan tests (tests/reliability), then, with N trials each
# (default 100): SIGKILL crash campaigns (intake, note edits, bundle export, archive merge), the tamper
# campaign (N byte flips per region of the age file, 2N truncations, N/2 of each re-encrypted forgery),
# 5N hostile file mutants besides the fixed corpus, and 50N fuzzing examples per target. Prints trials,
# kills mid-work, promises checked, refusals per tamper class, hostile files processed and failures;
# exits non-zero if anything failed. The quick forms of the same campaigns run in the normal test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
export QT_QPA_PLATFORM=offscreen

"$PYTHON" -m pytest -q -p no:cacheprovider tests/reliability/test_full_disk.py tests/reliability/test_leak_scan.py
exec "$PYTHON" -m tests.reliability.run_campaigns "$@"
