"""The timeline's content, gathered on the query worker (no widgets here): interviews, evidence
received, and letters (sent, reply deadline, reply received), each on its own lane by date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.service import VaultService

LANES = ("interview", "evidence", "letter")
MAX_PER_KIND = 500


@dataclass(frozen=True)
class Event:
    """One mark on the timeline. ``mark``: interview, received, sent, deadline, overdue, reply."""

    day: date
    lane: str
    mark: str
    label: str
    record_id: str
    count: int = 1  # marks of the same kind on the same day, drawn as one


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...]
    today: date
    investigation: str | None

    @property
    def start(self) -> date:
        first = min((e.day for e in self.events), default=self.today)
        return first - timedelta(days=max(3, (self.today - first).days // 20))

    @property
    def end(self) -> date:
        last = max((*(e.day for e in self.events), self.today))
        return last + timedelta(days=max(14, (last - self.start).days // 5))  # room for the last label


def _day(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_timeline(service: VaultService, investigation: str | None, today: date) -> Timeline:
    events: list[Event] = []
    for summary in service.records.list_records("interview", investigation, limit=MAX_PER_KIND):
        body = service.get(summary.id).body
        day = _day(body.get("date"))
        if day is not None:
            place = body.get("place")
            events.append(Event(day, "interview", "interview", str(place or summary.title), summary.id))
    for summary in service.records.list_records("evidence", investigation, limit=MAX_PER_KIND):
        body = service.get(summary.id).body
        day = _day(body.get("date")) or _day(body.get("received_at"))
        if day is not None:
            caption = body.get("caption")
            events.append(Event(day, "evidence", "received", str(caption or summary.title), summary.id))
    for letter in service.model.letters(today=today):
        if investigation is not None and service.get(letter.id).body.get("investigation") != investigation:
            continue
        label = letter.symbol or letter.addressee
        for value, mark in ((letter.sent, "sent"), (letter.deadline, "deadline")):
            day = _day(value)
            if day is not None:
                if mark == "deadline" and letter.days_overdue:
                    mark = "overdue"
                events.append(Event(day, "letter", mark, label, letter.id))
        reply = _day(service.get(letter.id).body.get("reply_received"))
        if reply is not None:
            events.append(Event(reply, "letter", "reply", label, letter.id))
    events.sort(key=lambda e: (e.day, e.lane, e.mark, e.label))
    return Timeline(tuple(_grouped(events)), today, investigation)


def _grouped(events: list[Event]) -> list[Event]:
    """Marks of one kind on one lane on one day become one mark with a count (labels stay legible)."""
    out: list[Event] = []
    for event in events:
        last = out[-1] if out else None
        if last is not None and (last.day, last.lane, last.mark) == (event.day, event.lane, event.mark):
            out[-1] = replace(last, count=last.count + 1)
        else:
            out.append(event)
    return out
