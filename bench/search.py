"""Search latency over 100,000 generated notes (``python -m bench --only search``).

The corpus follows Zipf's law, as words in real notes do: a 20,000-word vocabulary whose most frequent
words are the domain's own (cargo, vessel, ammunition...), so the commonest of them appear in nearly
every note, while most words appear in a few. Each query is two words drawn from the notes' running
text (so common words are drawn as often as they occur: the hard case), the second cut to a five-letter
prefix as a user types it. Every query is timed from text to hits (titles read), as the app asks it.

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
import statistics
import sys
import time
from pathlib import Path

from app.service import VaultService
from bench.core import PASSPHRASE, WORDS
from vault.crypto import calibrate
from vault.keys.secret import Passphrase
from vault.storage import records, search, store

VOCABULARY = 20_000
ZIPF_S = 1.07
QUERIES = 300


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    made = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(VOCABULARY)}
    return WORDS + sorted(made - set(WORDS))[: VOCABULARY - len(WORDS)]


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else (times[0] if times else 0.0)


def build(folder: Path, notes: int, rng: random.Random) -> tuple[VaultService, list[str]]:
    """A vault of ``notes`` generated notes; returns it open, with the running text of the first 2,000."""
    vocab = _vocabulary(rng)
    weights = [1 / (rank + 1) ** ZIPF_S for rank in range(len(vocab))]
    svc, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05))
    vault = svc._vault
    running_text: list[str] = []
    start = time.perf_counter()
    for first in range(0, notes, 5000):
        with store.transaction(vault.conn):
            for i in range(first, min(first + 5000, notes)):
                body = rng.choices(vocab, weights, k=60)
                title = f"Interview {i} " + " ".join(rng.choices(vocab, weights, k=4))
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
        "search_p95_ms": _p95(ranked + broad),
        "search_ranked_p95_ms": _p95(ranked),
        "search_broad_p95_ms": _p95(broad),
        "search_broad_share": len(broad) / len(queries),
        "search_rank_all_p95_ms": _p95(rank_all),
    }


def run(workdir: Path, quick: bool) -> dict[str, float]:
    rng = random.Random(7)  # noqa: S311 - generated test data, not security
    svc, running_text = build(workdir / "search.fvault", 10_000 if quick else 100_000, rng)
    try:
        queries = [f"{rng.choice(running_text)} {rng.choice(running_text)[:5]}" for _ in range(QUERIES)]
        figures = measure(svc, queries)
    finally:
        svc.close()
    for key, value in figures.items():
        print(f"  {key} {value:.2f}", file=sys.stderr)
    return figures
