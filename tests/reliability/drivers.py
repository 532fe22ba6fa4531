"""Subprocess drivers for the crash campaigns: do real work on a vault and report each commit.

Run as ``python -m tests.reliability.drivers ACTION VAULT ARGS…`` with FIELDVAULT_PASSPHRASE set. Each
line printed on stdout (flushed) is a promise: "this is committed". The campaign kills the process at a
random moment and checks that every promise holds and the vault verifies.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.service import VaultService
from vault.secret import Passphrase


def _open(path: str) -> VaultService:
    return VaultService.unlock(Path(path), Passphrase.from_text(os.environ["FIELDVAULT_PASSPHRASE"]))


def intake(vault: str, files: list[str]) -> int:
    """Import files one at a time; print ``stored <id> <sha256>`` after each commit."""
    service = _open(vault)
    try:
        for name in files:
            report = service.import_files([Path(name)])
            for o in report.outcomes:
                if o.error is None:
                    print(f"stored {o.id} {o.sha256}", flush=True)
                else:
                    print(f"failed {name} {o.error}", flush=True)
    finally:
        service.close()
    return 0


def notes(vault: str, count: str) -> int:
    """Add and edit notes; print ``note <id> <body>`` after each commit."""
    service = _open(vault)
    try:
        for i in range(int(count)):
            rec = service.add_note(f"Note {i}", f"body {i}")
            print(f"note {rec.id} body {i}", flush=True)
            edited = service.edit_record(rec.id, {"body": f"edited {i}"})
            print(f"note {edited.id} edited {i}", flush=True)
    finally:
        service.close()
    return 0


ACTIONS = {"intake": lambda a: intake(a[0], a[1:]), "notes": lambda a: notes(a[0], a[1])}

if __name__ == "__main__":
    sys.exit(ACTIONS[sys.argv[1]](sys.argv[2:]))
