"""Subprocess drivers for the crash campaigns: do real work on a vault and report each commit.

Run as ``python -m tests.reliability.drivers ACTION VAULT ARGS…`` with FIELDVAULT_PASSPHRASE set. Each
line printed on stdout (flushed) is a promise: "this is committed". ``ready`` is printed once the vault
is unlocked (work starts) and ``done`` when all work is over, so the campaign knows whether its SIGKILL
landed mid-work. The campaign kills the process at a random moment and checks that every promise holds
and the vault verifies.

``FIELDVAULT_DIE_BEFORE=module:function`` makes the driver SIGKILL itself when that function is
called: a regression test's way to land a crash exactly in a window a random kill rarely hits.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
from pathlib import Path
from typing import Any

from app.service import FileOutcome, VaultService
from vault.keys.secret import Passphrase


def _open(path: str) -> VaultService:
    service = VaultService.unlock(Path(path), Passphrase.from_text(os.environ["FIELDVAULT_PASSPHRASE"]))
    print("ready", flush=True)
    return service


def _die_before(target: str) -> None:
    module_name, function = target.split(":")
    module = importlib.import_module(module_name)

    def die(*args: Any, **kwargs: Any) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(module, function, die)


def intake(vault: str, files: list[str]) -> int:
    """Import files one at a time; print ``stored <id> <sha256>`` after each commit."""
    service = _open(vault)
    try:
        for name in files:
            report = service.evidence.import_files([Path(name)])
            for o in report.outcomes:
                if o.error is None:
                    print(f"stored {o.id} {o.sha256}", flush=True)
                else:
                    print(f"failed {name} {o.error}", flush=True)
    finally:
        service.close()
    return 0


def intake_batch(vault: str, files: list[str]) -> int:
    """Import the files in one call, committed in groups; print ``stored <id> <sha256> <name>`` (or
    ``failed <name>``) as each file's outcome is reported, that is once it is committed."""
    service = _open(vault)

    def told(o: FileOutcome) -> None:
        print(f"stored {o.id} {o.sha256} {o.name}" if o.error is None else f"failed {o.name}", flush=True)

    try:
        service.evidence.import_files([Path(f) for f in files], on_outcome=told)
    finally:
        service.close()
    return 0


def notes(vault: str, count: str) -> int:
    """Add and edit notes; print ``note <id> <body>`` after each commit."""
    service = _open(vault)
    try:
        for i in range(int(count)):
            rec = service.records.add_note(f"Note {i}", f"body {i}")
            print(f"note {rec.id} body {i}", flush=True)
            edited = service.records.edit_record(rec.id, {"body": f"edited {i}"})
            print(f"note {edited.id} edited {i}", flush=True)
    finally:
        service.close()
    return 0


def bundle(vault: str, archive_id: str, out: str, mode: str) -> int:
    """Write one bundle (``mode`` all or since); print ``wrote <out> <sequence> <bundle id>``."""
    service = _open(vault)
    try:
        written = service.bundles.write_bundle(Path(archive_id), Path(out), everything=mode == "all")
        print(f"wrote {out} {written.sequence} {written.bundle_id}", flush=True)
    finally:
        service.close()
    return 0


def merge(archive: str, bundles: list[str]) -> int:
    """Merge bundles one at a time; print ``<status> <bundle id>`` after each (status without spaces)."""
    service = _open(archive)
    try:
        for path in bundles:
            (report,) = service.bundles.merge_bundles([Path(path)])
            print(f"{report.status.replace(' ', '-')} {report.bundle_id}", flush=True)
    finally:
        service.close()
    return 0


ACTIONS = {
    "intake": lambda a: intake(a[0], a[1:]),
    "intake_batch": lambda a: intake_batch(a[0], a[1:]),
    "notes": lambda a: notes(a[0], a[1]),
    "bundle": lambda a: bundle(a[0], a[1], a[2], a[3]),
    "merge": lambda a: merge(a[0], a[1:]),
}


def main(argv: list[str]) -> int:
    """Run ``ACTION ARGS…``; print ``done`` when all work is over."""
    if target := os.environ.get("FIELDVAULT_DIE_BEFORE"):
        _die_before(target)
    code = ACTIONS[argv[0]](argv[1:])
    print("done", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
