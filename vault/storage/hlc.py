"""Hybrid logical clock: timestamps that order events across vaults whose clocks disagree.

An HLC is ``"<wall milliseconds, 15 digits>.<counter, 5 digits>"``; string order is time order. Each
local event takes ``max(wall clock, last issued, last observed)`` and bumps the counter on a tie, so
revisions made after receiving a bundle always sort after what the bundle held, even when this laptop's
clock is wrong. The last value lives in ``meta`` (inside the caller's transaction).

Bounds: a received clock moves this vault's clock at most ``MAX_AHEAD_MS`` past its wall clock
(``observe`` is bounded; a forged revision may carry the largest clock the format holds), and ``tick``
always returns a value of the format: a full counter carries into the next millisecond, and a stored
clock beyond the margin (left by an earlier version, or a wall clock set back by more than the margin)
is pulled back to it instead of being followed out of the format's range.
"""

from __future__ import annotations

import re
import time

from vault.storage.store import Connection

_FORMAT = re.compile(r"^\d{15}\.\d{5}$")
_KEY = "hlc"
MAX_WALL_MS = 10**15 - 1  # 15 digits
MAX_COUNTER = 10**5 - 1  # 5 digits

# A remote clock far ahead of ours (a laptop set to the wrong year) must not drag every later local event
# into the future with it: beyond this margin, a received clock pushes ours only as far as the margin.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000


def format_hlc(wall_ms: int, counter: int) -> str:
    if not (0 <= wall_ms <= MAX_WALL_MS and 0 <= counter <= MAX_COUNTER):
        raise ValueError("clock value out of range")
    return f"{wall_ms:015d}.{counter:05d}"


def parse_hlc(value: str) -> tuple[int, int]:
    if not _FORMAT.match(value):
        raise ValueError("not a hybrid logical clock value")
    wall, counter = value.split(".")
    return int(wall), int(counter)


def is_valid(value: object) -> bool:
    return isinstance(value, str) and bool(_FORMAT.match(value))


def _wall(now_ms: int | None) -> int:
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    return max(0, min(wall, MAX_WALL_MS))


def _last(conn: Connection) -> tuple[int, int]:
    """The last clock issued or observed here. A stored value that does not parse (an earlier version
    could store an overflowed counter) is replaced by the latest well-formed clock of a stored revision."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEY,)).fetchone()
    if row is None:
        return (0, 0)
    if is_valid(row[0]):
        return parse_hlc(row[0])
    rows = conn.execute(
        "SELECT hlc FROM revisions WHERE length(hlc) = 21 ORDER BY hlc DESC LIMIT 100"
    ).fetchall()
    return next((parse_hlc(r[0]) for r in rows if is_valid(r[0])), (0, 0))


def _store(conn: Connection, wall: int, counter: int) -> str:
    value = format_hlc(wall, counter)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_KEY, value))
    return value


def tick(conn: Connection, now_ms: int | None = None) -> str:
    """A new timestamp for a local event, later than every timestamp issued or observed here (as far as
    ``MAX_AHEAD_MS`` past the wall clock allows); always a well-formed value."""
    wall = _wall(now_ms)
    ceiling = min(wall + MAX_AHEAD_MS, MAX_WALL_MS)
    last_wall, last_counter = _last(conn)
    if last_wall > ceiling:
        last_wall, last_counter = ceiling, 0
    if wall > last_wall:
        return _store(conn, wall, 0)
    if last_counter < MAX_COUNTER:
        return _store(conn, last_wall, last_counter + 1)
    if last_wall < MAX_WALL_MS:
        return _store(conn, last_wall + 1, 0)
    return _store(conn, MAX_WALL_MS, MAX_COUNTER)  # the end of the format (the year 33658): a tie


def observe_bounded(
    conn: Connection, remote: str, now_ms: int | None = None, max_ahead_ms: int = MAX_AHEAD_MS
) -> None:
    """Fold in a timestamp received from another vault, so later local events sort after it; never
    move this vault's clock more than ``max_ahead_ms`` past its wall clock."""
    wall = _wall(now_ms)
    r_wall, r_counter = parse_hlc(remote)
    ceiling = min(wall + max_ahead_ms, MAX_WALL_MS)
    if r_wall > ceiling:
        r_wall, r_counter = ceiling, 0
    if (r_wall, r_counter) > _last(conn):
        _store(conn, r_wall, r_counter)


def observe(conn: Connection, remote: str, now_ms: int | None = None) -> None:
    """``observe_bounded`` with the default margin: there is no unbounded way to follow a remote clock."""
    observe_bounded(conn, remote, now_ms)
