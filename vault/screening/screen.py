"""Screening subjects (the vault's entities) against one version of the list: candidates with a score and
the reasons.

``ListIndex`` is built once per list version: every name of every entry (the name, each alias with its
quality, the name in original script), word weights, and the entries by IMO number and document number.
A subject is compared only with the entries that share a word skeleton, an IMO number or a document
number with it, so screening one entity is a few comparisons, not a thousand.

A candidate's score (0–100) is its best name match, raised or lowered by what else is known: a date of
birth that agrees or conflicts, a nationality that agrees or conflicts; an exact IMO or passport number
is strong evidence by itself. Nothing here reads the network or writes anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault.guard import textfold
from vault.lists.listing import Listing
from vault.messages import Text
from vault.screening import names
from vault.screening.names import Name

THRESHOLD = 60  # a candidate below this score is not shown
MAX_BONUS = 12  # what an agreeing date of birth (8) and nationality (4) add at most
PREFILTER = 0.35  # a pair whose shared words weigh less than this share of both names is not compared
MAX_CANDIDATES = 5
LISTED_AS_ENTITY = frozenset({"company", "armed_group", "vessel", "aircraft"})
SCREENED = frozenset({"individual", *LISTED_AS_ENTITY})
_ALNUM = re.compile(r"[^A-Z0-9]")


@dataclass(frozen=True)
class Subject:
    """What screening reads of one entity record (or of a source's identity, for sealed screening)."""

    record_id: str
    type: str
    names: tuple[str, ...]
    born: str = ""
    nationality: str = ""
    documents: tuple[str, ...] = ()
    imo: str = ""
    label: str = ""  # shown in reasons instead of the name that matched (a source's code, never its name)

    @classmethod
    def of_entity(cls, record_id: str, body: Mapping[str, Any]) -> Subject:
        """A received record is not validated again (a colleague's bundle may carry any JSON): a field of
        the wrong shape counts as absent rather than stopping the screening of every entity."""
        return cls(
            record_id,
            _text(body.get("type")),
            tuple(n for n in [_text(body.get("name")), *_texts(body.get("aliases"))] if n),
            _born(body.get("born")),
            _text(body.get("nationality")),
            _texts(body.get("documents")),
            _text(body.get("imo")),
        )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _born(value: object) -> str:
    """A year (1963) or a date (1963-04-11), as validation keeps them; "" for anything else."""
    text = _text(value).strip()
    return text if re.fullmatch(r"[0-9]{4}(-[0-9]{2}-[0-9]{2})?", text) else ""


def _texts(value: object) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str) and v) if isinstance(value, list) else ()


# The words of a reason, each a Text, so a French window reads no English word inside a French sentence.
HOW_WORDS = {
    "listed name": Text("listed name"),
    "alias (good)": Text("alias (good)"),
    "alias (low)": Text("alias (low)"),
    "alias (unrated)": Text("alias (unrated)"),
    "name in original script": Text("name in original script"),
}
WAY_WORDS = {
    names.EXACT: Text("exact"),
    names.VARIANT: Text("variant spelling"),
    names.INITIAL: Text("initial"),
    "words joined or split": Text("words joined or split"),
    "reordered": Text("reordered"),
    "particles": Text("particles"),
    "transliteration": Text("transliteration"),
}


def _joined(words: Sequence[str]) -> str:
    """ "a, b, c" with each word still translatable (a few words: nested Texts)."""
    out = ""
    for word in words:
        out = Text("{a}, {b}", a=out, b=word) if out else word
    return out


@dataclass(frozen=True)
class Candidate:
    record_id: str
    reference: str
    listed_name: str
    score: int
    reasons: tuple[str, ...]

    @property
    def id(self) -> str:
        """What ``screen confirm`` takes: the entity's id prefix and the reference."""
        return f"{self.record_id[:8]}:{self.reference}"


@dataclass(frozen=True)
class _Entry:
    listing: Listing
    names: tuple[tuple[Name, str], ...]  # (name, how it is listed: name, alias (good), original script…)
    years: tuple[tuple[int, int], ...]
    dates: frozenset[str]
    nationalities: frozenset[str]
    documents: frozenset[str]


def document_key(number: str) -> str:
    return _ALNUM.sub("", number.upper())


def _nation(text: str) -> str:
    return " ".join(textfold.fold(text).text.split())


class ListIndex:
    def __init__(self, listings: Iterable[Listing]) -> None:
        self.entries: list[_Entry] = []
        self.by_imo: dict[str, list[int]] = {}
        self.by_document: dict[str, list[int]] = {}
        for n, x in enumerate(listings):
            org = x.kind == "entity"
            found: list[tuple[Name, str]] = [(names.parse(x.name, org), "listed name")]
            found += [(names.parse(a.name, org), f"alias ({a.quality or 'unrated'})") for a in x.aliases]
            if x.original_script:
                found.append((names.parse(x.original_script, org), "name in original script"))
            found = [(nm, how) for nm, how in found if nm.words]
            docs = frozenset(document_key(d.number) for d in x.documents if len(document_key(d.number)) >= 5)
            years = tuple(y for y in (b.years() for b in x.births) if y)
            entry = _Entry(
                x,
                tuple(found),
                years,
                frozenset(b.date for b in x.births if b.date),
                frozenset(_nation(v) for v in x.nationalities),
                docs,
            )
            self.entries.append(entry)
            for imo in x.imo_numbers:
                self.by_imo.setdefault(imo, []).append(n)
            for d in docs:
                self.by_document.setdefault(d, []).append(n)
        self.weights, self.unknown_weight = names.idf(nm for e in self.entries for nm, _ in e.names)
        # Every name of every entry, found by its words' keys, with the total weight of its words.
        # (entry, name within the entry, the weight of each word, their sum)
        self.names: list[tuple[int, int, tuple[float, ...], float]] = []
        self.by_key: dict[str, list[int]] = {}
        for n, e in enumerate(self.entries):
            for k, (nm, _) in enumerate(e.names):
                for key in nm.keys:
                    self.by_key.setdefault(key, []).append(len(self.names))
                each = names.weights_of(nm, self.weights, self.unknown_weight)
                self.names.append((n, k, each, sum(each)))

    def _key_weights(self, nm: Name) -> dict[str, float]:
        out: dict[str, float] = {}
        for w, s in zip(nm.words, nm.skeletons, strict=True):
            key = f"s:{s}" if len(s) >= 2 else f"w:{w}"
            out[key] = self.weights.get(s, self.unknown_weight)
        return out

    def screen(self, subject: Subject) -> list[Candidate]:
        """The subject's candidates, best first (at most MAX_CANDIDATES, each at least THRESHOLD)."""
        if subject.type not in SCREENED:
            return []
        org = subject.type in LISTED_AS_ENTITY
        parsed = [nm for nm in (names.parse(t, org) for t in subject.names) if nm.words]
        strong: dict[int, list[str]] = {}
        if subject.imo:
            for n in self.by_imo.get(subject.imo, []):
                strong.setdefault(n, []).append(Text("same IMO number {imo}", imo=subject.imo))
        for d in subject.documents:
            for n in self.by_document.get(document_key(d), []):
                strong.setdefault(n, []).append(Text("same document number {number}", number=d))
        wqs = [names.weights_of(nm, self.weights, self.unknown_weight) for nm in parsed]
        pairs = self._blocked(parsed)
        for n in strong:
            pairs.setdefault(n, set()).update(
                (q, ni) for q in range(len(parsed)) for ni, x in enumerate(self.names) if x[0] == n
            )
        found = [
            c
            for n, which in pairs.items()
            if (c := self._candidate(subject, parsed, wqs, n, which, strong.get(n, [])))
        ]
        found.sort(key=lambda c: (-c.score, c.reference))
        return found[:MAX_CANDIDATES]

    def _blocked(self, parsed: Sequence[Name]) -> dict[int, set[tuple[int, int]]]:
        """The (query name, listed name) pairs worth comparing, by entry: those whose shared words weigh
        enough that the pair could reach the threshold."""
        out: dict[int, set[tuple[int, int]]] = {}
        for q, nm in enumerate(parsed):
            wq = sum(names.weights_of(nm, self.weights, self.unknown_weight))
            shared: dict[int, float] = {}
            for key, w in self._key_weights(nm).items():
                for ni in self.by_key.get(key, ()):
                    shared[ni] = shared.get(ni, 0.0) + w
            for ni, got in shared.items():
                n, _k, _each, wl = self.names[ni]
                if 2 * got / (wq + wl) >= PREFILTER:
                    out.setdefault(n, set()).add((q, ni))
        return out

    def _candidate(
        self,
        subject: Subject,
        parsed: Sequence[Name],
        wqs: Sequence[tuple[float, ...]],
        n: int,
        which: set[tuple[int, int]],
        strong: list[str],
    ) -> Candidate | None:
        entry = self.entries[n]
        x = entry.listing
        kind_agrees = (x.kind == "individual") == (subject.type == "individual")
        if not kind_agrees and not strong:
            return None
        top: tuple[float, str, int, int] = (0.0, "", -1, -1)  # score, how it reads, query, name
        for qi, ni in which:
            k, wl = self.names[ni][1], self.names[ni][2]
            nm, how = entry.names[k]
            m = names.compare(parsed[qi], nm, wqs[qi], wl, ways=False)
            score = m.score * (0.93 if how == "alias (low)" else 1.0)
            if score > top[0] or (score == top[0] and f"{how} {nm.text}" < top[1]):
                top = (score, f"{how} {nm.text}", qi, ni)
        score = 100 * top[0]
        if score + MAX_BONUS < THRESHOLD and not strong:
            return None  # even agreeing birth and nationality would not lift it
        reasons: list[str] = []
        if top[0] > 0:
            q, (nm, how) = parsed[top[2]], entry.names[self.names[top[3]][1]]
            m = names.compare(q, nm, wqs[top[2]], self.names[top[3]][2])
            reasons.append(
                Text(
                    "{query} matches {listed} ({ways})",
                    query=subject.label or q.text,
                    listed=Text("{how} {name}", how=HOW_WORDS.get(how, how), name=nm.text),
                    ways=_joined([WAY_WORDS.get(w, w) for w in sorted(m.ways)]) or WAY_WORDS[names.EXACT],
                )
            )
        score += self._birth(subject, entry, reasons) + self._nationality(subject, entry, reasons)
        if strong:
            score = max(score, 97.0)
            reasons = strong + reasons
        if score < THRESHOLD:
            return None
        return Candidate(subject.record_id, x.reference, x.name, min(100, round(score)), tuple(reasons))

    @staticmethod
    def _birth(subject: Subject, entry: _Entry, reasons: list[str]) -> float:
        if not subject.born or not entry.years:
            return 0.0
        if subject.born in entry.dates:
            reasons.append(Text("date of birth {date} agrees", date=subject.born))
            return 8.0
        year = int(subject.born[:4])
        if any(lo - 1 <= year <= hi + 1 for lo, hi in entry.years):
            reasons.append(Text("year of birth {year} agrees", year=year))
            return 4.0
        reasons.append(Text("date of birth {date} conflicts with the list", date=subject.born))
        return -25.0

    @staticmethod
    def _nationality(subject: Subject, entry: _Entry, reasons: list[str]) -> float:
        if not subject.nationality or not entry.nationalities:
            return 0.0
        mine = _nation(subject.nationality)
        if any(mine == theirs or mine in theirs.split() for theirs in entry.nationalities):
            reasons.append(Text("nationality {nationality} agrees", nationality=subject.nationality))
            return 4.0
        reasons.append(
            Text("nationality {nationality} conflicts with the list", nationality=subject.nationality)
        )
        return -15.0
