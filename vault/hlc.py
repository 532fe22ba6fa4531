"""Hybrid logical clock: timestamps that order events across vaults whose clocks disagree.

An HLC is ``"<wall milliseconds, 15 digits>.<counter, 5 digits>"``; string order is time order. Each
local event takes ``max(wall clock, last issued, last observed)`` and bumps the counter on a tie, so
revisions made after receiving a bundle always sort after what the bundle held, even when this laptop's
clock is wrong. The last value lives in ``meta`` (inside the caller's transaction).
"""

from __future__ import annotations

import re
import time

from vault.store import Connection

_FORMAT = re.compile(r"^\d{15}\.\d{5}$")
_KEY = "hlc"


def format_hlc(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:015d}.{counter:05d}"


def parse_hlc(value: str) -> tuple[int, int]:
    if not _FORMAT.match(value):
        raise ValueError("not a hybrid logical clock value")
    wall, counter = value.split(".")
    return int(wall), int(counter)


def is_valid(value: object) -> bool:
    return isinstance(value, str) and bool(_FORMAT.match(value))


def _last(conn: Connection) -> tuple[int, int]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEY,)).fetchone()
    return parse_hlc(row[0]) if row else (0, 0)


def _store(conn: Connection, wall: int, counter: int) -> str:
    value = format_hlc(wall, counter)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_KEY, value))
    return value


def tick(conn: Connection, now_ms: int | None = None) -> str:
    """A new timestamp for a local event, later than every timestamp issued or observed here."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    last_wall, last_counter = _last(conn)
    if wall > last_wall:
        return _store(conn, wall, 0)
    return _store(conn, last_wall, last_counter + 1)


def observe(conn: Connection, remote: str) -> None:
    """Fold in a timestamp received from another vault, so later local events sort after it."""
    r_wall, r_counter = parse_hlc(remote)
    last = _last(conn)
    if (r_wall, r_counter) > last:
        _store(conn, r_wall, r_counter)


# A remote clock far ahead of ours (a laptop set to the wrong year) must not drag every later local event
# into the future with it: beyond this margin, a received clock pushes ours only as far as the margin.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000


def observe_bounded(
    conn: Connection, remote: str, now_ms: int | None = None, max_ahead_ms: int = MAX_AHEAD_MS
) -> None:
    """``observe``, but never move this vault's clock more than ``max_ahead_ms`` past its wall clock."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    r_wall, r_counter = parse_hlc(remote)
    if r_wall > wall + max_ahead_ms:
        r_wall, r_counter = wall + max_ahead_ms, 0
    observe(conn, format_hlc(r_wall, r_counter))
