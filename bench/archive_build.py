"""Building a group archive of millions of merged records fast enough for a benchmark run.

The app fills an archive by merging bundles: for each revision ``revisions.insert`` (a ``revisions`` row
and its ``heads`` row) and then ``records.refresh`` (the ``records`` row and the ``search`` row, from the
kind's ``title``, ``search_text`` and ``vault.storage.search.indexed``). Done that way, one record at a
time, 2,000,000 records take the better part of an hour. Here the same rows are computed by the same
functions — each body checked by its kind's ``validate``, hashed by ``revisions.compute_hash``, signed
with its author's Ed25519 key over ``revisions.SIGNING_CONTEXT`` + hash (Ed25519 is deterministic: the
very signature ``revisions.make`` gives), titled and indexed by ``kinds.title_of`` /
``kinds.search_text_of`` / ``search.indexed`` — in worker processes, and written with ``executemany``
in transactions of ``CHUNK`` records into the real schema, through the app's own connection (SQLCipher,
64 KiB pages, rollback journal, ``synchronous=FULL``). tests/unit/test_bench_archive.py checks that the
rows are exactly those merging the same revisions one by one through ``records.apply`` would leave.

What the archive holds: ``AUTHORS`` experts' records in merge order, one revision each (no edits, no
deletions: neither changes what search reads), of five kinds in realistic proportions — notes and
interview notes with long Zipf text (bench/corpus.py), claims, entities (individuals, companies, armed
groups, vessels with valid IMO numbers) and items (serial numbers, markings). Left out: the audit
entries a merge writes (search never reads the audit table) and evidence records (their text comes from
stored originals; an index row of text is the same whichever kind it belongs to).
"""

from __future__ import annotations

import multiprocessing
import random
import sys
import time
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.corpus import Zipf
from vault import canonical, kinds
from vault.storage import hlc, revisions, search, store
from vault.storage.store import Connection

AUTHORS = 6
CHUNK = 20_000
PROGRESS_EVERY = 10  # chunks between progress lines
FIRST_WALL_MS = 1_750_000_000_000  # the archive's first merged revision; one per millisecond after it
BUILD_CACHE_KIB = 1024 * 1024  # while building only: the unique indexes on random hashes outgrow 64 MiB
# (kind, share): notes dominate a group's archive; structured records are many but short.
MIX = (("note", 40), ("interview", 12), ("claim", 18), ("entity", 18), ("item", 12))
ENTITY_TYPES = ("individual", "company", "armed_group", "vessel")


@dataclass
class Rows:
    """The rows of ``CHUNK`` records for each table, and the words of their generated text."""

    revisions: list[tuple[Any, ...]] = field(default_factory=list)
    heads: list[tuple[str, str]] = field(default_factory=list)
    records: list[tuple[Any, ...]] = field(default_factory=list)
    search: list[tuple[int, str, str]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    seed: int
    author_keys: tuple[bytes, ...]  # generated for the benchmark: not anyone's secret

    @classmethod
    def of(cls, seed: int) -> Plan:
        """The same records (and the same authors' keys) for the same seed."""
        rng = random.Random(seed)  # noqa: S311 - generated test data, not security
        return cls(seed, tuple(rng.randbytes(32) for _ in range(AUTHORS)))


def _imo(rng: random.Random) -> str:
    digits = f"{rng.randrange(10**6):06d}"
    total = sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    return digits + str(total % 10)  # the check digit entity.imo_valid checks


def _name(zipf: Zipf, rng: random.Random, k: int) -> str:
    return " ".join(w.capitalize() for w in zipf.words(rng, k))


def body_of(kind: str, i: int, zipf: Zipf, rng: random.Random, words: list[str]) -> dict[str, Any]:
    """A record of ``kind``; the Zipf words drawn for its running text are added to ``words``."""

    def text(k: int) -> str:
        drawn = zipf.words(rng, k)
        words.extend(drawn)
        return " ".join(drawn)

    if kind == "note":
        return {"title": f"Notes {i} " + " ".join(zipf.words(rng, 4)), "body": text(60)}
    if kind == "interview":
        return {
            "date": f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "place": _name(zipf, rng, 1),
            "experts_present": [f"Expert {rng.choice('ABCDEF')}", f"Expert {rng.choice('GHJKLM')}"],
            "language": rng.choice(("Arabic", "French", "English", "Lingala", "Swahili")),
            "notes": text(80),
        }
    if kind == "claim":
        return {
            "statement": text(20),
            "status": rng.choice(("allegation", "information", "verified_fact")),
            "notes": text(15),
        }
    if kind == "entity":
        entity_type = rng.choice(ENTITY_TYPES)
        body: dict[str, Any] = {
            "type": entity_type,
            "name": _name(zipf, rng, 2 if entity_type == "individual" else 3),
            "aliases": [_name(zipf, rng, 2)],
            "description": text(25),
        }
        if entity_type == "vessel":
            body["imo"] = _imo(rng)
        return body
    return {
        "type": rng.choice(("rifle", "cartridge", "grenade", "launcher")),
        "serial_number": f"{rng.choice('ABKMZ')}{rng.randrange(10**7):07d}",
        "markings": " ".join(zipf.words(rng, 3)),
        "location": _name(zipf, rng, 1),
        "notes": text(12),
    }


_ZIPF: dict[int, Zipf] = {}  # per process: the vocabulary of each seed


def _zipf(seed: int) -> Zipf:
    if seed not in _ZIPF:
        _ZIPF[seed] = Zipf(random.Random(seed))  # noqa: S311 - generated test data, not security
    return _ZIPF[seed]


def make_rows(plan: Plan, first: int, count: int) -> Rows:
    """The rows of records ``first`` .. ``first + count - 1`` (record n = index + 1), as merging gives."""
    rng = random.Random(plan.seed * 1_000_003 + first)  # noqa: S311 - generated test data
    zipf = _zipf(plan.seed)
    signers = [Ed25519PrivateKey.from_private_bytes(k) for k in plan.author_keys]
    authors = [s.public_key().public_bytes_raw().hex() for s in signers]
    kinds_drawn = rng.choices([k for k, _ in MIX], [w for _, w in MIX], k=count)
    rows = Rows()
    for offset, kind in enumerate(kinds_drawn):
        i = first + offset
        body = kinds.get(kind).validate(body_of(kind, i, zipf, rng, rows.words))
        record_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        who = i % AUTHORS
        clock = hlc.format_hlc(FIRST_WALL_MS + i, 0)
        digest = revisions.compute_hash(record_id, kind, authors[who], clock, (), False, body)
        signature = signers[who].sign(revisions.SIGNING_CONTEXT + bytes.fromhex(digest))
        body_text = canonical.dumps_text(dict(body))
        rows.revisions.append((digest, record_id, kind, authors[who], clock, "[]", 0, body_text, signature))
        rows.heads.append((record_id, digest))
        title = kinds.title_of(kind, body)
        rows.records.append((i + 1, record_id, kind, digest, 1, 0, title, None, clock, clock))
        text = kinds.search_text_of(kind, body)
        rows.search.append((i + 1, unicodedata.normalize("NFKC", title), search.indexed(text)))
    return rows


def _chunk(job: tuple[Plan, int, int]) -> Rows:
    return make_rows(*job)


def write_rows(conn: Connection, rows: Rows) -> None:
    """One transaction of rows into the archive's tables (the columns ``revisions.insert`` and
    ``records.refresh`` write)."""
    with store.transaction(conn):
        conn.executemany(
            "INSERT INTO revisions (hash, record_id, kind, author, hlc, parents, tombstone, body, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.revisions,
        )
        conn.executemany("INSERT INTO heads (record_id, hash) VALUES (?, ?)", rows.heads)
        conn.executemany(
            "INSERT INTO records (n, id, kind, head, head_count, deleted, title, investigation, created, "
            "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.records,
        )
        conn.executemany("INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)", rows.search)


def generate(plan: Plan, count: int, workers: int) -> Iterator[Rows]:
    """The rows of ``count`` records in order, ``CHUNK`` at a time, made by ``workers`` processes."""
    jobs = [(plan, first, min(CHUNK, count - first)) for first in range(0, count, CHUNK)]
    if workers <= 1:
        yield from map(_chunk, jobs)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_chunk, jobs)


def fill(conn: Connection, plan: Plan, count: int, workers: int, sample_words: int = 100_000) -> list[str]:
    """Write ``count`` records into the archive open on ``conn``; returns the first ``sample_words``
    words of their running text (what queries are drawn from)."""
    sample: list[str] = []
    start = time.perf_counter()
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        for chunk, rows in enumerate(generate(plan, count, workers), 1):
            write_rows(conn, rows)
            if len(sample) < sample_words:
                sample.extend(rows.words[: sample_words - len(sample)])
            if chunk % PROGRESS_EVERY == 0:
                done = chunk * CHUNK
                print(
                    f"  {done:,} records in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True
                )
    finally:
        conn.execute(f"PRAGMA cache_size = -{store.CACHE_KIB}")
    return sample
