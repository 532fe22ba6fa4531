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

    @classmethod
    def of_entity(cls, record_id: str, body: Mapping[str, Any]) -> Subject:
        aliases = body.get("aliases") or []
        return cls(
            record_id,
            str(body.get("type", "")),
            tuple(str(n) for n in [body.get("name", ""), *aliases] if n),
            str(body.get("born") or ""),
            str(body.get("nationality") or ""),
            tuple(str(d) for d in body.get("documents") or []),
            str(body.get("imo") or ""),
        )


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
        self.by_skeleton: dict[str, list[int]] = {}
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
            for key in {k for nm, _ in found for k in nm.keys}:
                self.by_skeleton.setdefault(key, []).append(n)
            for imo in x.imo_numbers:
                self.by_imo.setdefault(imo, []).append(n)
            for d in docs:
                self.by_document.setdefault(d, []).append(n)
        self.weights, self.unknown_weight = names.idf(nm for e in self.entries for nm, _ in e.names)
        common = sorted(self.by_skeleton.items(), key=lambda kv: -len(kv[1]))
        # A word carried by very many entries (mhmd, bd, l) does not by itself make one a candidate.
        self.common = frozenset(s for s, ids in common if len(ids) > max(40, len(self.entries) // 25))

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
        ids = set(strong) | self._blocked(parsed)
        found = [c for n in ids if (c := self._candidate(subject, parsed, n, strong.get(n, [])))]
        found.sort(key=lambda c: (-c.score, c.reference))
        return found[:MAX_CANDIDATES]

    def _blocked(self, parsed: Sequence[Name]) -> set[int]:
        out: set[int] = set()
        for nm in parsed:
            keys = list(nm.keys)
            rare = [s for s in keys if s not in self.common]
            if rare:
                for s in rare:
                    out.update(self.by_skeleton.get(s, ()))
            elif len(keys) >= 2:  # only common words: entries carrying two of them
                seen: dict[int, int] = {}
                for s in set(keys):
                    for n in self.by_skeleton.get(s, ()):
                        seen[n] = seen.get(n, 0) + 1
                out.update(n for n, k in seen.items() if k >= 2)
        return out

    def _candidate(
        self, subject: Subject, parsed: Sequence[Name], n: int, strong: list[str]
    ) -> Candidate | None:
        entry = self.entries[n]
        x = entry.listing
        kind_agrees = (x.kind == "individual") == (subject.type == "individual")
        if not kind_agrees and not strong:
            return None
        best: tuple[float, str, str, frozenset[str]] = (0.0, "", "", frozenset())
        for q in parsed:
            for nm, how in entry.names:
                m = names.compare(q, nm, self.weights, self.unknown_weight)
                score = m.score * (0.93 if how == "alias (low)" else 1.0)
                if score > best[0]:
                    best = (score, q.text, f"{how} {nm.text}", m.ways)
        score = 100 * best[0]
        reasons: list[str] = []
        if best[0] > 0:
            ways = ", ".join(sorted(best[3])) or "exact"
            reasons.append(
                Text("{query} matches {listed} ({ways})", query=best[1], listed=best[2], ways=ways)
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
