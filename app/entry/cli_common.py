"""What every CLI command module shares: the vault argument, opening and closing a vault (one unlock
policy: passphrase file, FIELDVAULT_PASSPHRASE, the OS keyring, then a prompt), and JSON output."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from app.entry import prompts
from app.service import RecordDetails, VaultService
from vault.errors import NotAVault
from vault.messages import Text
from vault.storage import upgrade_progress
from vault.storage.audit import Entry

Subparsers = Any  # argparse's _SubParsersAction is private; its type is not worth importing


class CommandModule(Protocol):
    def register(self, sub: Subparsers) -> None: ...


def add_vault_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH", type=Path, help="the vault folder (NAME.fvault)")
    p.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="read the passphrase from the first line of F"
    )


@contextlib.contextmanager
def vault_session(args: argparse.Namespace) -> Iterator[VaultService]:
    """The vault named by ``args.path``, unlocked (``open_service``) and closed again on leaving."""
    service = open_service(args)
    try:
        yield service
    finally:
        service.close()


def open_service(args: argparse.Namespace) -> VaultService:
    """Unlock the vault named by ``args.path``: passphrase file, FIELDVAULT_PASSPHRASE, OS keyring, prompt.
    A schema upgrade the unlock runs (minutes for a large archive) says how far it has gone on stderr."""
    folder: Path = args.path
    if not folder.exists():
        raise NotAVault(f"{folder} does not exist")
    with upgrade_progress.reporting(_upgrade_shown):
        if args.passphrase_file is None and not os.environ.get("FIELDVAULT_PASSPHRASE"):
            opened = VaultService.unlock_with_keyring_if_possible(folder)
            if opened is not None:
                return opened
        return VaultService.unlock(folder, prompts.passphrase(args.passphrase_file))


def _upgrade_shown(done: int, total: int) -> None:
    shown = Text("upgrading this vault for this version: {done} of {total} records", done=done, total=total)
    print(f"\r{shown}", end="\n" if done >= total else "", file=sys.stderr, flush=True)


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False))


def entry_json(e: Entry) -> dict[str, Any]:
    return {
        "chain": e.chain,
        "seq": e.seq,
        "at": e.at,
        "action": e.action,
        "target": e.target,
        "detail": dict(e.detail),
        "hash": e.hash,
    }


def clock_time(hlc: str) -> str | None:
    """A revision's hybrid logical clock as an ISO 8601 UTC time (its wall-clock part)."""
    try:
        wall_ms = int(hlc.split(".")[0])
        return (
            datetime.fromtimestamp(wall_ms / 1000, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )
    except (ValueError, OverflowError, OSError):
        return None


def details_json(d: RecordDetails) -> dict[str, Any]:
    r = d.record
    return {
        "id": r.id,
        "kind": r.kind,
        "title": r.title,
        "body": dict(r.body),
        "deleted": r.deleted,
        "conflicted": r.conflicted,
        "head": r.head,
        "heads": list(r.heads),
        "created": r.created,
        "updated": r.updated,
        "revisions": [
            {
                "hash": v.hash,
                "author": v.author,
                "hlc": v.hlc,
                "at": clock_time(v.hlc),
                "parents": list(v.parents),
                "tombstone": v.tombstone,
            }
            for v in d.history
        ],
        "custody": [entry_json(e) for e in d.custody],
    }


def format_value(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
