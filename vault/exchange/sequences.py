"""Which bundles of each expert the archive has received, and which have not arrived.

Each expert numbers their bundles 1, 2, 3 … (vault/exchange/bundle_write.py); the archive keeps a receipt for
each one merged (vault/exchange/merge.py). A number below the highest received that has no receipt is a bundle
that was written but has not arrived — lost on the way, or still in someone's bag — and whatever it
carried is not in the archive: the coordinator is told, by number, at every merge and in the roster.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.storage.store import Connection


@dataclass(frozen=True)
class Sequence:
    """The bundle numbers received from one expert and those missing below the highest."""

    sender: str
    received: tuple[int, ...]
    missing: tuple[int, ...]


def of(conn: Connection, sender: str) -> Sequence:
    """The bundles received from ``sender`` (its signing key id), and the gaps."""
    rows = conn.execute(
        "SELECT sequence FROM receipts WHERE sender = ? AND kind = 'bundle' ORDER BY sequence", (sender,)
    ).fetchall()
    received = tuple(int(r[0]) for r in rows)
    have = set(received)
    missing = tuple(n for n in range(1, max(received, default=0)) if n not in have)
    return Sequence(sender, received, missing)


def ranges(numbers: tuple[int, ...]) -> str:
    """ "1-4, 6, 8-9": numbers as short ranges, for people."""
    parts: list[str] = []
    start = prev = None
    for n in numbers:
        if prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        start = prev = n
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ", ".join(parts)
