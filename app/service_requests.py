"""Requests from courts and accountability mechanisms: the register, the per-item verdicts, the package
that answers a request, and what has been given to whom.

A package goes out through the outbound gate like every export: each original is read by the gate
before it may go (app/request_select.py decides per item), every file made for the package is read in
full, and only what it clears is written (app/service_part.py ``_export``). Once the files are on disk,
one transaction records the ``disclosure`` (a record: it travels in bundles, so the archive knows), an
audit entry on the request and a ``disclose`` custody entry on every item given.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app import request_package as rp
from app.request_select import Selection, Verdict, consents, gather, verdicts
from app.service_guard import GuardedPart
from vault.errors import InvalidInput, UserError, VaultCorrupt
from vault.exchange import sshsig
from vault.guard import gate as gate_module
from vault.guard.distribution import new_copy_id
from vault.guard.gate import sha256_of
from vault.messages import Text
from vault.model import ops, queries
from vault.model import request as request_model
from vault.storage import attachments, audit, records, revisions
from vault.storage.records import Record
from vault.storage.store import Connection

log = logging.getLogger("fieldvault.service")


@dataclass(frozen=True)
class RequestStatus:
    """A request in the register, with the days left before its deadline (None: no deadline, or not
    open) and how many packages have answered it."""

    id: str
    authority: str
    jurisdiction: str | None
    reference: str | None
    received: str
    deadline: str | None
    status: str
    days_left: int | None
    packages: int


@dataclass(frozen=True)
class PackageReport:
    disclosure: str  # the disclosure record's id
    out: Path
    package_sha256: str  # SHA-256 of SHA256SUMS
    package_id: str
    verdicts: tuple[Verdict, ...]
    files: int


@dataclass(frozen=True)
class Disclosure:
    """One package that gave an item (or anything) to an authority."""

    id: str
    request: str
    authority: str
    reference: str | None
    issued_at: str
    package_sha256: str
    items: tuple[str, ...]


def _purpose_of(body: Mapping[str, Any]) -> str:
    value = body.get("purpose")
    return (
        value if isinstance(value, str) and value in request_model.PURPOSES else request_model.DEFAULT_PURPOSE
    )


def _purpose(conn: Connection, rid: str, body: Mapping[str, Any], me: str) -> str:
    """The consent scope an answer to this request needs (``court`` for a request without one), as the
    request's author or this vault (``me``) last set it: a purpose changed by another key's revision
    (a colleague's bundle) is not trusted, and the last trusted one is used."""
    revs = revisions.for_record(conn, rid)
    trusted = {revs[0].author, me} if revs else {me}
    if not any(r.author not in trusted and not r.tombstone for r in revs):
        return _purpose_of(body)
    kept = [r for r in revs if r.author in trusted and not r.tombstone]
    return _purpose_of(kept[-1].body) if kept else request_model.DEFAULT_PURPOSE


def _listed(value: object) -> list[str]:
    """The ids of a disclosure's list (one received from another vault is read as what it holds)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


class RequestService(GuardedPart):
    """Part of VaultService: requests from courts and accountability mechanisms."""

    # --- the register ---------------------------------------------------------------------------------

    def add_request(self, data: Mapping[str, Any]) -> Record:
        """A new request in the register (fields checked by vault/model/request.py)."""
        with self._write(Text("adding the request")):
            return ops.add(self._vault.conn, self._vault.identity, request_model.KIND, data)

    def _status(
        self, rid: str, body: Mapping[str, Any], today: date, counts: Mapping[str, int]
    ) -> RequestStatus:
        return RequestStatus(
            id=rid,
            authority=str(body.get("authority", "")),
            jurisdiction=_text(body.get("jurisdiction")),
            reference=_text(body.get("reference")),
            received=str(body.get("received", "")),
            deadline=_text(body.get("deadline")),
            status=str(body.get("status", "open")),
            days_left=request_model.days_left(body, today),
            packages=counts.get(rid, 0),
        )

    def _package_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, body in queries.live_bodies(self._vault.conn, request_model.DISCLOSURE):
            counts[str(body.get("request"))] = counts.get(str(body.get("request")), 0) + 1
        return counts

    def requests(self, today: date | None = None) -> list[RequestStatus]:
        """Every request, open ones with the nearest deadline first, then the rest by date received."""
        today = today or date.today()
        counts = self._package_counts()
        found = [
            self._status(rid, body, today, counts)
            for rid, body in queries.live_bodies(self._vault.conn, request_model.KIND)
        ]
        return sorted(
            found,
            key=lambda r: (
                r.days_left is None,
                r.days_left if r.days_left is not None else 0,
                r.received,
                r.id,
            ),
        )

    def request(self, ref: str, today: date | None = None) -> RequestStatus:
        rid, body = self._request_body(ref)
        return self._status(rid, body, today or date.today(), self._package_counts())

    def _request_body(self, ref: str) -> tuple[str, Mapping[str, Any]]:
        rid = self._core.resolve_kind(ref, request_model.KIND, "request")
        found = queries.live_body(self._vault.conn, rid)
        if found is None:
            raise InvalidInput(Text("request {id} is deleted", id=rid), field="request")
        return rid, found[1]

    # --- verdicts -------------------------------------------------------------------------------------

    def verdicts(self, request_ref: str, selection: Selection) -> list[Verdict]:
        """Per item of the selection: may it go to this request's authority, and if not, why."""
        rid, body = self._request_body(request_ref)
        return self._verdicts(selection, self._request_purpose(rid, body))

    def _request_purpose(self, rid: str, body: Mapping[str, Any]) -> str:
        return _purpose(self._vault.conn, rid, body, self._vault.identity.key_id)

    def _verdicts(self, selection: Selection, purpose: str) -> list[Verdict]:
        conn = self._vault.conn
        gathered = gather(conn, selection)
        shas = [
            str(b[1].get("sha256", "")) for rid in gathered.evidence if (b := queries.live_body(conn, rid))
        ]
        held = [s for s in shas if attachments.exists(conn, s)]
        if gate_module.unread_originals(conn, held):
            self._core.examine_pending()  # read before anything may leave (received in a bundle)
        return verdicts(conn, self.leak_guard(), gathered, purpose, self._vault.identity.key_id)

    # --- the package ------------------------------------------------------------------------------------

    def package(self, request_ref: str, selection: Selection, out: Path) -> PackageReport:
        """Write the package answering a request to the new (or empty) folder ``out`` (see
        app/request_package.py for what it holds), and record the disclosure."""
        rid, body = self._request_body(request_ref)
        body = request_model.validate(body)  # one received in a bundle is checked as one typed here
        self._check_out(out, self._vault.folder)
        purpose = self._request_purpose(rid, body)
        body = {**body, "purpose": purpose}  # the cover letter states the purpose it was judged for
        found = self._verdicts(selection, purpose)
        conn, me = self._vault.conn, self._vault.identity
        issued_at = audit.utc_now()
        package_id = new_copy_id()
        public_line = sshsig.openssh_public_key(me.public.sign_public, "fieldvault-request")
        blob = sshsig.public_key_blob(me.public.sign_public)
        signer = "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
        consenting = {
            sid for sid, _ in queries.live_bodies(conn, "source") if consents(conn, sid, purpose, me.key_id)
        }
        files = rp.build(conn, body, rid, found, consenting, issued_at, package_id, signer, public_line)
        guard = self.leak_guard()
        gate = self.gate(Text("the request package"), guard=guard)
        for item in files.items:
            gate.original(str(item.verdict.sha256), Text("item {label}", label=item.label))
        for path, data in files.generated:
            gate.data(data, Text("package file {name}", name=path))
        gate.refuse_if_any()
        entries = [(p.path, str(p.verdict.sha256)) for p in files.items]
        entries += [(path, sha256_of(data)) for path, data in files.generated]
        sums = rp.sums(entries)
        signature = sshsig.sign(me.sign_secret.reveal(), rp.NAMESPACE, sums).encode()
        gate.data(sums, Text("package file {name}", name="SHA256SUMS"))
        gate.data(signature, Text("package file {name}", name="SHA256SUMS.sig"))
        gate.refuse_if_any()
        package_sha = sha256_of(sums)
        used = {Path(path).parent for path, _ in files.generated} | {Path(p.path).parent for p in files.items}
        created = self._make_folders(out, sorted(str(u) for u in used if str(u) != "."))
        try:
            disclosure = self._write_package(gate, out, files, sums, signature, rid, body, found,
                                             package_sha, issued_at)  # fmt: skip
        except BaseException:
            for folder in reversed(created):
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
            raise
        log.info("request package written (%s)", disclosure)
        count = len(files.generated) + len(files.items) + 2
        return PackageReport(disclosure, out, package_sha, package_id, tuple(found), count)

    @staticmethod
    def _check_out(out: Path, vault_folder: Path) -> None:
        if out.is_symlink():
            raise UserError(Text("{out} is a symbolic link; choose a path that is not one", out=str(out)))
        resolved, vault = out.parent.resolve() / out.name, Path(vault_folder).resolve()
        if resolved == vault or vault in resolved.parents:
            raise UserError(
                Text("{out} is inside the vault folder, which must hold only ciphertext; choose another",
                     out=str(out))
            )  # fmt: skip
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise UserError(Text("{out} exists and is not an empty folder; choose another", out=str(out)))
        if not out.parent.is_dir():
            raise UserError(Text("{folder} is not a folder", folder=str(out.parent)))

    @staticmethod
    def _make_folders(out: Path, inside: Sequence[str]) -> list[Path]:
        """``out`` (unless it is an empty folder already) and the folders ``inside`` it the files need."""
        created: list[Path] = []
        try:
            for folder in (out, *(out / name for name in inside)):
                if not folder.exists():
                    folder.mkdir(mode=0o700)
                    created.append(folder)
        except OSError as exc:
            for folder in reversed(created):
                folder.rmdir()
            error = exc.strerror or Text("I/O error")
            raise UserError(Text("cannot create {out}: {error}", out=str(out), error=error)) from None
        return created

    def _write_package(
        self,
        gate: gate_module.Gate,
        out: Path,
        files: rp.PackageFiles,
        sums: bytes,
        signature: bytes,
        rid: str,
        body: Mapping[str, Any],
        found: Sequence[Verdict],
        package_sha: str,
        issued_at: str,
    ) -> str:
        conn = self._vault.conn
        recorded: list[str] = []
        with self._export(Text("recording the disclosure")) as export:
            for item in files.items:
                sha = str(item.verdict.sha256)
                try:
                    clearance = gate.clearance(Path(item.path).name)
                    export.add(out / item.path, attachments.iter_chunks(conn, sha), clearance)
                except gate_module.NotCleared:
                    raise VaultCorrupt(
                        Text("the stored original of {id} no longer matches its SHA-256; nothing was written",
                             id=item.verdict.id)
                    ) from None  # fmt: skip
            for path, data in files.generated:
                export.add(out / path, [data], gate.clearance(Path(path).name))
            export.add(out / "SHA256SUMS", [sums], gate.clearance("SHA256SUMS"))
            export.add(out / "SHA256SUMS.sig", [signature], gate.clearance("SHA256SUMS.sig"))
            given = [v.id for v in found if v.allowed and v.kind == "evidence"]
            others = [v.id for v in found if v.allowed and v.kind != "evidence"]
            withheld: dict[str, int] = {}
            for v in found:
                if not v.allowed and v.category:
                    withheld[v.category] = withheld.get(v.category, 0) + 1

            def record(c: Connection) -> None:
                me, key = self._vault.identity, self._core.key_id
                disclosure_body = {
                    "request": rid,
                    "authority": body.get("authority"),
                    "reference": body.get("reference"),
                    "items": given,
                    "records": others,
                    "package_sha256": package_sha,
                    "files": len(files.generated) + len(files.items) + 2,
                    "withheld": withheld,
                    "issued_at": issued_at,
                }
                detail = {"what": "request package", "request": rid, "package_sha256": package_sha,
                          "items": len(given), "withheld": sum(withheld.values())}  # fmt: skip
                rec = records.create(c, me, request_model.DISCLOSURE, disclosure_body, action="export",
                                     detail=detail)  # fmt: skip
                audit.append(c, key, "disclose", rid, {**detail, "disclosure": rec.id})
                for item in files.items:
                    audit.append(c, key, "disclose", item.verdict.id, {
                        "what": "original", "sha256": item.verdict.sha256, "request": rid,
                        "disclosure": rec.id, "package_sha256": package_sha, "by": key})  # fmt: skip
                for other in others:
                    audit.append(c, key, "disclose", other, {"what": "record", "request": rid,
                                 "disclosure": rec.id, "package_sha256": package_sha, "by": key})  # fmt: skip
                recorded.append(rec.id)

            export.then(record)
        return recorded[0]

    # --- what was given to whom ----------------------------------------------------------------------

    def shared(self, item_ref: str) -> list[Disclosure]:
        """Every package that gave this item (an evidence item, claim or interview note), oldest first
        (the disclosure records: this vault's and those merged from others)."""
        conn = self._vault.conn
        rid = self._core.resolve_id(item_ref)
        found: list[Disclosure] = []
        for did, b in queries.live_bodies(conn, request_model.DISCLOSURE):
            given = [*_listed(b.get("items")), *_listed(b.get("records"))]
            if rid in given:
                found.append(
                    Disclosure(
                        id=did,
                        request=str(b.get("request", "")),
                        authority=str(b.get("authority", "")),
                        reference=_text(b.get("reference")),
                        issued_at=str(b.get("issued_at", "")),
                        package_sha256=str(b.get("package_sha256", "")),
                        items=tuple(_listed(b.get("items"))),
                    )
                )
        return sorted(found, key=lambda d: (d.issued_at, d.id))
