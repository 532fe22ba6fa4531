"""Photograph exports, report annexes and sanitized shares: outside the group, so each is leak-guarded
against confidential and protected identities, stripped of metadata, and logged as custody."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.annex_data import build_annex, newest_working_copy
from app.service_guard import GuardedPart
from app.share_data import build_share
from exporters.docx_annex import write_annex
from exporters.docx_share import Share, write_share
from exporters.images import Box, ImageError, working_copy
from vault import outfile
from vault.errors import InvalidInput, UserError
from vault.guard import distribution
from vault.guard.gate import Gate
from vault.guard.leakguard import TextPart
from vault.messages import Text, message_of
from vault.model import links
from vault.readers.leftover import leftover_metadata
from vault.storage import attachments, audit
from vault.storage.records import Record
from vault.storage.store import Connection

log = logging.getLogger("fieldvault.service")
MAX_PHOTO_BYTES = 512 * 1024**2
SHARE_DOCUMENT = "shared-information.docx"


@dataclass(frozen=True)
class PhotoExport:
    id: str
    path: Path
    sha256: str
    operations: tuple[str, ...]


@dataclass(frozen=True)
class AnnexReport:
    path: Path
    sha256: str
    claims: int
    evidence: int
    photos: int
    sources: int


@dataclass(frozen=True)
class ShareReport:
    id: str
    reference: str
    files: tuple[tuple[Path, str], ...]  # (path, SHA-256)
    items: int


def _is_image(rec: Record) -> bool:
    return rec.kind == "evidence" and str(rec.body.get("media_type", "")).startswith("image/")


def _extension(image: bytes) -> str:
    return ".jpg" if image.startswith(b"\xff\xd8") else ".png"


class ShareService(GuardedPart):
    """Mixin of VaultService: photographs, annexes, sanitized shares."""

    def _picture(
        self, evidence_id: str, *, redact: Sequence[Box] = (), rotate: int = 0, keep_icc: bool = False
    ) -> bytes | None:
        """A metadata-free working copy of an evidence photograph (None when it is not an image); its
        colour profile is dropped (pixels converted to sRGB) unless ``keep_icc``."""
        rec = self._core.get(evidence_id)
        if not _is_image(rec):
            return None
        data = attachments.read_all(self._vault.conn, str(rec.body["sha256"]), MAX_PHOTO_BYTES)
        try:
            picture = working_copy(data, strip=True, rotate=rotate, redact=redact, keep_icc=keep_icc).data
        except ImageError as exc:
            raise InvalidInput(
                Text("evidence {id}: {error}", id=rec.id, error=message_of(exc)), field="id"
            ) from None
        leftover = leftover_metadata(picture, keep_icc=keep_icc)
        if leftover:  # fail closed: a stripped copy that is not stripped must not leave
            raise UserError(
                Text(
                    "evidence {id}: the metadata-free copy still carries metadata ({places}); "
                    "nothing was exported",
                    id=rec.id,
                    places="; ".join(leftover),
                )
            )
        return picture

    def _newest_picture(self, evidence_id: str) -> bytes | None:
        return self._picture(newest_working_copy(self._vault.conn, evidence_id))

    def export_photo(
        self, ref: str, out: Path, *, redact: Sequence[Box] = (), rotate: int = 0, keep_icc: bool = False
    ) -> PhotoExport:
        """A photograph without EXIF, XMP, GPS, serials or colour profile (``keep_icc`` keeps the profile,
        which the gate then reads like the rest), optionally with boxes burnt in, logged."""
        rec = self._core.get(self._core.resolve_id(ref))
        if not _is_image(rec):
            raise InvalidInput(Text("record {id} is not a photograph", id=rec.id), field="id")
        outfile.check_target(out)
        image = self._picture(rec.id, redact=redact, rotate=rotate, keep_icc=keep_icc)
        assert image is not None  # noqa: S101 (checked above: it is an image)
        gate = self.gate(Text("the photograph export"))
        gate.picture(image, Text("the photograph"))  # its metadata, and the text its pixels show (OCR)
        clearance = gate.clearance(out.name)
        operations = ["strip metadata", *([f"rotate {rotate % 360}"] if rotate % 360 else [])]
        operations += [f"redact {len(redact)} area(s)"] if redact else []
        operations += ["keep colour profile"] if keep_icc else []
        with self._export() as export:
            sha = export.add(out, [image], clearance)
            detail = {"what": "photograph", "from_sha256": rec.body["sha256"], "sha256": sha}
            export.audit(rec.id, {**detail, "operations": operations})
        log.info("photograph exported (%s)", rec.id)
        return PhotoExport(rec.id, out, sha, tuple(operations))

    def export_picture(self, what: str, out: Path, data: bytes, labels: Sequence[tuple[str, str]]) -> str:
        """Write a picture the app drew (``chart``, ``timeline``: PNG or SVG bytes) to ``out``, logged.

        The outbound gate reads the labels the picture shows (``(place, text)`` pairs: the pixels of a
        PNG cannot be read back), the bytes themselves (an SVG's text, a PNG's metadata) and the file
        name; LeakRefused lists every place that names a source. Returns the SHA-256 written.
        """
        if what not in ("chart", "timeline"):
            raise InvalidInput(Text("a picture export is a chart or a timeline"), field="what")
        outfile.check_target(out)
        gate = self.gate(Text("the picture export"))
        gate.parts(TextPart(place, text) for place, text in labels)
        gate.data(data, Text("the picture"))
        clearance = gate.clearance(out.name)
        with self._export() as export:
            sha = export.add(out, [data], clearance)
            export.audit(None, {"what": what, "sha256": sha})
        return sha

    def export_annex(self, investigation: str, out: Path) -> AnnexReport:
        """The investigation's report annex as DOCX, leak-guarded, logged on the investigation and on every
        evidence item it shows."""
        inv = links.resolve_ref(self._vault.conn, investigation)
        outfile.check_target(out)
        build = build_annex(self._vault.conn, inv, date.today().isoformat(), self._newest_picture)
        gate = self.gate(Text("the annex"))
        gate.parts(build.parts)
        gate.name(out.name)
        gate.refuse_if_any()  # before the document is even made: say where the records name a source
        data = write_annex(build.annex)
        gate.data(data, Text("the annex document"))
        clearance = gate.clearance(out.name)
        with self._export() as export:
            sha = export.add(out, [data], clearance)
            export.audit(inv, {"what": "annex", "sha256": sha, "evidence": list(build.evidence_ids)})
            for rid in build.evidence_ids:
                export.audit(rid, {"what": "annex entry", "annex_sha256": sha})
        log.info("annex exported (%s)", inv)
        a = build.annex
        return AnnexReport(out, sha, len(a.claims), len(a.evidence), len(a.photos), len(a.sources))

    def export_share(self, refs: Sequence[str], to: str, authority: str, out: Path) -> ShareReport:
        """Selected records, sanitized, for ``to`` under ``authority``: one DOCX (``out`` ending in .docx)
        or a new folder holding the DOCX, the photographs and SHA256SUMS. The share is a record."""
        to, authority = " ".join(to.split()), authority.strip()
        if not to:
            raise InvalidInput(Text("name who the share is for (--to)"), field="to")
        if not authority:
            raise InvalidInput(Text("state the authority for sharing (--authority)"), field="authority")
        if not refs:
            raise InvalidInput(Text("name at least one record to share"), field="id")
        conn = self._vault.conn
        ids = list(dict.fromkeys(links.resolve_ref(conn, r) for r in refs))
        as_folder = out.suffix.lower() != ".docx"
        if out.exists():
            raise UserError(Text("{out} already exists; choose another name", out=str(out)))
        reference = distribution.new_copy_id()
        build = build_share(conn, ids, self._newest_picture)
        names = [(f"{n}{_extension(img)}", img) for n, img in build.photo_files] if as_folder else []
        gate = self.gate(Text("the share"))
        stated = [
            TextPart(Text("recipient (--to)"), to),
            TextPart(Text("authority (--authority)"), authority),
        ]
        file_names = [TextPart(Text("file name"), n) for n in (out.name, *(n for n, _ in names))]
        gate.parts([*stated, *build.parts, *file_names])
        gate.refuse_if_any()
        share = Share(to, authority, date.today().isoformat(), reference, build.items)
        document = write_share(share)
        files = [(SHARE_DOCUMENT, document), *names] if as_folder else [(out.name, document)]
        pictures = {name for name, _ in names}
        for name, data in files:
            if name in pictures:  # a photograph: the text its pixels show too (OCR)
                gate.picture(data, Text("shared file {name}", name=name))
            else:
                gate.data(data, Text("shared file {name}", name=name))
        gate.refuse_if_any()
        folder = out if as_folder else out.parent
        if as_folder:
            self._new_folder(out)
        try:
            written = self._write_share(gate, folder, files, to, authority, reference, ids)
        except BaseException:
            if as_folder and not any(out.iterdir()):
                out.rmdir()
            raise
        log.info("share exported (%s)", written[0])
        return ShareReport(written[0], reference, written[1], len(ids))

    @staticmethod
    def _new_folder(out: Path) -> None:
        if not out.parent.is_dir():
            raise UserError(Text("{folder} is not a folder", folder=str(out.parent)))
        try:
            out.mkdir(mode=0o700)
        except OSError as exc:
            error = exc.strerror or Text("I/O error")
            raise UserError(Text("cannot create {out}: {error}", out=str(out), error=error)) from None

    def _write_share(
        self,
        gate: Gate,
        folder: Path,
        files: Sequence[tuple[str, bytes]],
        to: str,
        authority: str,
        reference: str,
        ids: Sequence[str],
    ) -> tuple[str, tuple[tuple[Path, str], ...]]:
        shared: list[Record] = []
        with self._export(Text("recording the share")) as export:
            written = [
                (folder / name, export.add(folder / name, [data], gate.clearance(name)))
                for name, data in files
            ]
            if len(files) > 1:  # a folder: let the recipient check every file with sha256sum -c
                sums = "".join(f"{sha}  {path.name}\n" for path, sha in written).encode()
                gate.data(sums, Text("shared file {name}", name="SHA256SUMS"))
                sums_sha = export.add(folder / "SHA256SUMS", [sums], gate.clearance("SHA256SUMS"))
                written.append((folder / "SHA256SUMS", sums_sha))

            def record(conn: Connection) -> None:
                rec = distribution.record_share(
                    conn,
                    self._vault.identity,
                    to=to,
                    authority=authority,
                    reference=reference,
                    items=ids,
                    files=[sha for _, sha in written],
                )
                for rid in ids:
                    audit.append(conn, self._core.key_id, "export", rid, {"what": "shared", "share": rec.id})
                shared.append(rec)

            export.then(record)
        return shared[0].id, tuple(written)
