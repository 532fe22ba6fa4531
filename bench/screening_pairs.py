"""A labelled evaluation of screening, built from the 2017 Consolidated List (tests/data/unsc-2017/).

Variant queries (the label: the entry they were built from) take a real entry and write it as an expert
might meet it: words reordered, a first name as an initial, particles (al-, el-, bin) dropped or written
onto the next word, variant spellings (vowels, doubled letters, common transliteration swaps), the name
in its original script screened against a list that does not carry the original script (Arabic ⇄ Latin
through ICU), a year of birth only, a vessel renamed with the same IMO number. Non-variant queries are
people not on the list: a first name of one entry with the family name of another (with a birth date and
nationality that conflict with both), and common names of several regions. Deterministic (seeded).

The figure: for the top candidate, precision (top candidates above the threshold that are right) and
recall (variants whose top candidate is their entry, above the threshold).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

from vault.lists import xml_read
from vault.lists.listing import Listing
from vault.screening.screen import ListIndex, Subject

LIST_2017 = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"
)
_PARTICLE = re.compile(r"\b(al|el|bin|ibn|ould)[- ]", re.IGNORECASE)
_SWAPS = (
    ("ou", "u"), ("u", "ou"), ("ee", "i"), ("i", "ee"), ("a", "e"), ("e", "a"), ("mm", "m"),
    ("m", "mm"), ("y", "i"), ("q", "k"), ("k", "q"), ("dh", "d"), ("j", "dj"), ("sh", "ch"),
)  # fmt: skip
COMMON = (
    ["Jean Dupont", "Marie Martin", "John Smith", "Peter Brown", "Anna Kowalska", "Ivan Petrov",
     "Olga Ivanova", "Carlos Garcia", "Maria Rodriguez", "Wei Zhang", "Li Na", "Kenji Sato",
     "Joseph Kabila Mwamba", "Grace Uwimana", "Emmanuel Okafor", "Fatuma Hassan Njeri",
     "Pierre Nkurunziza Habimana", "Aminata Traore", "Ibrahim Keita Diallo", "Moussa Coulibaly",
     "Abdoulaye Ndiaye", "Yusuf Omar Farah", "Hodan Abdi Warsame", "Samuel Deng Majok", "Rebecca Nyandeng",
     "Hans Mueller", "Giulia Rossi", "Sofia Andersson", "Mehmet Yilmaz", "Ayse Demir",
     "Reza Tehrani Moghadam",
     "Priya Sharma", "Rahul Gupta", "Nguyen Van Thanh", "Kim Min Jun", "Park Ji Woo", "Lucas Silva",
     "Ana Pereira", "Jacques Mulamba", "Esther Mukendi", "Patrick Lumumba Tshibanda", "Claude Mbuyi Kalala"]
)  # fmt: skip


@dataclass(frozen=True)
class Query:
    subject: Subject
    expected: str | None  # the reference it was built from; None for a person not on the list
    how: str


def load() -> list[Listing]:
    return xml_read.parse(LIST_2017.read_bytes())[1]


def _respell(word: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in _SWAPS if a in word.lower()]
    if not options:
        return word
    a, b = rng.choice(options)
    return re.sub(a, b, word, count=1, flags=re.IGNORECASE)


def _born(x: Listing) -> str:
    for b in x.births:
        if b.date:
            return b.date[:4]
        if b.year:
            return b.year
    return ""


def queries(listings: list[Listing], seed: int = 2017) -> list[Query]:
    rng = random.Random(seed)
    out: list[Query] = []
    people = [x for x in listings if x.kind == "individual" and len(x.name.split()) >= 2]
    groups = [x for x in listings if x.kind == "entity" and len(x.name.split()) >= 2]
    for x in rng.sample(people, 60):
        words = x.name.split()
        out.append(Query(_subject(x, [" ".join(words[1:] + words[:1])]), x.reference, "reordered"))
        if len(words) >= 3:
            out.append(
                Query(_subject(x, [" ".join([words[0][0] + ".", *words[1:]])]), x.reference, "initials")
            )
        spelt = " ".join(_respell(w, rng) if len(w) > 3 and rng.random() < 0.6 else w for w in words)
        out.append(Query(_subject(x, [spelt], born=_born(x)), x.reference, "variant spelling, year of birth"))
    for x in [
        p for p in people if _PARTICLE.search(p.name) or any(_PARTICLE.search(a.name) for a in p.aliases)
    ]:
        name = next(n for n in [x.name, *(a.name for a in x.aliases)] if _PARTICLE.search(n))
        out.append(Query(_subject(x, [_PARTICLE.sub("", name)]), x.reference, "missing particle"))
        if len(out) > 400:
            break
    for x in [p for p in people if any(a.quality == "good" for a in p.aliases)][:60]:
        alias = next(a.name for a in x.aliases if a.quality == "good")
        if len(alias.split()) >= 2:
            spelt = " ".join(_respell(w, rng) if len(w) > 4 else w for w in alias.split())
            out.append(Query(_subject(x, [spelt]), x.reference, "alias, variant spelling"))
    for x in rng.sample(groups, 40):
        words = x.name.split()
        spelt = " ".join(_respell(w, rng) if len(w) > 4 and rng.random() < 0.5 else w for w in words)
        out.append(Query(Subject(f"q{len(out):07d}", "company", (spelt,)), x.reference, "organisation"))
    scripted = [x for x in listings if x.original_script and x.kind == "individual"]
    for x in rng.sample(scripted, min(60, len(scripted))):
        out.append(Query(_subject(x, [x.original_script]), x.reference, "original script to Latin"))
    # People not on the list.
    firsts = [p.name.split()[0] for p in people]
    lasts = [p.name.split()[-1] for p in people]
    listed = {n.upper() for x in listings for n in [x.name, *(a.name for a in x.aliases)]}
    for n in range(120):
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name.upper() in listed:
            continue  # a listed name after all: not a person off the list
        out.append(Query(Subject(f"n{n:07d}", "individual", (name,), "1999", "Norway"), None, "chimera"))
    for n, name in enumerate(COMMON):
        out.append(Query(Subject(f"c{n:07d}", "individual", (name,), "1985"), None, "common name"))
    return out


def _subject(x: Listing, names: list[str], born: str = "") -> Subject:
    return Subject(f"s{abs(hash((x.reference, tuple(names)))) % 10**9:09d}", "individual", tuple(names), born)


def without_original_script(listings: list[Listing]) -> list[Listing]:
    return [replace(x, original_script="") for x in listings]


@dataclass(frozen=True)
class Evaluation:
    pairs: int
    precision: float
    recall: float
    misses: tuple[tuple[str, str, str], ...]  # (how, query, what came top)


def evaluate(listings: list[Listing] | None = None) -> Evaluation:
    listings = listings or load()
    index = ListIndex(listings)
    latin_only = ListIndex(without_original_script(listings))
    tp = fp = positives = 0
    misses: list[tuple[str, str, str]] = []
    for q in queries(listings):
        used = latin_only if q.how == "original script to Latin" else index
        found = used.screen(q.subject)
        top = found[0] if found else None
        if q.expected is not None:
            positives += 1
        if top is None:
            if q.expected is not None:
                misses.append((q.how, q.subject.names[0], "nothing"))
            continue
        if top.reference == q.expected:
            tp += 1
        else:
            fp += 1
            misses.append((q.how, q.subject.names[0], f"{top.reference} {top.listed_name} {top.score}"))
    return Evaluation(
        len(queries(listings)),
        tp / (tp + fp) if tp + fp else 1.0,
        tp / positives if positives else 0.0,
        tuple(misses),
    )


def evaluate_baseline(listings: list[Listing] | None = None, cutoff: float = 85.0) -> Evaluation:
    """The same queries through the plain approach, for comparison: every name and alias folded (ICU, as
    screening folds them) and ranked by rapidfuzz's token-sort ratio, top candidate at ``cutoff``; no
    skeletons, particles, word weights, dates or identifiers."""
    from rapidfuzz import fuzz, process

    from vault.guard import textfold

    listings = listings or load()
    plain: list[tuple[str, str]] = []
    latin: list[tuple[str, str]] = []
    for x in listings:
        for name in [x.name, *(a.name for a in x.aliases)]:
            plain.append((textfold.fold(name).text, x.reference))
            latin.append(plain[-1])
        if x.original_script:
            plain.append((textfold.fold(x.original_script).text, x.reference))
    tp = fp = positives = 0
    misses: list[tuple[str, str, str]] = []
    all_queries = queries(listings)
    for q in all_queries:
        pool = latin if q.how == "original script to Latin" else plain
        best = process.extractOne(
            textfold.fold(q.subject.names[0]).text, [n for n, _ in pool], scorer=fuzz.token_sort_ratio
        )
        positives += q.expected is not None
        if best is None or best[1] < cutoff:
            if q.expected is not None:
                misses.append((q.how, q.subject.names[0], "nothing"))
            continue
        if pool[best[2]][1] == q.expected:
            tp += 1
        else:
            fp += 1
            misses.append((q.how, q.subject.names[0], pool[best[2]][1]))
    return Evaluation(
        len(all_queries),
        tp / (tp + fp) if tp + fp else 1.0,
        tp / positives if positives else 0.0,
        tuple(misses),
    )
