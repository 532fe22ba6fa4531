"""OCR: reading the text of photographed and scanned pages behind the import (``service.ocr``).

Items are stored and shown at once; their pages wait in a queue inside the vault (vault/ocr/queue.py)
and are read here, in the intake worker processes, with progress and cancel. What was read is
searchable, shown beside the image, and read by the outbound gate like any text of the original: an
original still waiting cannot leave (vault/guard/gate.py ``NotYetRecognised``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.service_part import Part
from vault.errors import Cancelled
from vault.messages import Text
from vault.ocr import engine, queue, run
from vault.ocr.run import OcrUnavailable, Outcome
from vault.storage import audit
from vault.storage.attachments import CancelCheck

log = logging.getLogger("fieldvault.service")

__all__ = ["OcrRun", "OcrStatus", "OcrUnavailable", "OcrWords", "OcrService"]


@dataclass(frozen=True)
class OcrStatus:
    available: bool
    problem: str | None  # why OCR cannot run here, when it cannot
    languages: tuple[str, ...]
    queued: int  # originals waiting
    pages_known: int  # of their pages known to be waiting
    done: int  # originals read


@dataclass(frozen=True)
class OcrRun:
    pages: int
    originals: int
    documents: int
    problems: tuple[str, ...]
    cancelled: bool


@dataclass(frozen=True)
class OcrWords:
    """The words read on one page of an item: (text, left, top, width, height, confidence) in pixels of
    an image of ``size``."""

    page: int
    size: tuple[int, int]
    words: tuple[tuple[str, int, int, int, int, int], ...]


class OcrService(Part):
    def status(self) -> OcrStatus:
        conn = self._vault.conn
        langs = queue.languages(conn)
        counts = queue.status(conn)
        reason = engine.problem(langs)
        return OcrStatus(reason is None, reason, langs, counts.queued, counts.pages_known, counts.done)

    def set_languages(self, codes: Sequence[str]) -> None:
        """The languages OCR reads in this vault (from engine.KNOWN_LANGUAGES); pages read stay as read."""
        with self._write(Text("setting the OCR languages")) as conn:
            queue.set_languages(conn, codes)
            audit.append(conn, self._core.key_id, "settings", None, {"ocr_languages": list(codes)})

    def read_again(self) -> int:
        """Queue every photo and PDF already read to be read again (after adding a language); meanwhile
        the outbound gate reads what was read before. Returns how many were queued."""
        with self._write(Text("queueing items to be read again")) as conn:
            count = queue.requeue_all(conn)
            audit.append(conn, self._core.key_id, "ocr", None, {"read_again": count})
        return count

    def run(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> OcrRun:
        """Read every page waiting (OcrUnavailable when OCR cannot run here; nothing is lost). A
        cancellation keeps every page read so far; the next run resumes with the next."""
        outcome = Outcome()
        stopped = False
        try:
            run.run_pending(self._vault.conn, progress=progress, cancelled=cancelled, outcome=outcome)
        except Cancelled:
            stopped = True
        log.info("ocr run: %d page(s) read%s", outcome.pages, " (cancelled)" if stopped else "")
        return OcrRun(outcome.pages, outcome.originals, outcome.documents, tuple(outcome.problems), stopped)

    def text(self, record_id: str) -> tuple[tuple[int, str], ...]:
        """The text recognised on an item's pages, (page, text); page 0 for a photograph."""
        rec = self._core.evidence_record(record_id)
        return tuple(queue.pages(self._vault.conn, str(rec.body["sha256"])))

    def words(self, record_id: str, page: int = 0) -> OcrWords:
        rec = self._core.evidence_record(record_id)
        words, size = queue.words(self._vault.conn, str(rec.body["sha256"]), page)
        clean = tuple(
            (str(w[0]), int(w[1]), int(w[2]), int(w[3]), int(w[4]), int(w[5]))  # type: ignore[call-overload]
            for w in words
        )
        return OcrWords(page, size, clean)
