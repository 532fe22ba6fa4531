"""What an intake worker process does for OCR: images, or pages of PDFs, read by Tesseract.

Runs in the worker processes of vault/intake/pool.py (``handler="vault.ocr.job:handle"``), with their
time and memory limits and no right to write files; the request is the originals' bytes behind a small
JSON header (``request`` for one page, ``batch`` for several, up to ``MAX_BATCH``), the answer a Findings
like any examination (vault/intake/wire.py checks it): for one page, its text in ``pages`` and its words in
``metadata["ocr"]``; for several, read in one Tesseract call (vault/ocr/engine.py), one such Findings per
page, in order, carried as the answer's attachments (with no bytes). A batch that fails as a whole (its
time used up, Tesseract failing) is answered with a problem and no pages: the caller asks again page by
page, so one hostile image costs only its own reading. A PDF is first surveyed (page -1): the answer lists
the pages with no text layer, the only ones worth reading. Pages are rendered with PDFium at 300 dpi,
photographs turned upright and scaled to at most ``PHOTO_MAX_SIDE`` pixels. An image with several frames
(a multi-page TIFF scan, an animated GIF or WebP) says how many with its first (page 0, ``ocr_frames``,
read or not); the caller then asks for the others as pages 2 to n, each a frame that may name a source.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import struct
from typing import Any

from PIL import Image, ImageOps

from vault.intake import detect, limits
from vault.intake.findings import Attachment, Findings
from vault.messages import Text
from vault.ocr import engine

MAGIC = b"FVOCR1"
_LENGTH = struct.Struct("<I")
SURVEY = -1  # the page number that asks which pages of a PDF have no text layer
PDF_DPI = 300
PDF_MAX_PIXELS = 40_000_000  # a rendered page (an A4 page at 300 dpi is 8.7 million)
PHOTO_MAX_SIDE = 3_000  # a phone photo of an A4 page scaled to this is about 250 dpi
MAX_WORD_CHARS = 100  # a "word" longer than this is noise read as text; its box is kept, cut
TEXT_LAYER_CHARS = 20  # a page showing an image with fewer characters of text is read as a scan
MAX_BATCH = 8  # pages in one request (and one Tesseract call)
MAX_WORDS_BYTES = 480 * 1024  # the words of one page (each page its own Findings; wire.py allows 512 KiB)
# An image's frames read: each is found by walking the ones before it, so a hostile file of many frames
# costs the square of their number. A TIFF's (a scanned document of a thousand pages) are only skipped
# over; an animation's are each drawn on the whole picture: 8 ms a frame for 3000 x 3000 pixels, the
# 100th frame 0.8 s (the first 100 frames read in 40 s; 1000 would take over an hour).
MAX_FRAMES = 1_000
ANIMATION_MAX_FRAMES = 100
_ANIMATIONS = frozenset({detect.GIF, detect.WEBP, detect.PNG})


def max_frames(media_type: str) -> int:
    """The frames of an image of ``media_type`` that are read (see MAX_FRAMES)."""
    return ANIMATION_MAX_FRAMES if media_type in _ANIMATIONS else MAX_FRAMES


def request(data: bytes, languages: tuple[str, ...], page: int) -> bytes:
    """Ask for one page of ``data`` (0 for an image, from 1 for a PDF's, SURVEY for its survey)."""
    return batch([data], [(0, page)], languages)


def batch(blobs: list[bytes], pages: list[tuple[int, int]], languages: tuple[str, ...]) -> bytes:
    """Ask for several pages, each ``(index in blobs, page)``, read in one Tesseract call."""
    header = {
        "languages": list(languages),
        "sizes": [len(b) for b in blobs],
        "pages": [list(p) for p in pages],
    }
    encoded = json.dumps(header).encode()
    return b"".join([MAGIC, _LENGTH.pack(len(encoded)), encoded, *blobs])


def _parse(message: bytes) -> tuple[tuple[str, ...], list[tuple[bytes, int]]]:
    if not message.startswith(MAGIC) or len(message) < len(MAGIC) + _LENGTH.size:
        raise ValueError("not an OCR request")
    (length,) = _LENGTH.unpack_from(message, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    header = json.loads(message[start : start + length])
    languages = tuple(str(code) for code in header["languages"] if code in engine.KNOWN_LANGUAGES)
    blobs: list[bytes] = []
    at = start + length
    for size in header["sizes"]:
        if not isinstance(size, int) or size < 0 or at + size > len(message):
            raise ValueError("not an OCR request")
        blobs.append(message[at : at + size])
        at += size
    pages = [(blobs[int(index)], int(page)) for index, page in header["pages"] if int(index) >= 0]
    if len(pages) != len(header["pages"]):  # a negative index would name a blob from the end
        raise ValueError("not an OCR request")
    if at != len(message) or not 0 < len(pages) <= MAX_BATCH:
        raise ValueError("not an OCR request")
    return languages or engine.DEFAULT_LANGUAGES, pages


_yielded = False


def _yield_to_imports() -> None:
    """OCR reads behind: its workers (and the Tesseract they start) take the CPU imports leave, at the
    lowest priority, below the intake workers' (vault/intake/worker.py), which wait behind nothing."""
    global _yielded
    if not _yielded and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(19)  # capped at the lowest priority by the system
    _yielded = True


def handle(message: bytes) -> Findings:
    """The worker's answer to one request (never raises: a failure is the Findings' problem)."""
    _yield_to_imports()
    try:
        languages, pages = _parse(message)
    except (ValueError, KeyError, TypeError, IndexError):
        return Findings(detect.UNKNOWN, problem=Text("not an OCR request"))
    if len(pages) == 1 and pages[0][1] == SURVEY and detect.media_type(pages[0][0][:4096]) == detect.PDF:
        return _survey(pages[0][0])
    kinds = [detect.media_type(data[:4096]) for data, _page in pages]
    numbers = [max(0, page) for _data, page in pages]  # an image's: 0, or a further frame's from 2
    answers: list[Findings | None] = []
    images: list[Image.Image] = []
    frames: list[int] = []
    for kind, (data, page) in zip(kinds, pages, strict=True):  # one that cannot be decoded is answered alone
        count = 1  # an image's frames (counted with its first, page 0, only)
        try:
            if kind == detect.PDF:
                image = _render(data, page)
            else:
                image, count = _photo(data, max(0, page - 1), max_frames(kind))
            images.append(image)
            answers.append(None)
        except MemoryError:
            answers.append(Findings(kind, problem=Text("the image is too large to read")))
        except Exception:  # noqa: BLE001 - a hostile file costs its own reading, never the worker
            answers.append(Findings(kind, problem=Text("the image could not be decoded")))
        frames.append(count)
    try:
        read = iter(engine.recognise_many(images, languages) if images else [])
    except engine.Unavailable as exc:
        return _answer(
            [Findings(kind, metadata={"ocr_unavailable": True}, problem=str(exc)) for kind in kinds]
        )
    except (engine.TooLong, ValueError, MemoryError) as exc:
        problem = str(exc) if isinstance(exc, engine.TooLong) else Text("the image could not be read")
        if len(pages) > 1:  # the caller asks again page by page
            return Findings(detect.UNKNOWN, problem=problem)
        return Findings(kinds[0], metadata=_frames(frames[0]), problem=problem)  # its other frames are read
    return _answer([
        answer or _page(kind, number, next(read), count)
        for answer, kind, number, count in zip(answers, kinds, numbers, frames, strict=True)
    ])  # fmt: skip


def _answer(per_page: list[Findings]) -> Findings:
    if len(per_page) == 1:
        return per_page[0]
    return Findings(detect.UNKNOWN, attachments=[Attachment(None, b"", findings=f) for f in per_page])


def _page(kind: str, page: int, found: engine.Recognised, frames: int) -> Findings:
    words: list[list[object]] = []
    size = 0
    for w in found.words:  # the answer's metadata must stay within what the parent accepts (wire.py)
        word: list[object] = [w.text[:MAX_WORD_CHARS], w.left, w.top, w.width, w.height, w.confidence]
        size += len(json.dumps(word)) + 2  # as wire.py measures it (non-ASCII escaped: Arabic 6 a letter)
        if size > MAX_WORDS_BYTES:
            break
        words.append(word)
    ocr: dict[str, Any] = {"page": page, "size": list(found.size), "words": words}
    return Findings(kind, metadata={"ocr": ocr, **_frames(frames)}, pages=[(page, found.text)])


def _frames(frames: int) -> dict[str, Any]:
    """An image's frames, when it has more than one (a multi-page TIFF scan, an animated GIF or WebP):
    said with its first, page 0, so the caller reads the others next, each like a PDF's page."""
    return {"ocr_frames": frames} if frames > 1 else {}


def _photo(data: bytes, frame: int, limit: int) -> tuple[Image.Image, int]:
    """The image's ``frame`` (from 0) as shown upright, and how many frames it has (a multi-page TIFF
    scan, an animated GIF or WebP: each frame may show text)."""
    Image.MAX_IMAGE_PIXELS = limits.MAX_IMAGE_PIXELS
    with Image.open(io.BytesIO(data)) as opened:
        frames = 1  # counted with the first only (a TIFF's are counted by walking them all)
        if frame >= limit:
            raise ValueError("a frame beyond those read")
        if frame:
            opened.seek(frame)
        else:
            frames = max(1, int(getattr(opened, "n_frames", 1)))
        opened.draft("L", (PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))  # JPEG: decode at a reduced size directly
        image = ImageOps.exif_transpose(opened.convert("L"))
    if max(image.size) > PHOTO_MAX_SIDE:  # bilinear: 0.05 s for an A4 scan, Lanczos 0.13-0.25 s
        image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE), Image.Resampling.BILINEAR)
    return image, frames


def _open_pdf(data: bytes) -> Any:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # loaded only by workers that read PDFs

    return pdfium.PdfDocument(data)


def _survey(data: bytes) -> Findings:
    """Pages (from 1) that show an image and whose text layer holds fewer than TEXT_LAYER_CHARS
    characters (a scan, perhaps with a stamped page number): a blank page has nothing to read. A page
    that cannot be surveyed is listed too (its reading says why): one damaged page must not leave the
    scans of the others unread, their text unknown to the outbound gate."""
    try:
        pdf = _open_pdf(data)
    except Exception:  # noqa: BLE001 - PdfiumError and friends: unreadable here
        return Findings(detect.PDF, problem=Text("the PDF could not be opened to read its pages"))
    todo: list[int] = []
    try:
        for n in range(min(len(pdf), limits.PDF_MAX_PAGES)):
            try:
                if _scanned(pdf, n):
                    todo.append(n + 1)
            except Exception:  # noqa: BLE001 - PdfiumError and friends: this page only
                todo.append(n + 1)
    finally:
        pdf.close()
    return Findings(detect.PDF, metadata={"ocr_todo": todo})


def _scanned(pdf: Any, index: int) -> bool:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
        return len("".join(text.split())) < TEXT_LAYER_CHARS and _has_image(page)
    finally:
        page.close()


def _has_image(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4))


def _render(data: bytes, page_number: int) -> Image.Image:
    pdf = _open_pdf(data)
    try:
        page = pdf[page_number - 1]
        width, height = page.get_size()
        scale = PDF_DPI / 72
        if width * height * scale * scale > PDF_MAX_PIXELS:
            scale = (PDF_MAX_PIXELS / max(1.0, width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        image: Image.Image = bitmap.to_pil().convert("L")
        page.close()
        return image
    finally:
        pdf.close()
