"""Hybrid logical clocks stay bounded and parsable whatever clock a received revision carries.

A revision from elsewhere (a bundle, a handover package) is signed by its author, but its clock is
whatever the author's laptop said, or whatever a forger chose: the largest value the format can hold
must not stop this vault from making its own revisions.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import FAST_KDF, PASSPHRASE
from vault import crypto
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import hlc, records, revisions, store
from vault.storage.revisions import Revision

LARGEST_CLOCK = "999999999999999.99999"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _ = Vault.create(tmp_path / "clock.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    yield opened
    opened.close()


def _foreign_revision(clock: str, title: str = "from another laptop") -> Revision:
    """A revision signed by another author (a fresh Ed25519 key), carrying ``clock``."""
    secret = crypto.new_signing_key()
    author = crypto.signing_public(secret).hex()
    return revisions.make(str(uuid.uuid4()), "note", author, secret, clock, (), False, {"title": title})


def _now_ms() -> int:
    return int(time.time() * 1000)


def _head(vault: Vault, record_id: str) -> Revision:
    rev = revisions.get(vault.conn, records.get(vault.conn, record_id).head)
    assert rev is not None
    return rev


def _assert_sane(rev: Revision, before_ms: int) -> None:
    assert revisions.problems(rev) == []
    wall, _ = hlc.parse_hlc(rev.hlc)
    assert before_ms <= wall <= _now_ms() + hlc.MAX_AHEAD_MS


def test_a_received_revision_with_the_largest_clock_does_not_stop_later_edits(vault: Vault) -> None:
    conn, me = vault.conn, vault.identity
    forged = _foreign_revision(LARGEST_CLOCK)
    assert revisions.problems(forged) == []  # a well-formed, correctly signed revision
    with store.transaction(conn):
        assert records.apply(conn, forged)
    before = _now_ms()
    made = []
    for i in range(3):
        with store.transaction(conn):
            made.append(records.create(conn, me, "note", {"title": f"after {i}"}))
    with store.transaction(conn):
        edited = records.edit(conn, me, forged.record_id, {"body": "answered"})
    assert edited.head != forged.hash
    for rec in [*made, edited]:
        _assert_sane(_head(vault, rec.id), before)
    clocks = [_head(vault, r.id).hlc for r in made]
    assert clocks == sorted(clocks)  # still increasing,
    assert len(set(clocks)) == 3  # strictly
    assert [p for _, rev in revisions.iterate(conn) for p in revisions.problems(rev)] == []


def test_a_received_clock_far_ahead_moves_this_vault_by_at_most_the_margin(vault: Vault) -> None:
    conn, me = vault.conn, vault.identity
    ten_years_ahead = hlc.format_hlc(_now_ms() + 10 * 365 * 86_400_000, 3)
    with store.transaction(conn):
        records.apply(conn, _foreign_revision(ten_years_ahead))
    with store.transaction(conn):
        mine = records.create(conn, me, "note", {"title": "mine"})
    wall, _ = hlc.parse_hlc(mine.updated)
    assert wall <= _now_ms() + hlc.MAX_AHEAD_MS


def test_a_clock_received_a_little_ahead_is_still_followed(vault: Vault) -> None:
    conn, me = vault.conn, vault.identity
    ahead = hlc.format_hlc(_now_ms() + 60_000, 4)
    with store.transaction(conn):
        records.apply(conn, _foreign_revision(ahead))
    with store.transaction(conn):
        mine = records.create(conn, me, "note", {"title": "after it"})
    assert mine.updated > ahead  # local events sort after what was received


@pytest.mark.parametrize("stored", [LARGEST_CLOCK, "999999999999999.100000", "not a clock"])
def test_a_vault_whose_stored_clock_is_already_out_of_range_recovers(vault: Vault, stored: str) -> None:
    conn, me = vault.conn, vault.identity
    with store.transaction(conn):
        first = records.create(conn, me, "note", {"title": "before"})
        # what a vault made by an earlier version holds after observing the largest clock unbounded
        conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", (stored,))
    before = _now_ms()
    with store.transaction(conn):
        edited = records.edit(conn, me, first.id, {"body": "still editable"})
    with store.transaction(conn):
        second = records.create(conn, me, "note", {"title": "after"})
    _assert_sane(_head(vault, edited.id), before)
    _assert_sane(_head(vault, second.id), before)
    assert second.updated > edited.updated > first.updated
    assert hlc.is_valid(conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()[0])


def test_the_counter_never_grows_past_five_digits(vault: Vault) -> None:
    conn = vault.conn
    now = 1_800_000_000_000
    with store.transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?)", (hlc.format_hlc(now, 99_998),)
        )
        ticks = [hlc.tick(conn, now_ms=now) for _ in range(3)]
    assert ticks == [hlc.format_hlc(now, 99_999), hlc.format_hlc(now + 1, 0), hlc.format_hlc(now + 1, 1)]
    assert all(hlc.is_valid(t) for t in ticks)


def test_a_tick_at_the_end_of_the_format_stays_parsable(vault: Vault) -> None:
    conn = vault.conn
    end = 10**15 - 1
    with store.transaction(conn):
        ticks = [hlc.tick(conn, now_ms=end + 5) for _ in range(3)]
    assert all(hlc.is_valid(t) for t in ticks)
    assert ticks == sorted(ticks)
