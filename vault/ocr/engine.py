"""Tesseract, run as its own program with the image on a pipe: text, word boxes and confidences.

Tesseract (Apache-2.0) is run as a separate executable rather than linked into this process: the
binary wheels of the Python bindings bundle libtiff's JBIG codec (GPL-2.0+), which the app cannot ship
inside itself. The image goes to Tesseract's standard input and the words come back on its standard
output (TSV), so nothing is written to disk; started from an intake worker, Tesseract inherits the
worker's limits (no file writes of any size, bounded memory) and runs single-threaded (two OpenMP
threads per page on each core cost four times the time here).

Several images go over in one call, as the pages of one TIFF (``recognise_many``): Tesseract loads its
language models once a call (~0.1 s of CPU for English and French), so four dense 300-dpi pages read in
7.1 CPU-s together against 7.5 one by one. The TIFF is PackBits-compressed: Tesseract reads its standard
input a character at a time, which cost ~0.35 s of CPU for the 8.7 MB of a raw A4 page; PackBits makes
it 0.76 MB in 6 ms (PNG: 0.3 MB in 50 ms). The pixels are the same (lossless).

Tesseract's time is limited in processor seconds (``CPU_S_PER_CALL``, RLIMIT_CPU), not by the clock:
OCR runs at the lowest priority behind imports, and on a busy laptop a dense page can wait a minute of
wall-clock time without being any harder to read. A generous clock limit remains as a backstop. Both are
a call's, whatever its pages: a batch of four takes about 8 s, and one that uses up a page's time is read
again page by page (vault/ocr/run.py), so a hostile page costs at most twice its limit, not five times.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from vault.messages import Text

DEFAULT_LANGUAGES = ("eng", "fra")
# Languages the app offers (Debian's tesseract-ocr-<code> packages; the build carries the same).
KNOWN_LANGUAGES = ("eng", "fra", "ara", "rus", "spa", "por")
MAX_WORDS = 20_000  # per page: a dense A4 page in 6-point type holds about 2,500
CPU_S_PER_CALL = 60.0  # processor time for one call: a dense 300-dpi A4 page takes about 2 s here
WALL_S_PER_CALL = 300.0  # the clock's backstop (a stalled program), far above a loaded laptop's minute


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: int  # 0-100


@dataclass
class Recognised:
    """What Tesseract read on one image: the text in reading order, line by line, and its words."""

    text: str = ""
    words: list[Word] = field(default_factory=list)
    size: tuple[int, int] = (0, 0)

    @property
    def confidence(self) -> int:
        """Mean word confidence, weighted by word length (0 when there are no words)."""
        letters = sum(len(w.text) for w in self.words)
        if not letters:
            return 0
        return round(sum(w.confidence * len(w.text) for w in self.words) / letters)


class Unavailable(Exception):
    """OCR cannot run here: Tesseract or the language data is missing (the message says which)."""


class TooLong(Exception):
    """Tesseract used up its processor time (or the clock's backstop) on the images given."""


def _bundled() -> Path | None:
    """The folder holding a packaged app's Tesseract and its language data (build.spec), if any."""
    base = getattr(sys, "_MEIPASS", None)
    folder = Path(base) / "tesseract" if getattr(sys, "frozen", False) and base else None
    return folder if folder is not None and (folder / "tesseract").is_file() else None


def executable() -> str | None:
    """The Tesseract program: the packaged app's own, else the one on the PATH."""
    bundled = _bundled()
    if bundled is not None:
        return str(bundled / "tesseract")
    return shutil.which("tesseract")


def installed_languages(program: str) -> set[str]:
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program and arguments, no content
            [program, "--list-langs"], capture_output=True, timeout=30, check=False, env=_env()
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return {line.strip() for line in lines[1:] if line.strip()}


def problem(languages: tuple[str, ...]) -> str | None:
    """Why OCR cannot run here with ``languages`` (a sentence), or None when it can."""
    program = executable()
    if program is None:
        return Text("text recognition (OCR) is not available: the Tesseract program is not installed")
    missing = sorted(set(languages) - installed_languages(program))
    if missing:
        return Text(
            "text recognition (OCR) is not available for {languages}: their language data is not installed",
            languages=", ".join(missing),
        )
    return None


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "TESSDATA_PREFIX", "LANG", "LC_ALL")}
    env["OMP_THREAD_LIMIT"] = "1"
    bundled = _bundled()
    if bundled is not None:  # the libraries it links are collected beside the app's own
        env["TESSDATA_PREFIX"] = str(bundled / "tessdata")
        env["LD_LIBRARY_PATH"] = str(bundled.parent)
    return env


def recognise(image: Image.Image, languages: tuple[str, ...]) -> Recognised:
    """Read ``image`` with Tesseract in ``languages``. Raises Unavailable, TooLong or ValueError."""
    return recognise_many([image], languages)[0]


def recognise_many(images: Sequence[Image.Image], languages: tuple[str, ...]) -> list[Recognised]:
    """Read ``images`` (at least one) in one Tesseract call, page segmentation automatic: what each
    shows, in order. Raises Unavailable, TooLong (the call used up its time: no page is answered) or
    ValueError (Tesseract failed)."""
    program = executable()
    if program is None:
        raise Unavailable(problem(languages))
    grays = [image if image.mode == "L" else image.convert("L") for image in images]
    buffer = io.BytesIO()
    first, *rest = grays
    first.save(buffer, "TIFF", compression="packbits", save_all=bool(rest), append_images=rest)
    try:
        done = subprocess.run(  # noqa: S603 - our program, languages from a fixed list, no shell
            [program, "stdin", "stdout", "-l", "+".join(languages), "--psm", "3", "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=WALL_S_PER_CALL,
            check=False,
            env=_env(),
            preexec_fn=_cpu_limit(CPU_S_PER_CALL),  # noqa: PLW1509 - the worker process runs no other thread
        )
    except subprocess.TimeoutExpired as exc:
        raise TooLong(Text("reading its text took longer than {seconds:.0f} s", seconds=exc.timeout)) from exc
    except (OSError, subprocess.SubprocessError) as exc:  # SubprocessError: the limit could not be set
        raise Unavailable(Text("text recognition (OCR) could not start")) from exc
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise TooLong(
            Text("reading its text took more than {seconds:.0f} s of processor time", seconds=CPU_S_PER_CALL)
        )
    if done.returncode != 0:
        reason = problem(languages)
        if reason is not None:
            raise Unavailable(reason)
        raise ValueError("tesseract failed")
    return parse_pages(done.stdout.decode("utf-8", "replace"), [g.size for g in grays])


def _cpu_limit(seconds: float) -> Callable[[], None] | None:
    """Run in Tesseract's process before it starts: its processor time limit (SIGXCPU, then SIGKILL)."""
    try:
        import resource
    except ImportError:  # not on this system: the clock's backstop alone
        return None

    def limit() -> None:
        soft, hard = max(1, round(seconds)), round(seconds) + 5
        _soft, ceiling = resource.getrlimit(resource.RLIMIT_CPU)  # a lower one set for the app stands
        if ceiling != resource.RLIM_INFINITY:
            soft, hard = min(soft, max(1, ceiling - 1)), min(hard, ceiling)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))

    return limit


def parse_pages(tsv: str, sizes: Sequence[tuple[int, int]]) -> list[Recognised]:
    """Each page's words and text from the TSV of a call given ``len(sizes)`` images (Tesseract numbers
    them from 1 in its ``page_num`` column). The words of one image must never be given to another (they
    are different originals, perhaps one protecting a source): each page must be announced once, in
    order, with its image's size (the level-1 row), or the whole answer is refused (ValueError)."""
    rows: list[list[list[str]]] = [[] for _ in sizes]  # each page's rows, split into their cells
    announced: list[tuple[int, tuple[int, int]]] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        page = cells[1] if len(cells) == 12 else ""
        if not (page.isascii() and page.isdigit() and 1 <= int(page) <= len(sizes)):
            continue
        if cells[0] == "1":
            announced.append((int(page), (_number(cells[8]), _number(cells[9]))))
        rows[int(page) - 1].append(cells)
    if announced != [(n + 1, tuple(size)) for n, size in enumerate(sizes)]:
        raise ValueError("tesseract's pages do not match the images given")
    return [_page(cells, size) for cells, size in zip(rows, sizes, strict=True)]


def _number(cell: str) -> int:
    return int(cell) if cell.isascii() and cell.isdigit() else -1


def _page(rows: list[list[str]], size: tuple[int, int]) -> Recognised:
    """Words (level 5 rows) of one page's rows of Tesseract's TSV, split into their 12 cells, and the
    text: words joined by spaces in reading order, lines by newlines, blocks by blank lines."""
    words: list[Word] = []
    lines: list[str] = []
    current: list[str] = []
    where: tuple[str, str, str] | None = None
    for cells in rows:
        if cells[0] != "5":
            continue
        text = cells[11].strip()
        try:
            left, top, width, height = (int(c) for c in cells[6:10])
            conf = float(cells[10])
        except ValueError:
            continue
        if not text or conf < 0 or len(words) >= MAX_WORDS:
            continue
        line = (cells[2], cells[3], cells[4])
        if where is not None and line != where:
            lines.append(" ".join(current))
            if line[0] != where[0]:
                lines.append("")
            current = []
        where = line
        current.append(text)
        words.append(Word(text, left, top, width, height, max(0, min(100, round(conf)))))
    if current:
        lines.append(" ".join(current))
    return Recognised("\n".join(lines).strip(), words, size)
