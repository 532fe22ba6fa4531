"""Working the OCR queue: every page still to read, read in the intake worker processes, stored as read.

Originals are read from the encrypted database into memory and sent to the worker processes of
vault/intake/pool.py (``handler="vault.ocr.job:handle"``: their time and memory limits, no file
writes); a PDF is surveyed first for the pages without a text layer; an image's further frames (a
multi-page TIFF scan) are found as its first is read, and read next, as pages 2 to n. Pages go in
batches of up to BATCH_PAGES, each read in one Tesseract call (a batch that fails as a whole is asked
again page by page); two batches per worker are in flight, so the workers never wait for this thread
(each request carries a copy of its originals' bytes: no more are made at once). Each page read is
committed with the pages left, in its own transaction; when an original is read in full its evidence
records are re-indexed, so the text becomes searchable. A cancellation raises Cancelled between batches
and keeps what was read.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from vault.errors import Cancelled, UserError
from vault.intake import activity, detect, limits
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool, default_workers
from vault.messages import Text
from vault.ocr import engine, job, queue
from vault.storage import attachments, records, store
from vault.storage.attachments import CancelCheck
from vault.storage.store import Connection

HANDLER = "vault.ocr.job:handle"
# Pages read in one Tesseract call (its language models load once a call: ~5% of a dense page) and the
# originals' bytes one call may hold. Measured by ``python -m bench --only ocr``.
BATCH_PAGES = 4
BATCH_BYTES = 64 * 1024 * 1024
# A worker's time for one request: Tesseract's own limits come first (a worker killed before them would
# leave it running), then the worker's rendering of the pages.
TIMEOUT_S = engine.WALL_S_PER_CALL + limits.EXAMINE_TIMEOUT_S
Progress = Callable[[int, int], None]  # pages read so far, pages known to be waiting in all


class OcrUnavailable(UserError):
    """OCR cannot run on this computer; the message says what is missing. Nothing queued is lost."""


@dataclass
class Outcome:
    pages: int = 0  # pages read
    originals: int = 0  # originals read in full
    documents: int = 0  # photos and pages that read like a document
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Page:
    sha256: str
    page: int  # from 1 for a PDF's, 0 for an image
    data: bytes  # the original's bytes (shared by the pages of one PDF)


@dataclass
class _Original:
    sha256: str
    todo: list[int]
    problems: list[str] = field(default_factory=list)
    photo: bool = True  # an image (its frames read like a document only when they read like one)


def unavailable(conn: Connection) -> str | None:
    """Why OCR cannot run here with the vault's languages (a sentence), or None when it can."""
    return engine.problem(queue.languages(conn))


def run_pending(
    conn: Connection,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    outcome: Outcome | None = None,
    holding_only: bool = False,
) -> Outcome:
    """Read every page waiting for OCR. Raises OcrUnavailable (nothing changed) or Cancelled (what
    was read is kept; the rest stays queued). ``outcome``, when given, is filled in as pages are read
    (it says what was done when a cancellation ends the run). ``holding_only``: only the originals the
    outbound gate holds back (before an output), not the backlog."""
    langs = queue.languages(conn)
    reason = engine.problem(langs)
    if reason is not None:
        raise OcrUnavailable(reason)
    outcome = Outcome() if outcome is None else outcome
    size = max(1, workers or default_workers())
    keys = itertools.count()
    state: dict[str, _Original] = {}
    total = [
        sum(
            len(todo) if todo is not None else 1
            for _sha, todo in queue.pending(conn, holding_only=holding_only)
        )
    ]

    # Behind an import in this process, no new page is started until it ends (vault/intake/activity.py).
    with ExaminerPool(size, handler=HANDLER, paused=activity.busy, timeout_s=TIMEOUT_S) as pool:

        def pages() -> Iterator[_Page]:
            for sha, todo in queue.pending(conn, holding_only=holding_only):
                original = state[sha] = _Original(sha, [])
                if attachments.size_of(conn, sha) > limits.MAX_EXAMINE_BYTES:
                    size_mib = limits.MAX_EXAMINE_BYTES // (1024 * 1024)
                    original.problems.append(Text("not read: larger than {limit} MiB", limit=size_mib))
                    _finish(conn, state.pop(sha), langs, outcome)
                    continue
                data = attachments.read_all(conn, sha, limits.MAX_EXAMINE_BYTES)
                original.photo = detect.media_type(data[:4096]) != detect.PDF
                if todo is None:
                    if detect.media_type(data[:4096]) == detect.PDF:
                        key = next(keys)
                        pool.submit(key, job.request(data, langs, job.SURVEY))
                        surveyed = pool.result(key, cancelled)
                        raw = surveyed.metadata.get("ocr_todo")
                        todo = (
                            [p for p in raw if isinstance(p, int) and p > 0] if isinstance(raw, list) else []
                        )
                        if surveyed.problem is not None:  # said, as any page that could not be read
                            original.problems.append(Text("its pages: {problem}", problem=surveyed.problem))
                        total[0] += len(todo) - 1
                        with store.transaction(conn, Text("storing what OCR read")):
                            queue.set_todo(conn, sha, todo)
                    else:
                        todo = [0]
                original.todo = list(todo)
                if not todo:
                    _finish(conn, state.pop(sha), langs, outcome)
                for page in todo:
                    yield _Page(sha, page, data)

        def ask(batch: list[_Page]) -> int:
            blobs: list[bytes] = []
            where: list[tuple[int, int]] = []
            for item in batch:  # a PDF's bytes go once for all its pages in the batch
                n = next((n for n, b in enumerate(blobs) if b is item.data), len(blobs))
                if n == len(blobs):
                    blobs.append(item.data)
                where.append((n, item.page))
            key = next(keys)
            pool.submit(key, job.batch(blobs, where, langs))
            submitted[0] += len(batch)
            return key

        submitted = [0]
        source = _batches(pages(), lambda: _batch_size(total[0] - submitted[0], size))
        in_flight: deque[tuple[int, list[_Page]]] = deque()
        frames: deque[_Page] = deque()  # an image's further frames, found as its first is read
        while True:
            while len(in_flight) < 2 * size:  # each request carries its originals' bytes: a few at a time
                batch: list[_Page] | None = _next_frames(frames) or next(source, None)
                if batch is None:
                    break
                in_flight.append((ask(batch), batch))
            if not in_flight:
                break
            key, batch = in_flight.popleft()
            answers = _answers(pool.result(key, cancelled), len(batch))
            if answers is None:  # the batch failed as a whole: each page again on its own
                answers = [pool.result(ask([item]), cancelled) for item in batch]
            for item, found in zip(batch, answers, strict=True):
                more = _store(conn, state[item.sha256], item.page, found, langs, outcome)
                total[0] += len(more)  # read like a PDF's pages, next; the original waits for them
                frames.extend(_Page(item.sha256, frame, item.data) for frame in more)
                if not state[item.sha256].todo:
                    _finish(conn, state.pop(item.sha256), langs, outcome)
            if progress is not None:
                progress(outcome.pages, total[0])
            if cancelled is not None and cancelled():
                raise Cancelled(Text("cancelled"))
    return outcome


def _next_frames(frames: deque[_Page]) -> list[_Page]:
    """Up to BATCH_PAGES of the frames waiting, all of one original (its bytes go once)."""
    batch: list[_Page] = []
    while frames and len(batch) < BATCH_PAGES and (not batch or frames[0].data is batch[0].data):
        batch.append(frames.popleft())
    return batch


def _batch_size(waiting: int, workers: int) -> int:
    """Pages to read in one Tesseract call: up to BATCH_PAGES, fewer when there are too few pages left
    to keep every worker busy (four pages on one worker and none on the other would take longer)."""
    return max(1, min(BATCH_PAGES, -(-waiting // workers)))


def _batches(pages: Iterator[_Page], size: Callable[[], int]) -> Iterator[list[_Page]]:
    """``pages`` in batches of ``size()`` pages at most, holding at most BATCH_BYTES of originals
    (a larger original goes alone)."""
    batch: list[_Page] = []
    held = 0
    for item in pages:
        fresh = 0 if any(p.data is item.data for p in batch) else len(item.data)
        if batch and (len(batch) >= size() or held + fresh > BATCH_BYTES):
            yield batch
            batch, held, fresh = [], 0, len(item.data)
        batch.append(item)
        held += fresh
    if batch:
        yield batch


def _answers(found: Findings, count: int) -> list[Findings] | None:
    """Each page's Findings from the answer to a batch of ``count`` pages; None when the batch failed as
    a whole (its time used up, the reader stopped or crashed) and each page must be asked on its own."""
    if count == 1:
        return [found]
    inner = [a.findings for a in found.attachments]
    if len(inner) != count or any(f is None for f in inner):
        return None
    return [f for f in inner if f is not None]


def _store(conn: Connection, original: _Original, page: int, found: Findings, langs: tuple[str, ...],
           outcome: Outcome) -> list[int]:  # fmt: skip
    """Store what was read on ``page``; returns the further frames (from 2) to read when the page is an
    image's first frame and the image has more (a multi-page TIFF scan: each frame may name a source)."""
    if found.metadata.get("ocr_unavailable"):
        raise OcrUnavailable(engine.problem(langs) or Text("text recognition (OCR) could not start"))
    if page in original.todo:
        original.todo.remove(page)
    ocr = found.metadata.get("ocr")
    text = found.pages[0][1] if found.pages else ""
    frames: list[int] = []
    count = found.metadata.get("ocr_frames")
    if page == 0 and isinstance(count, int):  # read or not, its frame 1 says how many follow
        limit = job.max_frames(found.media_type)
        frames = [f for f in range(2, min(count, limit) + 1) if f not in original.todo]
        original.todo += frames
        if count > limit:  # said with the original's problems, as a page that could not be read
            original.problems.append(
                Text("text extracted from the first {read} of {total} pages", read=limit, total=count)
            )
    with store.transaction(conn, Text("storing what OCR read")):
        if found.problem is not None or not isinstance(ocr, dict):
            place = Text("page {page}", page=page) if page else Text("the image")
            original.problems.append(Text("{place}: {problem}", place=place, problem=found.problem or "?"))
        else:
            words = [w for w in ocr.get("words", []) if _word(w)]
            width, height = (ocr.get("size") or [0, 0])[:2]
            size = (int(width), int(height)) if isinstance(width, int) and isinstance(height, int) else (0, 0)
            if queue.put_page(conn, original.sha256, page, text, words, size, langs, photo=original.photo):
                outcome.documents += 1
        queue.set_todo(conn, original.sha256, original.todo)
    outcome.pages += 1
    return frames


def _word(untrusted: object) -> bool:
    """A word as the worker must send it: [text, left, top, width, height, confidence]."""
    return (
        isinstance(untrusted, list)
        and len(untrusted) == 6
        and isinstance(untrusted[0], str)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in untrusted[1:])
    )


def _finish(conn: Connection, original: _Original, langs: tuple[str, ...], outcome: Outcome) -> None:
    with store.transaction(conn, Text("storing what OCR read")):
        queue.finish(conn, original.sha256, langs, original.problems)
        for record_id in _records_of(conn, original.sha256):
            records.refresh(conn, record_id)  # the recognised text enters the search index
    outcome.originals += 1
    outcome.problems += original.problems


def _records_of(conn: Connection, sha256: str) -> list[str]:
    rows = conn.execute(
        "SELECT r.id FROM revisions v JOIN records r ON r.head = v.hash "
        "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.sha256') = ?",
        (sha256,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def read_picture(data: bytes, languages: tuple[str, ...]) -> str:
    """The text an image made in memory shows (a photograph about to be exported), read by OCR in a
    worker process like any page; raises OcrUnavailable when OCR cannot run here."""
    reason = engine.problem(languages)
    if reason is not None:
        raise OcrUnavailable(reason)
    with ExaminerPool(1, handler=HANDLER, timeout_s=TIMEOUT_S) as pool:
        pool.submit(0, job.request(data, languages, 0))
        found = pool.result(0)
    if found.metadata.get("ocr_unavailable"):
        raise OcrUnavailable(engine.problem(languages) or Text("text recognition (OCR) could not start"))
    if found.problem is not None:
        raise OcrUnavailable(Text("the picture's text could not be read: {problem}", problem=found.problem))
    frames = found.metadata.get("ocr_frames")
    if isinstance(frames, int) and frames > 1:  # only its first frame was read: the others are not known
        unread = Text("text extracted from the first {read} of {total} pages", read=1, total=frames)
        raise OcrUnavailable(Text("the picture's text could not be read: {problem}", problem=unread))
    return found.pages[0][1] if found.pages else ""
