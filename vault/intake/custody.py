"""The chain of custody of an evidence item, as events a person can read.

Custody events are audit entries (vault/storage/audit.py) about the item's record id or its SHA-256. Each is
turned into one sentence: what happened, to which bytes, from whom, by whom, and on which clock. The
audit entry itself (hash, chain, sequence) stays attached so that anyone can check it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from vault.messages import Text
from vault.storage.audit import Entry


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


def _short(value: object, n: int = 12) -> str:
    return str(value)[:n] if value else "?"


def _size(value: object) -> str:
    return Text("{n:,} bytes", n=value) if isinstance(value, int) else Text("? bytes")


def _record_event(action: str, revision: str, who: str) -> str | None:
    """A record's own change (one sentence per action, so each can be translated whole)."""
    if action == "create":
        return Text("record created, revision {revision}, by {who}", revision=revision, who=who)
    if action == "edit":
        return Text("record edited, revision {revision}, by {who}", revision=revision, who=who)
    if action == "delete":
        return Text("record deleted, revision {revision}, by {who}", revision=revision, who=who)
    if action == "resolve":
        return Text("record resolved, revision {revision}, by {who}", revision=revision, who=who)
    return None


def describe(entry: Entry, me: str, title_of: Callable[[str], str | None]) -> CustodyEvent:
    """``entry`` as a CustodyEvent; ``me`` is this vault's key id, ``title_of`` names records by id."""
    d = entry.detail
    by_key = str(d.get("by", entry.chain))
    who = Text("this vault") if by_key == me else Text("key {key}", key=by_key[:16])
    clock = Text("; device clock {clock}", clock=d["device_clock"]) if d.get("device_clock") else ""
    sha = Text("SHA-256 {sha256}…", sha256=_short(d.get("sha256"), 16))
    what = d.get("what", Text("content"))
    text: str
    if entry.action == "intake":
        source = d.get("source")
        named = title_of(str(source)) if source else None
        origin = (
            Text(" from source {name} ({code})", name=named, code=_short(source, 8))
            if named
            else (Text(" from {source}", source=source) if source else "")
        )
        again = (
            Text(" — the same content as an item already held: linked, not stored twice")
            if d.get("duplicate")
            else ""
        )
        text = Text(
            "received {size}, {sha}{origin}, by {who}{clock}{again}",
            size=_size(d.get("size")),
            sha=sha,
            origin=origin,
            who=who,
            clock=clock,
            again=again,
        )
    elif entry.action == "derive":
        ops = ", ".join(str(o) for o in d.get("operations", [])) or Text("copied")
        if d.get("working_copy"):
            text = Text(
                "working copy {copy} made ({ops}), {sha}, by {who}{clock}",
                copy=_short(d["working_copy"], 8),
                ops=ops,
                sha=sha,
                who=who,
                clock=clock,
            )
        else:
            text = Text(
                "made from original {original} ({ops}), {sha}, by {who}{clock}",
                original=_short(d.get("from"), 8),
                ops=ops,
                sha=sha,
                who=who,
                clock=clock,
            )
    elif entry.action == "export":
        text = Text("{what} exported outside the vault ({sha}) by {who}", what=what, sha=sha, who=who)
    elif entry.action == "disclose":
        disclosure = d.get("disclosure")
        named = title_of(str(disclosure)) if disclosure else None
        text = Text(
            "given to a requesting authority ({package}), package SHA-256 {sha}…, by {who}",
            package=named or _short(disclosure, 8),
            sha=_short(d.get("package_sha256"), 16),
            who=who,
        )
    elif entry.action == "view":
        text = Text("{what} viewed on screen by {who}", what=what, who=who)
    elif (record_event := _record_event(entry.action, _short(d.get("revision"), 12), who)) is not None:
        text = record_event
    else:
        extra = ", ".join(
            f"{k} {_short(v, 16)}" for k, v in sorted(d.items()) if k not in ("by", "device_clock")
        )
        if extra:
            text = Text(
                "{action}: {details}, by {who}{clock}",
                action=entry.action,
                details=extra,
                who=who,
                clock=clock,
            )
        else:
            text = Text("{action}, by {who}{clock}", action=entry.action, who=who, clock=clock)
    return CustodyEvent(entry.at, entry.action, by_key, text, d, entry.chain, entry.seq, entry.hash)
