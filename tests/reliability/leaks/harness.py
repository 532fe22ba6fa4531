"""The suite's world and its expectations.

The world: an expert vault holding an investigation, a protected source S-001 (Jean Dupont, alias Papa
Tango, two phone numbers, an e-mail address, a Telegram link), a protected source S-002 (Mohammed
Al-Hassan), a public source and notes naming public people; a group archive with the expert enrolled;
a successor's identity for handover packages. It is built once per test run; a test copies the vault
folder (``World.fresh``), so cases never see each other's files, notes or bundles.

Commands run in this process through ``app.entry.cli.main`` (as tests/helpers.run_cli does, but capturing
stdout, stderr and the CLI's own log handler without pytest's function-scoped capsys, so that fixtures
shared by a module can drive the CLI too).

A refusal (``assert_refused``) is: exit code 2; stderr names the source by code and the place; neither
stderr nor stdout repeats the identifier in any form; the output is not created.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.entry import logs
from app.entry.cli import main
from tests.helpers import CLI_KDF, PASSPHRASE, CliResult
from tests.reliability.leaks.cases import ALIAS, CONTACTS, NAME, NAME_2

PUBLIC_SOURCE = "Bintou Keita"
WORLD_NOTES = (
    ("Briefing", "Bintou Keita briefed the Council on Goma; Joseph Kabila was not mentioned."),
    ("Press", "Press office of MONUSCO (press@monusco.org) confirmed the convoy left Bunia."),
    ("Port", "MV Ocean Star, IMO 9074729, called at Matadi on 12 March 2024."),
)


@contextlib.contextmanager
def _captured(out: io.StringIO, err: io.StringIO) -> Iterator[None]:
    saved_env = os.environ.get("FIELDVAULT_PASSPHRASE")
    os.environ["FIELDVAULT_PASSPHRASE"] = PASSPHRASE
    logs.configure()  # the CLI's log handler exists (bound to the test's stderr) before it is redirected
    handlers = [h for h in logging.getLogger("fieldvault").handlers if isinstance(h, logging.StreamHandler)]
    streams = [h.stream for h in handlers]
    for h in handlers:  # not setStream: it flushes the old stream, which an earlier test may have closed
        h.stream = err
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield
    finally:
        for h, stream in zip(handlers, streams, strict=True):
            h.stream = stream
        if saved_env is None:
            del os.environ["FIELDVAULT_PASSPHRASE"]
        else:
            os.environ["FIELDVAULT_PASSPHRASE"] = saved_env


def cli(*args: str | Path) -> CliResult:
    """``fieldvault ARGS`` in this process: its exit code, stdout and stderr (with its log lines)."""
    out, err = io.StringIO(), io.StringIO()
    with _captured(out, err):
        code = main([str(a) for a in args])
    return CliResult(code, out.getvalue(), err.getvalue())


def ok(*args: str | Path) -> CliResult:
    """``cli(ARGS)`` that must succeed."""
    result = cli(*args)
    assert result.code == 0, f"fieldvault {' '.join(map(str, args[:2]))} exited {result.code}: {result.err}"
    return result


def add_record(vault: Path, kind: str, data: dict[str, Any]) -> str:
    return ok("record", "add", vault, kind, "--data", json.dumps(data, ensure_ascii=False)).out.strip()


def import_file(vault: Path, path: Path, *extra: str) -> str:
    """Import one file (``extra``: --from, --investigation); returns the evidence id."""
    (outcome,) = ok("import", vault, path, "--json", *extra).json()
    return str(outcome["id"])


def import_files(vault: Path, paths: list[Path], *extra: str) -> list[str]:
    """Import several files in one command (one pool of examiners); their evidence ids, in order."""
    outcomes = ok("import", vault, *paths, "--json", *extra).json()
    assert [o["name"] for o in outcomes] == [p.name for p in paths], outcomes
    return [str(o["id"]) for o in outcomes]


@dataclass
class World:
    root: Path
    vault: Path  # the base vault: copy it with fresh(), never write to it
    archive: Path  # the base archive: copy it with fresh_archive()
    archive_id: Path
    successor_id: Path
    age_key: Path  # the archive's age identity: stock `age -d -i` reads a written bundle with it
    investigation: str
    sources: dict[str, str] = field(default_factory=dict)  # code -> record id
    _made: set[str] = field(default_factory=set)

    def folder(self, name: str) -> Path:
        """An empty folder of its own for one case (``name`` must not contain an identifier)."""
        assert name not in self._made, f"case folder {name} used twice"
        self._made.add(name)
        path = self.root / "cases" / name
        path.mkdir(parents=True)
        return path

    def fresh(self, folder: Path) -> Path:
        """A copy of the base vault in ``folder`` (its own history: bundles start from #1)."""
        return Path(shutil.copytree(self.vault, folder / "field.fvault"))

    def fresh_archive(self, folder: Path) -> Path:
        return Path(shutil.copytree(self.archive, folder / "archive.fvault"))


def build_world(root: Path) -> World:
    vault, archive, successor = root / "base.fvault", root / "archive.fvault", root / "successor.fvault"
    ok("init", vault, *CLI_KDF)
    ok("init", successor, *CLI_KDF)
    ok("archive", "init", archive, *CLI_KDF)
    ids = {name: root / f"{name}.id" for name in ("expert", "archive", "successor")}
    for name, path in (("expert", vault), ("archive", archive), ("successor", successor)):
        ok("identity", "export", path, ids[name])
    ok("archive", "enroll", archive, ids["expert"], "--name", "Expert One")
    age_key = root / "archive-age-identity.txt"
    ok("archive", "export-age-identity", archive, age_key, "--yes")
    inv = add_record(vault, "investigation", {"title": "Harbour depot", "area": "arms embargo"})
    world = World(root, vault, archive, ids["archive"], ids["successor"], age_key, inv)
    world.sources["S-001"] = add_record(
        vault,
        "source",
        {
            "code": "S-001",
            "name": NAME,
            "aliases": [ALIAS],
            "contacts": CONTACTS,
            "protection": "protected",
            "type": "informant",
            "investigation": inv,
        },
    )
    world.sources["S-002"] = add_record(
        vault,
        "source",
        {
            "code": "S-002",
            "name": NAME_2,
            "protection": "protected",
            "type": "informant",
            "investigation": inv,
        },
    )
    world.sources["S-003"] = add_record(
        vault,
        "source",
        {
            "code": "S-003",
            "name": PUBLIC_SOURCE,
            "organisation": "MONUSCO",
            "contacts": "+1 212 963 1234, spokesperson@monusco.org",
            "protection": "public",
            "type": "un",
            "investigation": inv,
        },
    )
    for title, body in WORLD_NOTES:
        ok("note", "add", vault, "--title", title, "--body", body, "--investigation", inv)
    return world


# --- what must never be repeated ---------------------------------------------------------------------

_CONFUSABLES = str.maketrans(
    {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ԁ": "d"}
)
# Checked as substrings of the folded text (words kept apart by single spaces) …
WORDS = ("dupont", "jean", "papa tango", "hassan", "jdupont", "mohammed", "muhammad")
# … and of the text with everything but letters removed ("Du-\npont", "P a p a  T a n g o").
SQUASHED = ("dupont", "papatango")
DIGITS = ("2345678", "765432")
ARABIC = ("محمد", "حسن")
_DIGIT_RUN = re.compile(r"\d(?:[\s\-\u2010-\u2015.()/+]{0,3}\d)*")


def fold(text: str, compatibility: bool = True) -> str:
    """Text as a reader sees it: accents, invisible and combining marks, case and Cyrillic look-alikes
    folded, and with ``compatibility`` the compatibility forms too (full-width letters, ligatures); every
    run of other characters one space."""
    chars = []
    for ch in unicodedata.normalize("NFKD" if compatibility else "NFD", text):
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        chars.append(ch)
    folded = "".join(chars).casefold().translate(_CONFUSABLES)
    return re.sub(r"[^\w]+|_+", " ", folded)


def exposed(text: str, digits: tuple[str, ...] = DIGITS, *, written: bool = False) -> list[str]:
    """Which forms of the sources' identifiers ``text`` repeats (empty when none).

    ``written``: ``text`` was decoded from a file's bytes, whatever they are. Then compatibility forms
    are not expanded (one random UTF-16 unit, U+FDF4, is the ligature "Muhammad" and would expand to
    the Arabic name) and letters are not joined across other characters (random bytes hold letters)."""
    folded = fold(text, compatibility=not written)
    found = [w for w in WORDS if w in folded]
    if not written:
        squashed = re.sub(r"[^a-z]", "", folded)
        found += [f"{w} (spaced out)" for w in SQUASHED if w in squashed and w not in found]
    runs = ["".join(ch for ch in run if ch.isdigit()) for run in _DIGIT_RUN.findall(folded)]
    found += [d for d in digits if any(d in run for run in runs)]
    found += [a for a in ARABIC if a in folded]
    return sorted(set(found))


def exposed_bytes(data: bytes, digits: tuple[str, ...] = ("12345678", "98765432")) -> list[str]:
    """``exposed`` over bytes read as UTF-8, UTF-16 (both orders, both alignments) and Latin-1.

    The phone numbers are looked for by their whole eight-digit tails here: a written file holds hashes,
    and a seven-digit run of a hexadecimal hash is not a phone number."""
    texts = [data.decode("utf-8", "ignore"), data.decode("latin-1")]
    texts += [data.decode(enc, "ignore") for enc in ("utf-16-le", "utf-16-be")]
    texts += [data[1:].decode(enc, "ignore") for enc in ("utf-16-le", "utf-16-be")]
    return sorted({w for text in texts for w in exposed(text, digits, written=True)})


def metadata_of(path: Path) -> str:
    """Every tag exiftool reads in a file (all groups, embedded documents too), as JSON text."""
    result = subprocess.run(
        ["exiftool", "-a", "-G1", "-j", "-ee", str(path)], capture_output=True, text=True, check=False
    )
    return result.stdout


def assert_refused(result: CliResult, *, code: str, place: str, out: Path | None = None) -> None:
    """The command refused because the output would name source ``code``, said where (``place``, a
    regular expression), never repeated the identifier, and wrote nothing at ``out``."""
    assert result.code == 2, (
        f"expected a refusal naming {code} (exit 2), got exit {result.code}\nstdout: {result.out}\n"
        f"stderr: {result.err}"
    )
    assert code in result.err, f"the refusal does not name the source {code}: {result.err}"
    assert re.search(place, result.err, re.I), f"the refusal does not name the place /{place}/: {result.err}"
    leaked = exposed(result.err) + exposed(result.out)
    assert not leaked, f"the refusal repeats the identifier ({', '.join(leaked)})"
    if out is not None:
        assert not out.exists(), f"{out.name} was written although the command was refused"
        siblings = [p.name for p in out.parent.iterdir()] if out.parent.exists() else []
        assert not [s for s in siblings if s.startswith(out.name)], f"left behind: {siblings}"


def assert_verifies(vault: Path) -> None:
    result = cli("verify", vault, "--json")
    assert result.code == 0, f"verify failed: {result.out}{result.err}"
    assert result.json()["ok"], f"the vault no longer verifies: {result.out}"


def open_bundle(world: World, bundle: Path) -> bytes:
    """A written bundle's plaintext (a tar: manifest, revisions, audit, attachments), decrypted by the
    stock age tool with the archive's escrowed identity."""
    result = subprocess.run(
        ["age", "-d", "-i", str(world.age_key), str(bundle)], capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def short(record_id: str) -> str:
    """How a refusal names a record: its id's first eight characters."""
    return re.escape(record_id[:8])
