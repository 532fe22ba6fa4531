"""Hostile files campaign: malformed and malicious inputs imported through ``fieldvault import``.

For every file: no crash (no traceback, no "unexpected internal error"), no hang (the import runs in a
subprocess under a generous timeout, a hang detector only), a message naming the file, and its exact
bytes stored as evidence whenever the file can be read from disk. Files whose content cannot be parsed
must carry a "could not be read" warning. Special files (a FIFO, a device, a folder, a missing or
dangling path) are refused by name. The vault verifies afterwards.

The corpus is fixed (``corpus()``); ``mutants()`` adds random truncations and byte flips of valid files
for the long campaign.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests import media
from tests.helpers import PASSPHRASE
from tests.reliability import hostile_formats as hf
from tests.reliability import hostile_media as hm
from tests.reliability.group import create_vault, open_vault

ROOT = Path(__file__).resolve().parents[2]
IMPORT_TIMEOUT_S = 900  # hang detector for one run (one file or a batch), far above any honest import
CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n\t"} | {chr(c) for c in range(0x7F, 0xA0)}
BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


@dataclass(frozen=True)
class Hostile:
    """One file of the corpus: its name, its bytes (or what special file it is), what is due."""

    name: str  # the file's name on disk (may hold control characters)
    data: bytes | None  # None: a special file (see ``special``)
    must_warn: bool = False  # the content cannot be parsed: a "could not be read" warning is due
    special: str | None = None  # fifo, device, folder, missing, dangling
    together: bool = False  # imported in one run with the others so marked (a hang names the batch)


def _valid() -> dict[str, bytes]:
    return {
        "photo.jpg": media.jpeg(320, 240),
        "scan.png": media.png(),
        "scan.tiff": media.tiff(),
        "manifest.pdf": media.pdf(("Container MSKU 123", "Page two")),
        "letter.docx": media.docx_file(),
    }


def corpus() -> list[Hostile]:
    """The fixed hostile corpus (about 75 files)."""
    files = [
        Hostile(f"truncated-{int(keep * 100)}-{name}", media.truncated(data, keep), True)
        for name, data in _valid().items()
        if not name.endswith(".tiff")
        for keep in (0.1, 0.6)
    ]
    files += [
        Hostile("png-bomb.png", media.png_bomb(), True),
        Hostile("jpeg-claiming-65500x65500.jpg", hm.jpeg_claiming(65500, 65500), True),
        Hostile("jpeg-claiming-zero-size.jpg", hm.jpeg_claiming(0, 0), True),
        Hostile("huge-exif.jpg", hm.huge_exif()),
        Hostile("exif-loop.jpg", hm.exif_loop()),
        Hostile("exif-overclaiming.jpg", hm.exif_overclaiming()),
        Hostile("tiff-ifd-loop.tiff", hm.tiff_ifd_loop()),
        Hostile("encrypted.pdf", media.pdf(password="s3cret"), True),
        Hostile("deep-nesting.pdf", hm.pdf_deep_nesting(), True),
        Hostile("claims-2-billion-pages.pdf", hm.pdf_claiming_pages()),
        Hostile("6000-pages.pdf", hm.pdf_many_pages()),
        Hostile("page-tree-loop.pdf", hm.pdf_page_tree_loop(), True),
        Hostile("broken-xref.pdf", hm.pdf_broken_xref()),
        Hostile("no-xref.pdf", hm.pdf_without_xref()),
        Hostile("stream-bomb-1gib.pdf", hm.pdf_stream_bomb()),
        Hostile("zip-bomb.docx", media.docx_zip_bomb(), True),
        Hostile("billion-laughs.docx", media.docx_with_entities(), True),
        Hostile("external-entity.docx", hm.docx_external_entity(), True),
        Hostile("deep-xml.docx", hm.docx_deep_xml(), True),
        Hostile("6000-members.docx", media.docx_many_members(), True),
        Hostile("traversal-members.docx", hm.docx_traversal_members()),
        Hostile("bad-crc.docx", hm.docx_bad_crc(), True),
        Hostile("empty.pdf", b"", False),
        Hostile("nul-and-bad-utf8.txt", b"caf\xe9\0\xff\xfe text " * 1000),
        Hostile("..%2F..%2Fetc%2Fpasswd.txt", b"a name that spells a path traversal\n"),
        Hostile("..\\..\\windows-traversal.txt", b"backslashes in a name\n"),
        Hostile("line\nbreak\rand\ttab.txt", b"control characters in a name\n"),
        Hostile("escape-\x1b[31mred\x1b[0m-\x07bell.txt", b"terminal escapes in a name\n"),
        Hostile("right-to-left-\u202etxt.exe", b"a name that reads backwards\n"),
        Hostile("long-" + "n" * 240 + ".txt", b"a 250-character name\n"),
        *_new_formats(),
        Hostile("fifo", None, special="fifo"),
        Hostile("device", None, special="device"),
        Hostile("folder.pdf", None, special="folder"),
        Hostile("missing.jpg", None, special="missing"),
        Hostile("dangling.docx", None, special="dangling"),
    ]
    return files


def _new_formats() -> list[Hostile]:
    """E-mail, Outlook, audio, video and spreadsheets: truncated (most still parse in part), then built
    to hurt (vault/intake/mail.py, bmff.py, ebml.py, audio.py, sheets.py)."""
    files = [
        Hostile(f"truncated-{int(keep * 100)}-{name}", media.truncated(data, keep))
        for name, data in hf.valid().items()
        for keep in (0.1, 0.6)
    ]
    files += [
        Hostile("mime-nested-3000-deep.eml", hf.mime_nested(3000), True),
        Hostile("mime-5000-parts.eml", hf.mime_many_parts(5000)),
        Hostile("forwarded-60-deep.eml", hf.forwarded_nested(60)),
        Hostile("huge-encoded-words.eml", hf.huge_encoded_words()),
        Hostile("box-claiming-exabytes.mp4", hf.mp4_claiming_exabytes()),
        Hostile("boxes-5000-deep.mp4", hf.mp4_deep_nesting(5000)),
        Hostile("200000-boxes.mp4", hf.mp4_many_boxes(200_000)),
        Hostile("id3-frame-inflating-64mib.mp3", hf.id3_inflating(64 * 1024 * 1024)),
        Hostile("ogg-claiming-4-billion-comments.opus", hf.ogg_claiming_comments()),
        Hostile("ebml-size-2-56.webm", hf.ebml_claiming_2_56()),
        Hostile("amr-5-million-frames.amr", hf.amr_single_byte_frames(5_000_000)),
        Hostile("entities.xlsx", hf.xlsx_with_entities(), True),
        Hostile("zip-bomb.xlsx", hf.xlsx_zip_bomb(), True),
    ]
    # One import run for all of them (a run costs seconds of start-up and unlocking).
    return [Hostile(f.name, f.data, f.must_warn, f.special, together=True) for f in files]


def mutants(rng: random.Random, count: int) -> list[Hostile]:
    """Random truncations and byte flips of valid files (no warning required: some still parse)."""
    seeds = list(_valid().items()) + list(hf.valid().items())
    out = []
    for i in range(count):
        name, data = rng.choice(seeds)
        altered = bytearray(data)
        if rng.random() < 0.4:
            altered = altered[: rng.randrange(len(altered))]
        for _ in range(rng.randint(1, 12)):
            if altered:
                altered[rng.randrange(len(altered))] = rng.randrange(256)
        out.append(Hostile(f"mutant-{i}-{name}", bytes(altered)))
    return out


def _materialize(item: Hostile, folder: Path) -> Path:
    path = folder / item.name
    makers: dict[str | None, Callable[[], object]] = {
        None: lambda: path.write_bytes(item.data or b""),
        "fifo": lambda: os.mkfifo(path),
        "device": lambda: path.symlink_to("/dev/zero"),
        "folder": lambda: path.mkdir(),
        "missing": lambda: None,
        "dangling": lambda: path.symlink_to(folder / "nowhere"),
    }
    makers[item.special]()
    return path


@dataclass
class HostileOutcome:
    """What the hostile files campaign did and found."""

    files: int = 0
    stored: int = 0
    warned: int = 0
    refused_by_name: int = 0
    failures: list[str] = field(default_factory=list)
    # Not failures of this campaign: behaviour to report to the owner of the code (see the note).
    control_characters_echoed: list[str] = field(default_factory=list)


def import_files(vault: Path, items: list[Hostile], folder: Path, outcome: HostileOutcome) -> list[Path]:
    """Import ``items`` in one ``fieldvault import --json`` run and check each file's outcome; returns
    the paths of the files that can be read from disk."""
    folder.mkdir()
    paths = [_materialize(item, folder) for item in items]
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app", "import", str(vault), *map(str, paths), "--json"],
            cwd=ROOT,
            capture_output=True,
            env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
            timeout=IMPORT_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        outcome.failures.append(f"the import of {[i.name for i in items][:3]}… did not end (hang)")
        return []
    out, err = result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")
    if "Traceback" in err or "unexpected internal error" in err or result.returncode not in (0, 1):
        outcome.failures.append(f"the import crashed (exit {result.returncode}): {err[-400:]!r}")
        return []
    try:
        stored = {item["name"]: item for item in json.loads(out)}
    except json.JSONDecodeError:
        outcome.failures.append(f"the import printed no JSON list: {out[-200:]!r}")
        return []
    for item, path in zip(items, paths, strict=True):
        outcome.files += 1
        outcome.failures += [f"{item.name!r}: {p}" for p in _check_one(item, path, stored, err, outcome)]
    return [p for i, p in zip(items, paths, strict=True) if i.data is not None]


def _check_terminal_output(vault: Path, paths: list[Path], outcome: HostileOutcome) -> None:
    """What a person sees: the same files imported again without --json (each is already stored, so
    this only links and prints). Control characters from file names must not reach the terminal."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "import", str(vault), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
        timeout=IMPORT_TIMEOUT_S,
        check=False,
    )
    text = (result.stdout + result.stderr).decode(errors="replace")
    echoed = sorted({repr(c) for c in text if c in CONTROL or c in BIDI})
    if echoed:
        outcome.control_characters_echoed.append(" ".join(echoed))


def _check_one(
    item: Hostile, path: Path, stored: dict[str, dict[str, object]], err: str, outcome: HostileOutcome
) -> list[str]:
    if item.data is None:
        if f"cannot import {path}: " not in err:
            return ["a special file was not refused by name"]
        outcome.refused_by_name += 1
        return []
    got = stored.get(item.name)
    if got is None:
        return ["readable from disk but not stored"]
    outcome.stored += 1
    problems = []
    if got["sha256"] != hashlib.sha256(item.data).hexdigest():
        problems.append("stored bytes differ from the file")
    warned = f"warning: {path}: could not be read" in err
    outcome.warned += int(warned)
    if item.must_warn and not warned:
        problems.append("unparseable content was stored without a 'could not be read' warning")
    return problems


def hostile_campaign(workdir: Path, mutant_count: int, seed: int, batch: int = 60) -> HostileOutcome:
    """Import each file of the corpus on its own (so a hang names its file), then ``mutant_count``
    mutants in batches, into a fresh vault; then check what a terminal shows, and verify the vault."""
    outcome = HostileOutcome()
    workdir.mkdir(parents=True, exist_ok=True)
    vault = workdir / "hostile.fvault"
    create_vault(vault)
    readable: list[Path] = []
    items = corpus()
    for i, item in enumerate(i for i in items if not i.together):
        readable += import_files(vault, [item], workdir / f"corpus-{i}", outcome)
    readable += import_files(vault, [i for i in items if i.together], workdir / "corpus-together", outcome)
    _check_terminal_output(vault, readable, outcome)
    items = mutants(random.Random(seed), mutant_count)  # noqa: S311 - test data
    for start in range(0, len(items), batch):
        import_files(vault, items[start : start + batch], workdir / f"batch-{start}", outcome)
    with open_vault(vault) as service:
        outcome.failures += service.verify().problems
    return outcome
