"""The outbound gate: every byte that leaves the vault is read here first, and only what it clears is written.

Every output — bundle, handover package, annex, draft, share, photograph, chart or timeline, the original
file of an evidence item — is written through vault/newfile.py, and ``PendingFile`` takes a
``Clearance``: a token only this module makes, after reading exactly what the file will hold
(``clear_bytes`` for a file made in memory, ``clear_original`` for a stored original, ``clear_lines`` for
the JSON lines of a bundle or package, and the file's name). A new kind of output cannot be written
without passing here (tests/unit/test_gate.py checks that nothing else in the code writes files).

What is read: the file's bytes with the readers (vault/readers: every piece of text a photograph, PDF,
DOCX, zip or other file carries, and the files inside it); for a stored original, the reading made of
those same bytes when they were examined (keyed by their SHA-256, by the same readers, in a worker
process); for JSON lines, every string in them, keys included. What is looked for: the identifiers of
the sources this vault can read (vault/guard/leakguard.py), at the level of protection the output requires
(``OUTSIDE_THE_GROUP`` or ``WITHIN_THE_GROUP``).

A place the readers could not read in full (``Reading.unread``: an undecodable stream, a part past a
limit, a compressed format without a reader) is a finding like a protected name: what it holds is not
known, so the output is refused naming it ("could not be read in full: <place>"), with the same remedies
(``export-file --reveal`` for a single explicit export; seal, withhold or a redacted working copy for
bundles, handover packages, shares and request packages). ONE exception: the raw-bytes safety net's
budget on an audio or video file whose container reader read its whole structure — the bytes left are
the media payload (``FileReading.payload``, kept apart from ``unread`` by the reader, never by its
wording), and a phone video of 100 MB would otherwise never travel.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from vault.errors import UserError, VaultError
from vault.exchange import evidence_sharing
from vault.guard.leakguard import OUTSIDE_THE_GROUP, Finding, Guard, LeakRefused, OriginalsRefused, TextPart
from vault.intake import derived, evidence
from vault.keys.identity import Identity
from vault.messages import Text
from vault.model.identifiers import readable_identifiers
from vault.ocr import engine as ocr_engine
from vault.ocr import queue as ocr_queue
from vault.ocr import run as ocr_run
from vault.readers.files import nested as _nested
from vault.readers.files import read_file
from vault.storage import attachments
from vault.storage.store import Connection

_ISSUER = object()  # only this module holds it: a Clearance cannot be made elsewhere


class NotCleared(VaultError):
    """Bytes about to be written are not the ones the gate read (a stored original changed, or a bug)."""

    def __init__(self) -> None:
        super().__init__(
            Text("the bytes to be written are not the ones the outbound gate read; nothing was written")
        )


class NotYetRead(UserError):
    """A stored original the readers have not read (received, or stored by an older version)."""

    def __init__(self, count: int) -> None:
        super().__init__(
            Text(
                "{n} stored original(s) have not been read in full yet, so nothing that carries them can "
                "leave; run `fieldvault examine` (or open the vault in the app) and try again",
                n=count,
            )
        )
        self.count = count


class PictureUnread(UserError):
    """A picture about to leave whose pixels OCR could not read here: what it shows is not known."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            Text("the text the picture shows could not be read, so it cannot leave ({reason})", reason=reason)
        )


class NotYetRecognised(UserError):
    """A stored original whose pages OCR has not read yet: what they say is not known, so it stays."""

    def __init__(self, count: int) -> None:
        super().__init__(
            Text(
                "{n} stored original(s) have photographed or scanned pages that text recognition (OCR) has "
                "not read yet, so nothing that carries them can leave; run `fieldvault ocr` (or let the app "
                "finish reading them) and try again",
                n=count,
            )
        )
        self.count = count


@dataclass(frozen=True)
class Clearance:
    """What the gate read and let through for one file: its name and the SHA-256 of each piece."""

    name: str
    pieces: frozenset[str]
    _issuer: object = field(repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._issuer is not _ISSUER:
            raise TypeError("only the outbound gate (vault/guard/gate.py) issues a clearance")

    def covers(self, sha256: str) -> bool:
        """True when a piece with this SHA-256 was read and cleared."""
        return sha256 in self.pieces


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_strings(value: Any) -> Iterator[str]:
    """Every string of a JSON value, keys included, in document order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


class Gate:
    """The gate for one output, with the identifiers this vault can read at ``levels`` of protection.

    ``what`` names the output in refusals ("the bundle", "the annex"). Findings accumulate over the
    checks (``findings``); ``refuse_if_any()`` raises LeakRefused listing every one, so an expert sees
    every place at once, and ``clearance()`` then issues the token the writer needs.
    """

    def __init__(
        self,
        conn: Connection | None,
        me: Identity | None,
        what: str,
        levels: Sequence[str] = OUTSIDE_THE_GROUP,
        guard: Guard | None = None,
    ) -> None:
        if guard is None:
            if conn is None or me is None:
                raise TypeError("a gate needs a vault, or a guard made from one")
            guard = Guard(readable_identifiers(conn, me), levels)
        self._conn = conn
        self.what = what
        self.guard = guard
        self.findings: list[Finding] = []
        self.flagged: dict[str, None] = {}  # evidence records whose originals name a source
        self._pieces: set[str] = set()

    def _vault_conn(self) -> Connection:
        if self._conn is None:
            raise TypeError("this gate reads files made in memory only (it has no vault)")
        return self._conn

    # -- reading ---------------------------------------------------------------------------------------

    def parts(self, parts: Iterable[TextPart]) -> list[Finding]:
        """Check text the output shows or carries (a caption, a recipient's name, a record field)."""
        found = self.guard.scan(parts)
        self.findings += found
        return found

    def unread(self, places: Iterable[str]) -> list[Finding]:
        """Places not read in full: each one a finding (see the module's docstring)."""
        found = [Finding(place, "", "", 0, 0, unread=True) for place in places]
        self.findings += found
        return found

    def name(self, file_name: str) -> list[Finding]:
        """Check the name a file will be written under."""
        return self.parts([TextPart(Text("file name"), file_name)])

    def data(self, data: bytes, label: str) -> list[Finding]:
        """Read bytes made in memory in full and check every text they carry; the piece is cleared."""
        reading = read_file(data)
        found = self.parts(TextPart(_nested(label, p.location), p.text) for p in reading.parts)
        found += self.unread(_nested(label, u) for u in reading.unread)
        self._pieces.add(sha256_of(data))
        return found

    def picture(self, data: bytes, label: str) -> list[Finding]:
        """A picture made in memory (a photograph's working copy): read like ``data``, and the text its
        pixels show read by OCR and checked too, so a photographed page naming a source stops it as a
        typed one would (a redacted copy is read as redacted). PictureUnread when OCR cannot run here."""
        found = self.data(data, label)
        languages = (
            ocr_queue.languages(self._conn) if self._conn is not None else ocr_engine.DEFAULT_LANGUAGES
        )
        try:
            text = ocr_run.read_picture(data, languages)
        except ocr_run.OcrUnavailable as exc:
            raise PictureUnread(str(exc)) from None
        return found + self.parts([TextPart(Text("{label}, text recognised (OCR)", label=label), text)])

    def original(self, sha256: str, label: str) -> list[Finding]:
        """Check a stored original by what the readers found in those exact bytes (NotYetRead if none)."""
        reading = derived.reading(self._vault_conn(), sha256)
        if reading is None:
            raise NotYetRead(1)
        if ocr_queue.pending_among(self._vault_conn(), [sha256]):
            raise NotYetRecognised(1)
        parts, unread = reading
        found = self.parts(TextPart(Text("{label}, {place}", label=label, place=w), t) for w, t in parts)
        found += self.unread(Text("{label}, {place}", label=label, place=u) for u in unread)
        self._pieces.add(sha256)
        return found

    def originals(self, shas: Sequence[str]) -> list[Finding]:
        """Check the stored originals an output carries, each located by its evidence record; a sealed
        copy (vault/exchange/evidence_sharing.py) is cleared unread. NotYetRead when one was never read."""
        conn = self._vault_conn()
        sealed = evidence_sharing.sealed_copies(conn)
        unread = unread_originals(conn, [sha for sha in shas if sha not in sealed])
        if unread:
            raise NotYetRead(len(unread))
        waiting = ocr_queue.pending_among(conn, [sha for sha in shas if sha not in sealed])
        if waiting:
            raise NotYetRecognised(len(waiting))
        owners = evidence.records_by_sha256(conn)
        parts: list[TextPart] = []
        owner_of: dict[str, str] = {}
        unread_places: list[str] = []
        for sha in shas:
            self._pieces.add(sha)
            if sha in sealed:
                continue
            record = owners.get(sha)
            label = (
                Text("evidence {id} original", id=record[:8])
                if record
                else Text("attachment {sha}", sha=sha[:12])
            )
            reading = derived.reading(conn, sha)
            for where, text in reading[0] if reading else ():
                place = Text("{label}, {place}", label=label, place=where)
                parts.append(TextPart(place, text))
                if record:
                    owner_of[place] = record
            for where in reading[1] if reading else ():
                place = Text("{label}, {place}", label=label, place=where)
                unread_places.append(place)
                if record:
                    owner_of[place] = record
        found = self.parts(parts)  # one scan over every original's parts: the guard batches them
        found += self.unread(unread_places)
        for finding in found:
            if finding.location in owner_of:
                self.flagged[owner_of[finding.location]] = None
        return found

    def refuse_originals(self, what: str) -> None:
        """OriginalsRefused listing every finding so far (and the evidence records flagged)."""
        if self.findings:
            raise OriginalsRefused(what, self.findings, list(self.flagged))

    def lines(self, lines: Iterable[bytes], label: Callable[[int], str]) -> tuple[str, int, int]:
        """Check JSON lines (revisions, audit entries): every string of each line, keys included, read
        as one text per line (so a name split across two fields is found too); ``label(n)`` locates
        line ``n``. Returns the lines' SHA-256, byte count and line count, and clears that SHA-256 (the
        writer writes the same lines again)."""
        digest = hashlib.sha256()
        size = count = 0
        batch: list[TextPart] = []
        for line in lines:
            digest.update(line)
            size += len(line)
            count += 1
            batch.append(TextPart(label(count), "\n".join(_json_strings(json.loads(line)))))
            if len(batch) > 5000:
                self.parts(batch)
                batch = []
        self.parts(batch)
        sha = digest.hexdigest()
        self._pieces.add(sha)
        return sha, size, count

    # -- deciding --------------------------------------------------------------------------------------

    def refuse_if_any(self) -> None:
        """LeakRefused listing every finding so far; returns when there is none."""
        if self.findings:
            raise LeakRefused(self.what, self.findings)

    def clearance(self, file_name: str, *, override: bool = False) -> Clearance:
        """The token a writer needs for ``file_name`` (whose name is checked too): refused while any
        finding stands; the file may hold exactly the pieces read so far.

        ``override``: the expert has seen the findings and writes the file anyway (only the export of
        an original to the expert's own disk allows this; the caller logs the findings with it).
        """
        self.name(file_name)
        if not override:
            self.refuse_if_any()
        return Clearance(file_name, frozenset(self._pieces), _ISSUER)

    def cleared_original_chunks(self, sha256: str) -> Iterator[bytes]:
        """The chunks of a cleared original, as stored."""
        if sha256 not in self._pieces:
            raise TypeError("this original was not read by the gate")
        return attachments.iter_chunks(self._vault_conn(), sha256)


def unread_originals(conn: Connection, shas: Iterable[str]) -> list[str]:
    """The originals among ``shas`` that the current readers have not read, or whose pages OCR has not
    read yet (to examine first: ``VaultService.examine_pending`` does both)."""
    shas = list(shas)
    waiting = set(ocr_queue.pending_among(conn, shas))
    return [sha for sha in shas if sha in waiting or derived.reading(conn, sha) is None]
