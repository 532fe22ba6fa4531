"""Tesseract, run as its own program with the image on a pipe: text, word boxes and confidences.

Tesseract (Apache-2.0) is run as a separate executable rather than linked into this process: the
binary wheels of the Python bindings bundle libtiff's JBIG codec (GPL-2.0+), which the app cannot ship
inside itself. The image goes to Tesseract's standard input and the words come back on its standard
output (TSV), so nothing is written to disk; started from an intake worker, Tesseract inherits the
worker's limits (no file writes of any size, bounded memory) and runs single-threaded (two OpenMP
threads per page on each core cost four times the time here).

The image goes over as a PNG at zlib level 1, not as raw PGM: Tesseract reads its standard input a
character at a time, which cost ~0.35 s of CPU for the 8.7 MB of a raw 300-dpi A4 page (15% of the
page), against ~0.09 s to encode the 0.3 MB PNG here. The pixels are the same (lossless).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from vault.messages import Text

DEFAULT_LANGUAGES = ("eng", "fra")
# Languages the app offers (Debian's tesseract-ocr-<code> packages; the build carries the same).
KNOWN_LANGUAGES = ("eng", "fra", "ara", "rus", "spa", "por")
MAX_WORDS = 20_000  # per page: a dense A4 page in 6-point type holds about 2,500
TIMEOUT_S = 90.0


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


def recognise(image: Image.Image, languages: tuple[str, ...], timeout_s: float = TIMEOUT_S) -> Recognised:
    """Read ``image`` with Tesseract in ``languages`` (page segmentation: automatic). Raises Unavailable."""
    program = executable()
    if program is None:
        raise Unavailable(problem(languages))
    gray = image if image.mode == "L" else image.convert("L")
    buffer = io.BytesIO()
    gray.save(buffer, "PNG", compress_level=1)  # lossless, 30x smaller than PGM (see the docstring)
    try:
        done = subprocess.run(  # noqa: S603 - our program, languages from a fixed list, no shell
            [program, "stdin", "stdout", "-l", "+".join(languages), "--psm", "3", "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=timeout_s,
            check=False,
            env=_env(),
        )
    except OSError as exc:
        raise Unavailable(Text("text recognition (OCR) could not start")) from exc
    if done.returncode != 0:
        reason = problem(languages)
        if reason is not None:
            raise Unavailable(reason)
        raise ValueError("tesseract failed")
    return parse_tsv(done.stdout.decode("utf-8", "replace"), gray.size)


def parse_tsv(tsv: str, size: tuple[int, int]) -> Recognised:
    """Words (level 5 rows) of Tesseract's TSV, and the text: words joined by spaces in reading order,
    lines by newlines, blocks by blank lines."""
    words: list[Word] = []
    lines: list[str] = []
    current: list[str] = []
    where: tuple[str, str, str] | None = None
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5":
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
