"""Service operations on records in general: notes, create/edit/delete, details, lists, search."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.service_part import Part
from vault.guard.gate import Gate
from vault.guard.leakguard import WITHIN_THE_GROUP, TextPart
from vault.messages import Text
from vault.storage import audit, records, revisions, search
from vault.storage.records import Record, Summary
from vault.storage.revisions import Revision
from vault.storage.search import Found, Hit


@dataclass(frozen=True)
class RecordDetails:
    record: Record
    history: tuple[Revision, ...]
    custody: tuple[audit.Entry, ...] = field(default_factory=tuple)


class RecordService(Part):
    """Mixin of VaultService: records of any kind."""

    def add_note(self, title: str, body: str, investigation: str | None = None) -> Record:
        data: dict[str, Any] = {"title": title, "body": body}
        if investigation:
            data["investigation"] = self._core.resolve_id(investigation)
        with self._write(Text("adding the note")):
            return records.create(self._vault.conn, self._vault.identity, "note", data)

    def add_record(self, kind: str, body: dict[str, Any]) -> Record:
        with self._write(Text("adding the {kind}", kind=kind)):
            return records.create(self._vault.conn, self._vault.identity, kind, body)

    def edit_record(self, record_id: str, changes: dict[str, Any]) -> Record:
        with self._write(Text("saving the change")):
            return records.edit(
                self._vault.conn, self._vault.identity, self._core.resolve_id(record_id), changes
            )

    def delete_record(self, record_id: str, reason: str, *, amend: bool = False) -> Record:
        """A tombstone with ``reason``. A revision cannot be changed once made and a deletion travels in
        bundles, so a reason naming a protected source is refused here (LeakRefused) rather than later;
        ``amend`` replaces the reason of a record already deleted (the old one then stays here only)."""
        check = Gate(self._vault.conn, self._vault.identity, Text("the deletion"), WITHIN_THE_GROUP)
        check.parts([TextPart(Text("deletion reason"), reason)])
        check.refuse_if_any()
        with self._write(Text("deleting the record")):
            conn, me = self._vault.conn, self._vault.identity
            return records.delete(conn, me, self._core.resolve_id(record_id), reason, amend=amend)

    def details(self, record_id: str) -> RecordDetails:
        """A record with its revision history and the audit entries about it (custody for evidence)."""
        rec = self._core.get(record_id)
        history = tuple(revisions.for_record(self._vault.conn, rec.id))
        targets = [rec.id]
        sha = rec.body.get("sha256")
        if isinstance(sha, str):
            targets.append(sha)
        custody = tuple(audit.for_target(self._vault.conn, targets))
        return RecordDetails(rec, history, custody)

    def list_records(
        self, kind: str | None = None, investigation: str | None = None, limit: int = 1000, offset: int = 0
    ) -> list[Summary]:
        return records.list_summaries(self._vault.conn, kind, investigation, limit=limit, offset=offset)

    def count(self, kind: str | None = None) -> int:
        return records.count(self._vault.conn, kind)

    def search(self, text: str, limit: int = 50, kind: str | None = None) -> list[Hit]:
        return self.find(text, limit, kind).hits

    def find(self, text: str, limit: int = 50, kind: str | None = None) -> Found:
        """The hits and whether they are ranked (a broad query lists the newest matches first)."""
        return search.find(self._vault.conn, text, limit, kind, counts=self._core._search_counts)
