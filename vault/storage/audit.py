"""The hash-chained audit log: every action, in order, with no content.

Each entry's hash covers its chain, sequence number, the previous entry's hash, time, action, target
and details, so removing, reordering or editing any entry breaks the chain from there on. A chain
belongs to one signing key: this vault writes its own; chains of other vaults arrive in bundles and
are kept as received, so the archive can show what an expert's vault recorded.

Entries name records by id and attachments by SHA-256. They never hold titles, bodies, filenames of
evidence, passphrases or paths: the log must be safe to hand to anyone who may see the vault's shape.
Custody events (intake, view, export, bundle, merge, handover, receive) are entries of this log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vault import canonical
from vault.messages import Text
from vault.storage.store import Connection

GENESIS = "0" * 64
CUSTODY_ACTIONS = ("intake", "view", "export", "bundle", "merge", "handover", "receive", "derive", "disclose")


@dataclass(frozen=True)
class Entry:
    chain: str
    seq: int
    prev: str
    hash: str
    at: str
    action: str
    target: str | None
    detail: Mapping[str, Any]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def entry_hash(
    chain: str, seq: int, prev: str, at: str, action: str, target: str | None, detail: Mapping[str, Any]
) -> str:
    doc = {
        "chain": chain,
        "seq": seq,
        "prev": prev,
        "at": at,
        "action": action,
        "target": target,
        "detail": dict(detail),
    }
    return hashlib.sha256(b"fieldvault-audit-v1\n" + canonical.dumps(doc)).hexdigest()


def _row_to_entry(row: tuple[Any, ...]) -> Entry:
    chain, seq, prev, hash_, at, action, target, detail = row
    return Entry(chain, int(seq), prev, hash_, at, action, target, canonical.loads(detail))


_COLUMNS = "chain, seq, prev, hash, at, action, target, detail"


def append(
    conn: Connection,
    chain: str,
    action: str,
    target: str | None = None,
    detail: Mapping[str, Any] | None = None,
    at: str | None = None,
) -> Entry:
    """Add an entry at the end of ``chain`` (inside the caller's transaction)."""
    detail = dict(detail or {})
    at = at or utc_now()
    last = conn.execute(
        "SELECT seq, hash FROM audit WHERE chain = ? ORDER BY seq DESC LIMIT 1", (chain,)
    ).fetchone()
    seq, prev = (int(last[0]) + 1, last[1]) if last else (1, GENESIS)
    digest = entry_hash(chain, seq, prev, at, action, target, detail)
    conn.execute(
        f"INSERT INTO audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (chain, seq, prev, digest, at, action, target, canonical.dumps_text(detail)),
    )
    return Entry(chain, seq, prev, digest, at, action, target, detail)


def insert_received(conn: Connection, entries: Iterable[Entry]) -> int:
    """Store entries of another vault's chain as received; already-present ones are skipped."""
    added = 0
    for e in entries:
        cur = conn.execute(
            f"INSERT OR IGNORE INTO audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (e.chain, e.seq, e.prev, e.hash, e.at, e.action, e.target, canonical.dumps_text(dict(e.detail))),
        )
        added += cur.rowcount
    return added


def for_target(conn: Connection, targets: Iterable[str]) -> list[Entry]:
    """Entries about any of ``targets`` (record ids, SHA-256s), oldest first."""
    wanted = list(dict.fromkeys(targets))
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit WHERE target IN ({marks}) ORDER BY at, chain, seq",
        wanted,
    ).fetchall()
    return [_row_to_entry(r) for r in rows]


def chain_entries(conn: Connection, chain: str, after_seq: int = 0) -> list[Entry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit WHERE chain = ? AND seq > ? ORDER BY seq",
        (chain, after_seq),
    ).fetchall()
    return [_row_to_entry(r) for r in rows]


def check(conn: Connection, own_chain: str) -> list[str]:
    """Problems in the stored chains: an entry whose hash does not recompute, a broken link, a gap.

    This vault's own chain must be complete from entry 1. Chains received from others may have gaps
    (a bundle still in transit), but every link between two entries that are present must hold.
    """
    problems: list[str] = []
    previous: tuple[str, int, str] | None = None
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY chain, seq")
    for row in rows:
        e = _row_to_entry(row)
        label = (
            Text("this vault's audit log")
            if e.chain == own_chain
            else Text("audit chain {chain}", chain=e.chain[:12])
        )
        if entry_hash(e.chain, e.seq, e.prev, e.at, e.action, e.target, e.detail) != e.hash:
            problems.append(
                Text("{label}: entry {seq} was altered (its hash does not match)", label=label, seq=e.seq)
            )
        if previous is None or previous[0] != e.chain:
            if e.chain == own_chain and (e.seq != 1 or e.prev != GENESIS):
                problems.append(Text("{label}: entries before {seq} are missing", label=label, seq=e.seq))
        elif e.seq == previous[1] + 1:
            if e.prev != previous[2]:
                problems.append(
                    Text(
                        "{label}: entry {seq} does not follow entry {previous}",
                        label=label,
                        seq=e.seq,
                        previous=previous[1],
                    )
                )
        elif e.chain == own_chain:
            problems.append(
                Text(
                    "{label}: entries {first}..{last} are missing",
                    label=label,
                    first=previous[1] + 1,
                    last=e.seq - 1,
                )
            )
        previous = (e.chain, e.seq, e.hash)
    return problems
