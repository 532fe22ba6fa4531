"""The chain of custody of an evidence item, as events a person can read.

Custody events are audit entries (vault/audit.py) about the item's record id or its SHA-256. Each is
turned into one sentence: what happened, to which bytes, from whom, by whom, and on which clock. The
audit entry itself (hash, chain, sequence) stays attached so that anyone can check it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from vault.audit import Entry


@dataclass(frozen=True)
class CustodyEvent:
    """One event in an item's chain of custody; ``summary`` is the readable sentence."""

    at: str  # UTC, from the audit entry
    action: str
    by: str  # the signing key id of the vault that recorded it
    summary: str
    detail: Mapping[str, Any]
    chain: str
    seq: int
    hash: str


_RECORD_ACTIONS = {"create": "created", "edit": "edited", "delete": "deleted", "resolve": "resolved"}


def _short(value: object, n: int = 12) -> str:
    return str(value)[:n] if value else "?"


def _size(value: object) -> str:
    return f"{value:,} bytes" if isinstance(value, int) else "? bytes"


def describe(entry: Entry, me: str, title_of: Callable[[str], str | None]) -> CustodyEvent:
    """``entry`` as a CustodyEvent; ``me`` is this vault's key id, ``title_of`` names records by id."""
    d = entry.detail
    by_key = str(d.get("by", entry.chain))
    who = "this vault" if by_key == me else f"key {by_key[:16]}"
    clock = f"; device clock {d['device_clock']}" if d.get("device_clock") else ""
    sha = f"SHA-256 {_short(d.get('sha256'), 16)}…"
    if entry.action == "intake":
        source = d.get("source")
        named = title_of(str(source)) if source else None
        origin = (
            f" from source {named} ({_short(source, 8)})" if named else (f" from {source}" if source else "")
        )
        again = (
            " — the same content as an item already held: linked, not stored twice"
            if d.get("duplicate")
            else ""
        )
        text = f"received {_size(d.get('size'))}, {sha}{origin}, by {who}{clock}{again}"
    elif entry.action == "derive":
        ops = ", ".join(str(o) for o in d.get("operations", [])) or "copied"
        if d.get("working_copy"):
            text = f"working copy {_short(d['working_copy'], 8)} made ({ops}), {sha}, by {who}{clock}"
        else:
            text = f"made from original {_short(d.get('from'), 8)} ({ops}), {sha}, by {who}{clock}"
    elif entry.action == "export":
        text = f"{d.get('what', 'content')} exported outside the vault ({sha}) by {who}"
    elif entry.action == "view":
        text = f"{d.get('what', 'content')} viewed on screen by {who}"
    elif entry.action in _RECORD_ACTIONS:
        text = f"record {_RECORD_ACTIONS[entry.action]}, revision {_short(d.get('revision'), 12)}, by {who}"
    else:
        extra = ", ".join(
            f"{k} {_short(v, 16)}" for k, v in sorted(d.items()) if k not in ("by", "device_clock")
        )
        text = f"{entry.action}{(': ' + extra) if extra else ''}, by {who}{clock}"
    return CustodyEvent(entry.at, entry.action, by_key, text, d, entry.chain, entry.seq, entry.hash)
