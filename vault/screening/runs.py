"""Screening kept current, incrementally: one index per list version, and per entity the candidates of its
current revision, so a second run re-screens only what changed (an edited entity, a new list version).

Held in memory only (candidates name people): nothing of a run is written to disk.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from vault.lists.listing import Listing
from vault.screening.screen import Candidate, ListIndex, Subject

_INDEXES: dict[str, ListIndex] = {}


def index_for(sha256: str, listings: Iterable[Listing]) -> ListIndex:
    found = _INDEXES.get(sha256)
    if found is None:
        if len(_INDEXES) >= 2:
            _INDEXES.pop(next(iter(_INDEXES)))
        found = _INDEXES[sha256] = ListIndex(listings)
    return found


@dataclass
class Run:
    """The candidates of each subject against one list version, by the subject's revision."""

    list_sha256: str
    by_subject: dict[str, tuple[str, tuple[Candidate, ...]]] = field(default_factory=dict)
    screened: int = 0  # subjects (re)screened by the last call, for the curious and the bench

    def update(self, index: ListIndex, items: Iterable[tuple[str, str, Subject | None]]) -> list[Candidate]:
        """Candidates of every ``(record id, revision, subject)`` given; a subject is read (not None) only
        when its revision is not the one screened before, and only those are compared anew."""
        out: list[Candidate] = []
        self.screened = 0
        for record_id, head, subject in items:
            kept = self.by_subject.get(record_id)
            if kept is None or kept[0] != head:
                found = tuple(index.screen(subject)) if subject is not None else ()
                kept = self.by_subject[record_id] = (head, found)
                self.screened += 1
            out.extend(kept[1])
        return out

    def forget_except(self, alive: set[str]) -> None:
        for gone in set(self.by_subject) - alive:
            del self.by_subject[gone]


_RUNS: dict[tuple[str, str], Run] = {}


def run_for(vault_id: str, sha256: str) -> Run:
    key = (vault_id, sha256)
    found = _RUNS.get(key)
    if found is None:
        for old in [k for k in _RUNS if k[0] == vault_id]:
            del _RUNS[old]
        found = _RUNS[key] = Run(sha256)
    return found
