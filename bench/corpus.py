"""Generated text for the search benchmarks (bench/search.py, bench/archive.py), and their statistics.

Words follow Zipf's law, as words in real notes do: a 20,000-word vocabulary whose most frequent words
are the domain's own (cargo, vessel, ammunition...), so the commonest of them appear in nearly every
note while most words appear in a few. A query is two words drawn from running text (so common words
are drawn as often as they occur: the hard case), the second cut to a five-letter prefix as a user
types it.
"""

from __future__ import annotations

import itertools
import random
import statistics

from bench.core import WORDS

VOCABULARY = 20_000
ZIPF_S = 1.07
QUERIES = 300
PREFIX = 5


class Zipf:
    """Words drawn from a Zipf-distributed vocabulary (the vocabulary itself drawn from ``rng``)."""

    def __init__(self, rng: random.Random) -> None:
        letters = "abcdefghijklmnopqrstuvwxyz"
        made = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(VOCABULARY)}
        self.vocabulary = WORDS + sorted(made - set(WORDS))[: VOCABULARY - len(WORDS)]
        weights = [1 / (rank + 1) ** ZIPF_S for rank in range(len(self.vocabulary))]
        # Cumulative once: random.choices(weights=...) would sum 20,000 weights on every call (the same
        # draws either way, since it accumulates them the same way).
        self._cumulative = list(itertools.accumulate(weights))

    def words(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.vocabulary, cum_weights=self._cumulative, k=k)


def queries(rng: random.Random, running_text: list[str], count: int = QUERIES) -> list[str]:
    """``count`` two-word queries from ``running_text``, the second word cut to a typed prefix."""
    return [f"{rng.choice(running_text)} {rng.choice(running_text)[:PREFIX]}" for _ in range(count)]


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else (times[0] if times else 0.0)


def p50(times: list[float]) -> float:
    return statistics.median(times) if times else 0.0
