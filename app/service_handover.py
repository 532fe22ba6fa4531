"""Handover packages: an outgoing expert's open investigations, contacts, working documents and views,
signed and encrypted to the successor; and receiving one."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.handover_data import build_memo
from app.service_guard import GuardedPart
from exporters.docx_memo import write_memo
from vault.errors import InvalidInput, UserError
from vault.exchange import bundle_manifest as bm
from vault.exchange import evidence_sharing, handover_read, handover_write, list_attachments
from vault.exchange.handover_select import SourcePlan, open_investigations, plan_sources, select_records
from vault.exchange.handover_write import Progress
from vault.guard.gate import Gate, unread_originals
from vault.guard.leakguard import WITHIN_THE_GROUP
from vault.guard.leakguard_records import check_heads
from vault.keys import identity, identity_file
from vault.messages import Text
from vault.model import ops, queries
from vault.storage import attachments, audit, revisions
from vault.storage.attachments import CancelCheck
from vault.storage.revisions import Revision

log = logging.getLogger("fieldvault.service")
PackagePreview = handover_read.Preview
_PACKAGE_KINDS: tuple[str, ...] = ("investigation", "source", "interview", "entity", "item", "claim")
_PACKAGE_KINDS += ("letter", "note", "evidence", "methodology")


@dataclass(frozen=True)
class HandoverReport:
    handover_id: str
    path: Path
    size: int
    investigations: tuple[str, ...]
    records: int
    attachments: int
    sources: tuple[SourcePlan, ...]


@dataclass(frozen=True)
class HandoverPreview:
    """What a handover package would hold, before anything is written: per investigation its title,
    how many records of each kind go across, what happens to each source's identity (and why), and how
    many live records stay behind (those of investigations not chosen, and notes of no investigation)."""

    investigations: tuple[tuple[str, str], ...]  # (id, title)
    counts: tuple[tuple[str, int], ...]  # (kind, records going across)
    sources: tuple[SourcePlan, ...]
    staying: int
    reseal_allowed: tuple[str, ...]  # codes of protected sources whose consent lets them be re-sealed


@dataclass(frozen=True)
class ReceiveReport:
    handover_id: str
    sender_fingerprint: str
    already: bool
    records: int
    new_revisions: int
    new_attachments: int
    memo_id: str | None


class HandoverService(GuardedPart):
    """Mixin of VaultService: handover packages (outgoing) and receiving them (successor)."""

    def _investigations(self, refs: Sequence[str]) -> list[str]:
        conn = self._vault.conn
        if not refs:
            found = open_investigations(conn)
            if not found:
                raise UserError(Text("this vault has no open investigation to hand over"))
            return found
        chosen: list[str] = []
        for ref in refs:
            rid = self._core.resolve_id(ref)
            live = queries.live_body(conn, rid)
            if live is None or live[0] != "investigation":
                raise InvalidInput(Text("record {id} is not an investigation", id=rid), field="investigation")
            chosen.append(rid)
        return list(dict.fromkeys(chosen))

    def write_package(
        self,
        successor_file: Path,
        out: Path,
        *,
        investigations: Sequence[str] = (),
        reseal: Sequence[str] = (),
        outgoing_name: str = "",
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> HandoverReport:
        """Write the package for the successor named by their identity file.

        Protected identities go across only for the codes in ``reseal`` whose consent allows it (they are
        sealed to the successor in this vault too, logged); everything leaving is leak-guarded against
        protected identifiers in clear. The grants, the package and its record commit together.
        """
        successor = identity_file.read_file(successor_file)
        if successor.role != "expert":
            raise InvalidInput(
                Text("{path} is not an expert's identity (a successor is)", path=str(successor_file)),
                field="to",
            )
        if successor.public.key_id == self._core.key_id:
            raise InvalidInput(Text("the successor's identity is this vault's own"), field="to")
        if out.exists():
            raise UserError(Text("{out} already exists; choose another name", out=str(out)))
        conn, me = self._vault.conn, self._vault.identity
        invs = self._investigations(investigations)
        ids = select_records(conn, invs)
        plans = plan_sources(conn, me, ids, reseal, successor.public)
        handover_id = str(uuid.uuid4())
        outgoing = " ".join(outgoing_name.split())
        guard = self.leak_guard(WITHIN_THE_GROUP)
        written = None
        # Originals not read yet (received, stored by an older version, or waiting for OCR) are read
        # first, each in its own transaction: the gate reads them inside the package's one.
        self._core.examine_pending(cancelled=cancelled)
        try:
            with self._write(Text("writing the handover package")):
                for plan in plans:
                    if plan.decision == "reseal":
                        ops.grant(conn, me, plan.id, successor.public)
                heads: list[Revision] = [h for rid in ids for h in revisions.heads(conn, rid)]
                check_heads(guard, heads, Text("the handover package"))
                memo, parts = build_memo(
                    conn, me, investigations=invs, ids=ids, plans=plans, outgoing=outgoing,
                    successor=successor.public.fingerprint, package_id=handover_id, today=date.today(),
                )  # fmt: skip
                memo_bytes = write_memo(memo)
                gate = self.gate(Text("the handover package"), WITHIN_THE_GROUP, guard=guard)
                gate.parts(parts)
                gate.data(memo_bytes, Text("the memo"))
                kept = evidence_sharing.kept_back(conn)  # sealed or withheld originals stay back
                blobs = list(
                    dict.fromkeys(
                        s
                        for h in heads
                        for s in bm.referenced_blobs(h.body)
                        if s not in kept and attachments.exists(conn, s)
                    )
                )
                lists_kept = list_attachments.kept_back(conn, gate, blobs)  # named a protected source
                blobs = [s for s in blobs if s not in lists_kept]
                self._gate_originals(gate, blobs)
                written = handover_write.write(
                    conn, me, successor.public, out, handover_id=handover_id, investigations=invs,
                    revs=heads, memo=memo_bytes, blobs=blobs, gate=gate, progress=progress,
                    cancelled=cancelled,
                )  # fmt: skip
                detail = {
                    "to": successor.public.key_id,
                    "manifest_sha256": written.manifest_sha256,
                    "investigations": invs,
                    "records": len(ids),
                    "resealed": [p.id for p in plans if p.decision == "reseal"],
                }
                audit.append(conn, me.key_id, "handover", handover_id, detail)
                for rid in ids:
                    audit.append(conn, me.key_id, "handover", rid, {"handover": handover_id})
        except BaseException:
            if written is not None:  # the package was written but not recorded: take it back
                with contextlib.suppress(OSError):
                    out.unlink()
            raise
        log.info("handover package %s written (%d records)", handover_id, len(ids))
        return HandoverReport(
            handover_id, out, written.size, tuple(invs), len(ids), written.attachments, tuple(plans)
        )

    def _gate_originals(self, gate: Gate, blobs: Sequence[str]) -> None:
        """Read every original the package carries; refuse, listing each place, when one names a
        protected source (the expert seals or withholds it, or sends a redacted working copy)."""
        if unread_originals(self._vault.conn, blobs):
            self._core.examine_pending()  # read before they leave (received, or stored by an older version)
        if gate.originals(blobs):
            gate.refuse_originals(
                Text(
                    "the handover package (seal or withhold the originals that name a protected source: "
                    "`fieldvault evidence seal` / `evidence withhold`)"
                )
            )

    def handover_preview(
        self, successor_file: Path, investigations: Sequence[str] = (), reseal: Sequence[str] = ()
    ) -> HandoverPreview:
        """What ``handover`` would put in the package for these choices, without writing or logging
        anything (a refused re-seal raises the same error ``handover`` would)."""
        successor = identity_file.read_file(successor_file)
        conn, me = self._vault.conn, self._vault.identity
        invs = self._investigations(investigations)
        ids = select_records(conn, invs)
        plans = plan_sources(conn, me, ids, reseal, successor.public)
        kinds: dict[str, int] = {}
        for rid in ids:
            found = queries.live_body(conn, rid)
            if found is not None:
                kinds[found[0]] = kinds.get(found[0], 0) + 1
        chosen = set(ids)
        live = [rid for kind in _PACKAGE_KINDS for rid, _ in queries.live_bodies(conn, kind)]
        allowed = tuple(
            str(body.get("code", ""))
            for rid, body in queries.live_bodies(conn, "source")
            if rid in chosen
            and body.get("protection") == "protected"
            and "archive" in (body.get("consent") or [])
        )
        titles = tuple((rid, self._core.get(rid).title) for rid in invs)
        return HandoverPreview(
            titles,
            tuple(sorted(kinds.items())),
            tuple(plans),
            sum(1 for rid in live if rid not in chosen),
            allowed,
        )

    def preview_package(self, package: Path) -> PackagePreview:
        """Who signed a handover package and what it declares (its signatures checked); nothing stored.
        The successor compares the fingerprint aloud with the outgoing expert before receiving."""
        return handover_read.preview(self._vault.identity, package)

    def receive_handover(
        self, package: Path, *, expected_sender: Path | str, cancelled: CancelCheck | None = None
    ) -> ReceiveReport:
        """Verify and import a handover package addressed to this vault (all or nothing; custody logged),
        signed by ``expected_sender``: the outgoing expert's identity file, or the fingerprint the
        successor confirmed (``preview_package``). The working documents received are then examined
        here, so they are searchable (a cancellation keeps the package received)."""
        if isinstance(expected_sender, Path):
            expected = identity_file.read(expected_sender).fingerprint
        else:
            expected = expected_sender
        got = handover_read.receive(self._vault.conn, self._vault.identity, package, expected)
        fingerprint = identity.fingerprint(bytes.fromhex(got.sender_key), bytes.fromhex(got.sender_agree))
        log.info("handover package %s received", got.handover_id)
        if got.new_attachments:
            self._core.examine_pending(cancelled=cancelled, ocr=False)  # OCR runs behind (service.ocr)
        return ReceiveReport(
            got.handover_id,
            fingerprint,
            got.already,
            len(got.records),
            got.new_revisions,
            got.new_attachments,
            got.memo_id,
        )
