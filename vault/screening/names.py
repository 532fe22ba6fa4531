"""Comparing two names as a screening analyst does, saying how they matched.

Both sides are folded alike (vault/guard/textfold.py: ICU transliteration of any script to Latin, accents
and case folded, look-alike letters read as Latin), cut into words, and stripped of particles (al-, el-,
bin, ibn, ould … written apart or onto the word: "Alhassan"). Two words are the same when equal; a
variant spelling or transliteration when their consonant skeletons agree (Sayf / Saif / Seif, Muhammad /
محمد → mhmd) or when they differ by an edit or two (rapidfuzz); an initial when one is a single letter
that begins the other. Word order does not matter (the list writes family names first or last).

Each word weighs by how rare it is on the list (a shared "Mohammed" says little, a shared "Zidan" a lot),
so the score of a pair is the weight of the words matched over the weight of the words of both names.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from vault.guard import textfold

PARTICLES = frozenset(
    {"al", "el", "ul", "ad", "ar", "as", "at", "az", "ash", "an", "bin", "ibn", "bint", "ben", "ould", "wuld",
     "de", "da", "del", "der", "la", "le", "van", "von", "y", "e"}
)  # fmt: skip
_ATTACHED = ("al", "el")  # an article written onto the word: "alhassan", "elsheikh"
_NOT_LETTERS = re.compile(r"[^a-z]+")
_APOSTROPHES = re.compile("['\u2018\u2019\u02bf\u02be\u02bb\u02bc`\u00b4]")
_VOWELS = re.compile(r"[aeiouyw]+")
_DOUBLED = re.compile(r"(.)\1+")
_DIGRAPHS = (
    ("dh", "d"), ("th", "t"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
    ("ck", "k"), ("q", "k"), ("c", "k"), ("dj", "j"), ("z", "s"), ("x", "ks"), ("v", "f"),
)  # fmt: skip
ORG_WORDS = frozenset(
    {"ltd", "limited", "co", "company", "corp", "corporation", "inc", "llc", "sarl", "sa", "jsc", "plc",
     "gmbh", "the", "of", "and", "group", "holding", "holdings", "trading", "enterprise", "enterprises"}
)  # fmt: skip

# How two words matched, from the strongest; the reason a candidate shows.
EXACT = "exact"
VARIANT = "variant spelling"
INITIAL = "initial"


@dataclass(frozen=True)
class Name:
    """A name as compared: its words (folded, particles out), each with its consonant skeleton."""

    text: str
    words: tuple[str, ...]
    skeletons: tuple[str, ...]
    dropped_particles: bool
    script: str  # "latin" or "other" (the name was written in another script and transliterated)

    @property
    def keys(self) -> frozenset[str]:
        """What finds this name in an index: each word's skeleton, or the word when it is too short."""
        found = {
            f"s:{s}" if len(s) >= 2 else f"w:{w}" for w, s in zip(self.words, self.skeletons, strict=True)
        }
        return frozenset(k for k in found if len(k) >= 4)

    @property
    def whole(self) -> str:
        """The skeleton of the whole name, words joined ("Abd el Kader" and "Abdelkader" agree)."""
        return "".join(self.skeletons)


@functools.lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """The consonants of a word as transliterations of it share (sayf, saif, seif → sf)."""
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    out = _DOUBLED.sub(r"\1", _VOWELS.sub("", word))
    return out or word


def _strip_article(word: str) -> str:
    if len(word) >= 5 and word[:2] in _ATTACHED:
        return word[2:]
    return word


@functools.lru_cache(maxsize=200_000)
def parse(text: str, organisation: bool = False) -> Name:
    folded = textfold.fold(text).text
    raw = [w for w in _NOT_LETTERS.split(_APOSTROPHES.sub("", folded)) if w]
    words: list[str] = []
    dropped = False
    for w in raw:
        if w in PARTICLES or (organisation and w in ORG_WORDS):
            dropped = True
            continue
        bare = _strip_article(w)
        dropped = dropped or bare != w
        words.append(bare)
    other = any(ord(ch) > 0x24F and ch.isalpha() for ch in text)
    return Name(text, tuple(words), tuple(skeleton(w) for w in words), dropped, "other" if other else "latin")


@functools.lru_cache(maxsize=1 << 18)
def word_similarity(a: str, sa: str, b: str, sb: str) -> tuple[float, str]:
    """How alike two words are (0..1) and how: exact, variant spelling, initial."""
    if a == b:
        return 1.0, EXACT
    if len(a) == 1 or len(b) == 1:
        return (0.6, INITIAL) if a[0] == b[0] else (0.0, "")
    if sa == sb and len(sa) >= 2:
        return 0.9, VARIANT
    ratio = Levenshtein.normalized_similarity(a, b)
    if ratio >= 0.75 and min(len(a), len(b)) >= 4:
        return 0.85 * ratio, VARIANT
    if len(sa) >= 3 and Levenshtein.distance(sa, sb) == 1 and a[0] == b[0]:
        return 0.6, VARIANT
    return 0.0, ""


@dataclass(frozen=True)
class NameMatch:
    score: float  # 0..1
    ways: frozenset[str]  # exact, variant spelling, initial, reordered, particles
    matched: int  # words matched


def compare(
    query: Name, listed: Name, wq: Sequence[float], wl: Sequence[float], *, ways: bool = True
) -> NameMatch:
    """The weighted share of both names' words that match, with how they matched (``ways=False``: the
    score alone, faster). ``wq`` and ``wl`` weigh each word of either name (``weights_of``)."""
    if not query.words or not listed.words:
        return NameMatch(0.0, frozenset(), 0)
    pairs: list[tuple[float, int, int, str]] = []
    for i, (a, sa) in enumerate(zip(query.words, query.skeletons, strict=True)):
        for j, (b, sb) in enumerate(zip(listed.words, listed.skeletons, strict=True)):
            sim, how = word_similarity(a, sa, b, sb)
            if sim > 0:
                pairs.append((sim, i, j, how))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_q: set[int] = set()
    used_l: set[int] = set()
    got = 0.0
    found: set[str] = set()
    order: list[tuple[int, int]] = []
    for sim, i, j, how in pairs:
        if i in used_q or j in used_l:
            continue
        used_q.add(i)
        used_l.add(j)
        got += sim * (wl[j] if how != INITIAL else wq[i])  # an initial weighs what its full word weighs
        found.add(how)
        order.append((i, j))
    total = sum(wq) + sum(wl)
    # Query words matched count twice (once per side).
    score = min(2 * got / total if total else 0.0, 1.0)
    if len(query.whole) >= 6 and len(listed.whole) >= 6:
        whole = Levenshtein.normalized_similarity(query.whole, listed.whole)
        if whole >= 0.8 and whole * 0.9 > score:
            joined = {VARIANT, "words joined or split"} | _script_way(query, listed)
            return NameMatch(0.9 * whole, frozenset(joined), len(query.words))
    if not ways:
        return NameMatch(score, frozenset(), len(order))
    order.sort()
    if any(order[k][1] > order[k + 1][1] for k in range(len(order) - 1)):
        found.add("reordered")
    if query.dropped_particles != listed.dropped_particles:
        found.add("particles")
    found |= _script_way(query, listed)
    return NameMatch(score, frozenset(found), len(order))


def weights_of(name: Name, weight: Mapping[str, float], default: float) -> tuple[float, ...]:
    """Each word's weight: how rare its skeleton is on the list (``idf``)."""
    return tuple(weight.get(s, default) for s in name.skeletons)


def _script_way(query: Name, listed: Name) -> set[str]:
    return {"transliteration"} if query.script != listed.script else set()


def idf(names: Iterable[Name]) -> tuple[dict[str, float], float]:
    """Word weights from how many names carry each skeleton (rare words weigh more), and the weight of a
    word the list does not have."""
    counts: dict[str, int] = {}
    n = 0
    for name in names:
        n += 1
        for s in set(name.skeletons):
            counts[s] = counts.get(s, 0) + 1
    weights = {s: 1.0 + math.log((n + 1) / (c + 1)) for s, c in counts.items()}
    return weights, 1.0 + math.log(n + 1)
