"""Watermarked draft copies for named recipients, and tracing a leaked copy back to its recipient."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.service_guard import GuardedPart
from exporters.pdf_text import open_pdf, page_texts
from exporters.pdf_watermark import COPY_ID_PROPERTY, copy_ids_in, stamp_copy
from vault.errors import Cancelled, InvalidInput, UserError
from vault.guard import distribution
from vault.guard.leakguard import TextPart, normalise
from vault.messages import Text
from vault.storage import audit
from vault.storage.attachments import CancelCheck
from vault.storage.records import Record

log = logging.getLogger("fieldvault.service")
MAX_RECIPIENTS = 500
_STAMPED_RECIPIENT = re.compile(r"draft for (.+?) only", re.IGNORECASE)


@dataclass(frozen=True)
class DraftCopy:
    """One recipient's stamped copy, as written and recorded."""

    id: str
    recipient: str
    copy_id: str
    path: Path
    sha256: str


@dataclass(frozen=True)
class TraceMatch:
    """A recorded copy the leaked file matches, and every way it was recognised."""

    id: str
    recipient: str
    copy_id: str
    issued_at: str
    how: tuple[str, ...]


@dataclass(frozen=True)
class Trace:
    """What a leaked file says about its origin. ``unknown_copy_ids``: ids printed in it that this vault
    never issued (a copy made elsewhere, or a doctored one)."""

    sha256: str
    matches: tuple[TraceMatch, ...]
    unknown_copy_ids: tuple[str, ...] = field(default_factory=tuple)


def _slug(text: str, limit: int = 40) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:limit] or "recipient"


def _recipients(names: Sequence[str]) -> list[str]:
    cleaned = [" ".join(n.split()) for n in names]
    if not cleaned:
        raise InvalidInput(Text("name at least one recipient (--recipient NAME)"), field="recipient")
    if len(cleaned) > MAX_RECIPIENTS:
        raise InvalidInput(Text("at most {n} recipients per draft", n=MAX_RECIPIENTS), field="recipient")
    seen: set[str] = set()
    for n, name in enumerate(cleaned, 1):
        if not name or len(name) > 200:
            raise InvalidInput(
                Text("recipient {n} must be a name of 1 to 200 characters", n=n), field="recipient"
            )
        key = normalise(name)[0]
        if key in seen:
            raise InvalidInput(
                Text("recipient {n} is named twice; each copy goes to one recipient", n=n),
                field="recipient",
            )
        seen.add(key)
    return cleaned


class DraftService(GuardedPart):
    """Mixin of VaultService: watermarked drafts and tracing."""

    def export_drafts(
        self,
        pdf: Path,
        recipients: Sequence[str],
        out_dir: Path,
        *,
        label: str = "DRAFT",
        progress: Callable[[int, int], None] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> list[DraftCopy]:
        """One stamped copy of ``pdf`` per recipient in ``out_dir``, each recorded and logged.

        The draft is leak-guarded first (every page, property, annotation, bookmark); then what each copy
        adds (recipient, label, file name). All copies are written or none is: ``progress(done, total)``
        counts copies, and ``cancelled()`` true stops before the next one, keeping none.
        """
        names = _recipients(recipients)
        label = " ".join(label.split()).upper() or "DRAFT"
        if not (out_dir.is_dir() or (not out_dir.exists() and out_dir.parent.is_dir())):
            raise UserError(Text("{folder} is not a folder", folder=str(out_dir)))
        data = self.read_input(pdf, Text("the draft"))
        draft_sha = hashlib.sha256(data).hexdigest()
        pages = len(open_pdf(data, pdf.name).pages)
        draft_gate = self.gate(Text("the draft"))
        draft_gate.data(data, Text("the draft"))  # all of it, attachments and images included
        draft_gate.refuse_if_any()
        out_dir.mkdir(mode=0o700, exist_ok=True)  # a new folder is made only once the draft passed the guard
        stem = _slug(pdf.stem, 60) or "draft"
        made: list[tuple[str, str, Path, str]] = []
        recs: list[Record] = []
        with self._export(Text("recording the draft copies")) as export:
            for n, recipient in enumerate(names, 1):
                if cancelled is not None and cancelled():
                    raise Cancelled("cancelled")
                copy_id = distribution.new_copy_id()
                out = out_dir / f"{stem}-{_slug(recipient)}-{copy_id}.pdf"
                gate = self.gate(Text("the copy for recipient {n}", n=n), guard=draft_gate.guard)
                gate.parts([TextPart(Text("recipient {n}", n=n), recipient), TextPart(Text("label"), label)])
                copy = stamp_copy(data, pdf.name, recipient, copy_id, label)
                gate.data(copy, Text("copy {n}", n=n))  # the rebuilt copy, read again in full
                sha = export.add(out, [copy], gate.clearance(out.name))
                made.append((recipient, copy_id, out, sha))
                if progress is not None:
                    progress(n, len(names))
            export.then(
                lambda conn: recs.extend(
                    distribution.record_copy(
                        conn,
                        self._vault.identity,
                        recipient=recipient,
                        copy_id=copy_id,
                        sha256=sha,
                        draft_sha256=draft_sha,
                        pages=pages,
                        label=label,
                    )
                    for recipient, copy_id, _, sha in made
                )
            )
        log.info("draft copies exported (%d)", len(recs))
        return [
            DraftCopy(rec.id, recipient, copy_id, out, sha)
            for rec, (recipient, copy_id, out, sha) in zip(recs, made, strict=True)
        ]

    def draft_copies(self) -> list[Record]:
        """Every recorded draft copy, oldest first."""
        return distribution.copies(self._vault.conn)

    def trace(self, leaked: Path) -> Trace:
        """Name the recipient of a leaked copy: by its hash (an unaltered copy), by the copy id in its
        properties, by the copy id printed on its pages, or by the recipient named in the stamp."""
        data = self.read_input(leaked, Text("the leaked copy"))
        sha = hashlib.sha256(data).hexdigest()
        found: dict[str, tuple[Record, list[str]]] = {}

        def note(rec: Record, how: str) -> None:
            found.setdefault(rec.id, (rec, []))[1].append(how)

        conn = self._vault.conn
        for rec in distribution.copies_where(conn, "sha256", sha):
            note(rec, Text("the file is the copy as issued, byte for byte (SHA-256)"))
        unknown: list[str] = []
        try:
            reader = open_pdf(data, leaked.name)
        except InvalidInput:
            if not found:
                raise
            reader = None
        if reader is not None:
            untrusted_meta = reader.metadata.get(COPY_ID_PROPERTY) if reader.metadata else None
            for cid in copy_ids_in(str(untrusted_meta or "")):
                recs = distribution.copies_where(conn, "copy_id", cid)
                if not recs:
                    unknown.append(cid)
                for rec in recs:
                    note(rec, Text("its copy id is in the document properties"))
            untrusted_pages = page_texts(reader)
            printed: dict[str, list[int]] = {}
            for n, text in enumerate(untrusted_pages, 1):
                for cid in copy_ids_in(text):
                    printed.setdefault(cid, []).append(n)
            for cid, on_pages in printed.items():
                recs = distribution.copies_where(conn, "copy_id", cid)
                if not recs:
                    unknown.append(cid)
                for rec in recs:
                    printed_on = Text(
                        "its copy id is printed on {n} of {total} page(s)",
                        n=len(on_pages),
                        total=len(untrusted_pages),
                    )
                    note(rec, printed_on)
            if not found:
                self._by_stamped_name(untrusted_pages, note)
        matches = tuple(
            TraceMatch(
                rec.id,
                str(rec.body["recipient"]),
                str(rec.body["copy_id"]),
                str(rec.body["issued_at"]),
                tuple(how),
            )
            for rec, how in found.values()
        )
        with self._write(Text("recording the trace")):
            audit.append(
                conn,
                self._core.key_id,
                "trace",
                matches[0].id if len(matches) == 1 else None,
                {"sha256": sha, "matches": [m.id for m in matches]},
            )
        return Trace(sha, matches, tuple(dict.fromkeys(unknown)))

    def _by_stamped_name(self, pages: Sequence[str], note: Callable[[Record, str], None]) -> None:
        """Last resort when no copy id survives: the recipient's name as the stamp prints it."""
        stamped = {
            normalise(m)[0] for text in pages for m in _STAMPED_RECIPIENT.findall(" ".join(text.split()))
        }
        if not stamped:
            return
        for rec in self.draft_copies():
            shown = " ".join(str(rec.body.get("recipient", "")).split())
            if normalise(shown)[0] in stamped:
                note(rec, Text("the recipient's name is printed in the stamp (no copy id could be read)"))
