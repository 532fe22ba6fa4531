"""Service operations for screening: the vault's entities (and, sealed, its protected sources) against the
latest imported list, and the expert's decision on each candidate.

Screening runs in this process on what the vault holds; it sends nothing anywhere. A candidate for a
protected source is shown only in a vault that can read the source's identity, by the source's code,
and the decision on it is sealed (vault/screening/decisions.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from app.service_part import Part
from vault.errors import InvalidInput, NotFound, VaultError
from vault.lists import versions
from vault.messages import Text
from vault.model import protection
from vault.screening import decisions, runs
from vault.screening.screen import Candidate, ListIndex, Subject
from vault.storage import records

__all__ = ["Candidate", "CandidateView", "ScreeningService"]


@dataclass(frozen=True)
class CandidateView:
    """A candidate with what the vault says of it: ``status`` open, confirmed or rejected."""

    id: str  # what ``screen confirm`` takes: ENTITY-PREFIX:REFERENCE (or S-003:REFERENCE, sealed)
    subject: str  # the entity's (or source's) record id
    subject_title: str
    reference: str
    listed_name: str
    score: int
    reasons: tuple[str, ...]
    status: str
    sealed: bool = False


class ScreeningService(Part):
    """Mixin of VaultService: screening against the Consolidated List."""

    def index(self) -> None:
        """Build the screening index of the latest list now (done by the first screening otherwise)."""
        self._index()

    def _index(self) -> tuple[versions.Version, ListIndex]:
        conn = self._vault.conn
        version = versions.latest_readable(conn, self._vault.identity.key_id)
        return version, runs.index_for(version.sha256, versions.listings(conn, version))

    def screen(self, entity: str | None = None, *, include_decided: bool = True) -> list[CandidateView]:
        """Every entity's candidates (or one entity's), best first, re-screening only what changed."""
        version, index = self._index()
        conn = self._vault.conn
        run = runs.run_for(self._vault.vault_id, version.sha256)
        sql = "SELECT id, head, title FROM records WHERE kind = 'entity' AND deleted = 0"
        args: tuple[str, ...] = ()
        if entity is not None:
            sql += " AND id = ?"
            args = (self._core.resolve_kind(entity, "entity", "entity"),)
        rows: list[tuple[str, str, str]] = conn.execute(sql, args).fetchall()
        titles = {r[0]: r[2] for r in rows}
        kept = run.by_subject
        changed = [head for rid, head, _ in rows if rid not in kept or kept[rid][0] != head]
        bodies: dict[str, str] = {}
        for start in range(0, len(changed), 500):
            chunk = changed[start : start + 500]
            marks = ",".join("?" * len(chunk))
            q = f"SELECT hash, body FROM revisions WHERE hash IN ({marks})"  # noqa: S608 (placeholders only)
            bodies.update(conn.execute(q, chunk).fetchall())

        def subjects() -> Iterator[tuple[str, str, Subject | None]]:
            for rid, head, _title in rows:
                body = bodies.get(head)
                yield rid, head, Subject.of_entity(rid, json.loads(body)) if body is not None else None

        found = run.update(index, subjects())
        if entity is None:
            run.forget_except(set(titles))
        views = self._views(found, titles, sealed=False)
        if entity is None:
            views += self._sources(index)
        if not include_decided:
            views = [v for v in views if v.status == "open"]
        views.sort(key=lambda v: (-v.score, v.subject_title, v.reference))
        return views

    def rescreened(self) -> int:
        """How many subjects the last ``screen`` call compared anew (the rest were unchanged)."""
        version = versions.latest_readable(self._vault.conn, self._vault.identity.key_id)
        return runs.run_for(self._vault.vault_id, version.sha256).screened

    def _views(self, found: list[Candidate], titles: dict[str, str], *, sealed: bool) -> list[CandidateView]:
        decided = {
            (d.subject, d.reference): d.decision
            for d in decisions.all_decisions(self._vault.conn, self._vault.identity)
            if not d.stale  # the subject's names changed since: to be decided again
        }
        out = []
        for c in found:
            title = titles.get(c.record_id, c.record_id[:8])
            cid = f"{title}:{c.reference}" if sealed else c.id
            status = decided.get((c.record_id, c.reference), "open")
            out.append(
                CandidateView(
                    cid, c.record_id, title, c.reference, c.listed_name, c.score, c.reasons, status, sealed
                )
            )
        return out

    def _sources(self, index: ListIndex) -> list[CandidateView]:
        """Candidates for the protected and confidential sources this vault can read, by code only."""
        conn, me = self._vault.conn, self._vault.identity
        found: list[Candidate] = []
        codes: dict[str, str] = {}
        for (sid,) in conn.execute("SELECT id FROM records WHERE kind = 'source' AND deleted = 0").fetchall():
            rec = records.get(conn, str(sid))
            try:
                who = protection.identity_of(rec.body, me, rec.id)
            except VaultError:
                continue  # sealed to others: this vault cannot screen what it cannot read
            codes[rec.id] = code = str(rec.body.get("code", rec.id[:8]))
            found += index.screen(Subject(rec.id, "individual", (who.name, *who.aliases), label=code))
        return self._views(found, codes, sealed=True)

    def decide(self, candidate: str, decision: str, note: str | None = None) -> CandidateView:
        """Confirm or reject ``candidate`` (ENTITY:REFERENCE, or S-003:REFERENCE for a source)."""
        if decision not in ("confirmed", "rejected"):
            raise InvalidInput(Text("a decision is confirmed or rejected"), field="decision")
        subject, sep, reference = candidate.rpartition(":")
        if not sep or not subject or not reference:
            raise InvalidInput(
                Text("a candidate is ENTITY:REFERENCE, e.g. 3f2a9c1d:CDi.001 (as screen lists it)"),
                field="candidate",
            )
        version, index = self._index()
        listing = next(
            (e.listing for e in index.entries if e.listing.reference.lower() == reference.lower()), None
        )
        if listing is None:
            raise NotFound(Text("no entry {ref} in the imported list", ref=reference))
        subject_id = self._core.resolve_id(subject)
        rec = self._core.get(subject_id)
        if rec.kind not in ("entity", "source") or rec.deleted:
            raise InvalidInput(Text("{ref} is not an entity or a source", ref=subject), field="candidate")
        is_source = rec.kind == "source"
        if is_source:
            who = protection.identity_of(rec.body, self._vault.identity, rec.id)
            code = str(rec.body.get("code", ""))
            subj = Subject(rec.id, "individual", (who.name, *who.aliases), label=code)
        else:
            subj = Subject.of_entity(rec.id, rec.body)
        shown = next((c for c in index.screen(subj) if c.reference == listing.reference), None)
        score, reasons = (shown.score, shown.reasons) if shown else (0, (Text("decided by the expert"),))
        with self._write(Text("recording the decision")) as conn:
            decisions.decide(
                conn, self._vault.identity, rec.id, listing.reference, decision, score, tuple(reasons),
                list_record=version.record_id, source=is_source, note=note,
            )  # fmt: skip
        title = str(rec.body.get("code", "")) if is_source else rec.title
        cid = f"{title}:{listing.reference}" if is_source else f"{rec.id[:8]}:{listing.reference}"
        return CandidateView(
            cid, rec.id, title, listing.reference, listing.name, score, tuple(reasons), decision, is_source
        )
