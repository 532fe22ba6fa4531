"""Search latency over 100,000 generated notes (``python -m bench --only search``).

The corpus and the queries are bench/corpus.py's: Zipf-distributed words, each query two words drawn
from the notes' running text, the second cut to a five-letter prefix. Every query is timed from text to
hits (titles read), as the app asks it. bench/archive.py asks the same queries of 2,000,000 records.

Figures:
- ``search_p95_ms``: 95th percentile over 300 such queries, whatever path each took.
- ``search_ranked_p95_ms``: the same over the queries that matched at most ``RANKED_AT_MOST`` notes
  (ranked by BM25); ``search_broad_p95_ms``: over those that matched more (listed newest first);
  ``search_broad_share``: the share of queries that were broad.
- ``search_rank_all_p95_ms``: for comparison, BM25 over every match (what a broad query would cost
  if it were ranked).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from app.service import VaultService
from bench.core import PASSPHRASE
from bench.corpus import QUERIES, Zipf, p95, queries
from vault.crypto import calibrate
from vault.keys.secret import Passphrase
from vault.storage import records, search, store


def build(folder: Path, notes: int, rng: random.Random) -> tuple[VaultService, list[str]]:
    """A vault of ``notes`` generated notes; returns it open, with the running text of the first 2,000."""
    zipf = Zipf(rng)
    svc, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05))
    vault = svc._vault
    running_text: list[str] = []
    start = time.perf_counter()
    for first in range(0, notes, 5000):
        with store.transaction(vault.conn):
            for i in range(first, min(first + 5000, notes)):
                body = zipf.words(rng, 60)
                title = f"Interview {i} " + " ".join(zipf.words(rng, 4))
                note = {"title": title, "body": " ".join(body)}
                records.create(vault.conn, vault.identity, "note", note)
                if i < 2000:
                    running_text.extend(body)
    print(f"  {notes:,} notes written in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return svc, running_text


def measure(svc: VaultService, queries: list[str]) -> dict[str, float]:
    """Time every query as the app asks it; then, for comparison, BM25 over every match."""
    ranked: list[float] = []
    broad: list[float] = []
    for text in queries:
        t = time.perf_counter()
        found = svc.records.find(text, limit=50)
        (ranked if found.ranked else broad).append((time.perf_counter() - t) * 1000)
    rank_all: list[float] = []  # after, so that its reads do not evict the cache the app would have
    conn = svc._vault.conn
    for text in queries:
        t = time.perf_counter()
        conn.execute(
            "SELECT r.id, r.kind, r.title FROM search s JOIN records r ON r.n = s.rowid "
            "WHERE search MATCH ? ORDER BY bm25(search, 5.0, 1.0) LIMIT 50",
            (search.to_fts_query(text),),
        ).fetchall()
        rank_all.append((time.perf_counter() - t) * 1000)
    return {
        "search_p95_ms": p95(ranked + broad),
        "search_ranked_p95_ms": p95(ranked),
        "search_broad_p95_ms": p95(broad),
        "search_broad_share": len(broad) / len(queries),
        "search_rank_all_p95_ms": p95(rank_all),
    }


def run(workdir: Path, quick: bool) -> dict[str, float]:
    rng = random.Random(7)  # noqa: S311 - generated test data, not security
    svc, running_text = build(workdir / "search.fvault", 10_000 if quick else 100_000, rng)
    try:
        figures = measure(svc, queries(rng, running_text, QUERIES))
    finally:
        svc.close()
    for key, value in figures.items():
        print(f"  {key} {value:.2f}", file=sys.stderr)
    return figures
