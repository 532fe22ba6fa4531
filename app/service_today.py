"""What needs doing today in an open vault: the home view's one query.

``today()`` gathers, in one read: right-of-reply letters past their deadline or due within
``soon_days`` (as the letters list counts them, vault/model/letter.py), the report cut-off date, requests
from courts and mechanisms still open, with their deadlines (vault/model/request.py), claims
the methodology does not yet let move up (vault/model/assessment.py, with its reasons), evidence
attributed to neither a source nor an investigation, and what changed since the last bundle this
vault wrote (bundles go to the group archive; an archive writes none, so it has no such part).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from app.service_part import Part
from vault import kinds
from vault.exchange import bundle_plan
from vault.model import assessment, claim, letter, queries, request
from vault.model import fields as f

SOON_DAYS = 7
UNATTRIBUTED_SHOWN = 50  # listed by name; all are counted


@dataclass(frozen=True)
class LetterDue:
    """A letter awaiting its reply: ``days`` until the reply deadline, negative once it has passed."""

    id: str
    symbol: str | None
    addressee: str
    deadline: str
    days: int

    @property
    def overdue(self) -> bool:
        return self.days < 0


@dataclass(frozen=True)
class RequestDue:
    """A request from a court or mechanism still open: ``days`` until its deadline, negative once it has
    passed, None when it has no deadline."""

    id: str
    authority: str
    reference: str | None
    deadline: str | None
    days: int | None

    @property
    def overdue(self) -> bool:
        return self.days is not None and self.days < 0


@dataclass(frozen=True)
class ClaimWaiting:
    """A claim the methodology does not yet let move from ``status`` to ``wants``, and why (Texts)."""

    id: str
    title: str
    status: str
    wants: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Unattributed:
    """An evidence item attributed to neither a source nor an investigation."""

    id: str
    title: str
    received_at: str | None


@dataclass(frozen=True)
class SinceBundle:
    """The last bundle this vault wrote (``last`` 0: none yet) and the records changed since, by kind."""

    last: int
    written_at: str | None
    changed: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.changed.values())

    @property
    def next(self) -> int:
        return self.last + 1


@dataclass(frozen=True)
class Today:
    """The home view's content for ``day``. ``cutoff`` is the nearest report cut-off date still ahead
    (else the latest one passed) and ``cutoff_days`` the days to it (negative once passed)."""

    day: date
    soon_days: int
    overdue: tuple[LetterDue, ...]
    due_soon: tuple[LetterDue, ...]
    cutoff: str | None
    cutoff_days: int | None
    claims_waiting: tuple[ClaimWaiting, ...]
    unattributed: tuple[Unattributed, ...]
    unattributed_count: int
    since_bundle: SinceBundle | None
    requests: tuple[RequestDue, ...] = ()  # open ones: overdue first, then by deadline, then none

    @property
    def nothing_due(self) -> bool:
        return not (
            self.overdue or self.due_soon or self.requests or self.claims_waiting or self.unattributed_count
        )


class AgendaService(Part):
    """Mixin of VaultService: the home view."""

    def today(self, *, today: date | None = None, soon_days: int = SOON_DAYS) -> Today:
        """Everything the home view shows, as of ``today`` (default: the local date)."""
        day = today or date.today()
        overdue, soon, cutoff, cutoff_days = self._letters_due(day, soon_days)
        shown, count = self._unattributed()
        return Today(
            day=day,
            soon_days=soon_days,
            overdue=overdue,
            due_soon=soon,
            cutoff=cutoff,
            cutoff_days=cutoff_days,
            claims_waiting=self._claims_waiting(),
            unattributed=shown,
            unattributed_count=count,
            since_bundle=self._since_bundle() if self._core.role == "expert" else None,
            requests=self._requests_open(day),
        )

    def _requests_open(self, day: date) -> tuple[RequestDue, ...]:
        found = [
            RequestDue(
                rid,
                str(body.get("authority", "")),
                body.get("reference") if isinstance(body.get("reference"), str) else None,
                body.get("deadline") if isinstance(body.get("deadline"), str) else None,
                request.days_left(body, day),
            )
            for rid, body in queries.live_bodies(self._vault.conn, request.KIND)
            if body.get("status", "open") == "open"
        ]
        found.sort(key=lambda r: (r.days is None, r.days or 0, r.id))
        return tuple(found)

    def _letters_due(
        self, day: date, soon_days: int
    ) -> tuple[tuple[LetterDue, ...], tuple[LetterDue, ...], str | None, int | None]:
        overdue: list[LetterDue] = []
        soon: list[LetterDue] = []
        cutoffs: set[date] = set()
        for rid, body in queries.live_bodies(self._vault.conn, letter.KIND):
            cut = f.parse_date(body["cutoff"]) if isinstance(body.get("cutoff"), str) else None
            if cut is not None:  # the report's date, whatever became of the letter
                cutoffs.add(cut)
            deadline = f.parse_date(body["deadline"]) if isinstance(body.get("deadline"), str) else None
            if deadline is None or letter.replied(body) or body.get("status") in ("draft", "closed"):
                continue
            days = (deadline - day).days
            if days > soon_days:
                continue
            due = LetterDue(
                rid, body.get("symbol"), str(body.get("addressee", "")), deadline.isoformat(), days
            )
            (overdue if days < 0 else soon).append(due)
        overdue.sort(key=lambda d: (d.days, d.id))
        soon.sort(key=lambda d: (d.days, d.id))
        ahead = sorted(c for c in cutoffs if c >= day)
        chosen = ahead[0] if ahead else max(cutoffs, default=None)
        return (
            tuple(overdue),
            tuple(soon),
            chosen.isoformat() if chosen else None,
            (chosen - day).days if chosen else None,
        )

    def _claims_waiting(self) -> tuple[ClaimWaiting, ...]:
        conn = self._vault.conn
        waiting: list[ClaimWaiting] = []
        for rid, body in queries.live_bodies(conn, claim.KIND):
            status = str(body.get("status", "allegation"))
            if status not in claim.STATUSES or status == claim.STATUSES[-1]:
                continue
            wants = claim.STATUSES[claim.rank(status) + 1]
            found = assessment.assess(conn, rid, body)
            if found.allows(wants):
                continue  # it may move up now: the expert has only to promote it
            waiting.append(
                ClaimWaiting(rid, kinds.title_of(claim.KIND, body), status, wants, found.refusal(wants))
            )
        return tuple(waiting)

    def _unattributed(self) -> tuple[tuple[Unattributed, ...], int]:
        items = [
            Unattributed(rid, kinds.title_of("evidence", body), body.get("received_at"))
            for rid, body in queries.live_bodies(self._vault.conn, "evidence")
            if not body.get("source") and not body.get("investigation")
        ]
        items.sort(key=lambda u: (u.received_at or "", u.id), reverse=True)  # newest first
        return tuple(items[:UNATTRIBUTED_SHOWN]), len(items)

    def _since_bundle(self) -> SinceBundle:
        found = bundle_plan.since_last(self._vault.conn)
        return SinceBundle(found.sequence, found.written_at, found.changed)
