"""Writing a bundle: everything since the last one (or everything), signed, encrypted to the archive.

The manifest comes first in the archive so a reader can check the signature before touching anything
else, which means every entry's SHA-256 must be known before writing: a first pass hashes the revisions
and audit lines (deterministic encodings, written again identically in the second pass); attachments
are content-addressed, so their names are their hashes. The file is written under a temporary name
beside the destination (it is ciphertext from the first byte), synced, and linked into place; only then
is the export recorded (high-water marks, an audit entry), so a failed write leaves nothing to undo.

The sequence number is reserved first, in a transaction of its own: a row in ``bundle_exports`` that
keeps the previous high-water marks until the export is recorded. A process killed after the file was
linked into place but before the export was recorded leaves a complete, valid bundle under that number;
the next export takes the next number and starts from the same marks, so the archive merges both. (Had
the number been reused, the archive would refuse the second bundle as a conflict, and what only the
second one held would never be delivered.)
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vault import newfile
from vault.age import keys
from vault.errors import InvalidInput, VaultError
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_plan, signed_manifest
from vault.exchange.bundle_prefetch import Prefetcher
from vault.exchange.signed_file import SignedWriter
from vault.guard.gate import Gate
from vault.guard.leakguard import WITHIN_THE_GROUP
from vault.keys.identity import Identity, PublicIdentity
from vault.messages import Text
from vault.storage import attachments, audit, revisions, store
from vault.storage.attachments import CancelCheck
from vault.storage.store import Connection

Progress = Callable[[int, int], None]  # bytes written so far, bytes in all


@dataclass(frozen=True)
class Written:
    bundle_id: str
    sequence: int
    revisions: int
    audit_entries: int
    attachments: int
    payload_bytes: int
    everything: bool
    withheld: int = 0  # superseded revisions and list attachments kept back: they name a protected source
    lists_kept: int = 0  # of which Consolidated Lists (vault/exchange/list_attachments.py)


def _reserve(conn: Connection, archive: PublicIdentity, bundle_id: str) -> tuple[int, tuple[int, int]]:
    """Reserve the next sequence number; returns it and the high-water marks (revisions, audit) so far.

    The reserved row keeps those marks (and an empty manifest hash) until ``_record`` fills it in.
    """
    with store.transaction(conn, Text("reserving the bundle's number")):
        last = conn.execute(
            "SELECT sequence, revisions_through, audit_through FROM bundle_exports "
            "ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        sequence = int(last[0]) + 1 if last else 1
        marks = (int(last[1]), int(last[2])) if last else (0, 0)
        conn.execute(
            "INSERT INTO bundle_exports (sequence, bundle_id, created_at, recipient, revisions_through, "
            "audit_through, manifest_sha256) VALUES (?, ?, ?, ?, ?, ?, '')",
            (sequence, bundle_id, audit.utc_now(), archive.key_id, *marks),
        )
    return sequence, marks


def _release(conn: Connection, sequence: int, bundle_id: str) -> None:
    """Give a reserved number back after a failed export (if even that fails, the gap is harmless)."""
    with contextlib.suppress(VaultError), store.transaction(conn, Text("releasing the bundle's number")):
        conn.execute(
            "DELETE FROM bundle_exports WHERE sequence = ? AND bundle_id = ? AND manifest_sha256 = ''",
            (sequence, bundle_id),
        )


def _revision_lines(conn: Connection, plan: bundle_plan.Plan) -> Iterator[bytes]:
    for seq, rev in revisions.iterate(conn, plan.rev_after):
        if seq > plan.rev_through:
            return
        if rev.hash not in plan.withheld:
            yield bm.revision_line(rev)


def _audit_lines(conn: Connection, me: Identity, plan: bundle_plan.Plan) -> Iterator[bytes]:
    for e in audit.chain_entries(conn, me.key_id, plan.audit_after):
        if e.seq > plan.audit_through:
            return
        yield bm.audit_line(e)


def _line_label(entry: str) -> Callable[[int], str]:
    def label(n: int) -> str:
        return Text("{entry} line {n}", entry=entry, n=n)

    return label


def write(
    conn: Connection,
    me: Identity,
    archive: PublicIdentity,
    out: Path,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    connect: Callable[[], Connection] | None = None,
) -> Written:
    """Write the bundle file ``out`` and record the export. Refuses to replace an existing file.

    ``connect`` opens a second connection to the same vault; given, attachments are read on a second
    thread (vault.exchange.bundle_prefetch) while this one encrypts and writes.
    """
    if out.exists():
        raise InvalidInput(Text("{path} already exists; choose another name", path=str(out)), field="out")
    if not out.parent.is_dir():
        raise InvalidInput(Text("{folder} is not a folder", folder=str(out.parent)), field="out")
    bundle_id = str(uuid.uuid4())
    sequence, marks = _reserve(conn, archive, bundle_id)
    try:
        gate = Gate(conn, me, Text("the bundle"), WITHIN_THE_GROUP)
        plan = bundle_plan.plan(conn, me, gate, everything, sequence, marks)
        if not everything and not plan.blobs and not bundle_plan.has_revisions(conn, plan):
            # Custody lines alone (views, exports) travel with the next bundle that carries work.
            raise bundle_plan.NothingNew(sequence - 1)
        return _write_planned(
            conn, me, gate, archive, out, plan, bundle_id, everything, progress, cancelled, connect
        )
    except BaseException:
        _release(conn, sequence, bundle_id)
        raise


def _write_planned(
    conn: Connection,
    me: Identity,
    gate: Gate,
    archive: PublicIdentity,
    out: Path,
    plan: bundle_plan.Plan,
    bundle_id: str,
    everything: bool,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    connect: Callable[[], Connection] | None,
) -> Written:
    # The lines are read by the gate string by string as they are hashed; the bodies were checked
    # above field by field (with their record's name in each finding), this reads what is written.
    rev_sha, rev_size, rev_count = gate.lines(_revision_lines(conn, plan), _line_label(bm.REVISIONS))
    audit_sha, audit_size, audit_count = gate.lines(_audit_lines(conn, me, plan), _line_label(bm.AUDIT))
    entries = [bm.FileEntry(bm.REVISIONS, rev_sha, rev_size), bm.FileEntry(bm.AUDIT, audit_sha, audit_size)]
    entries += [bm.FileEntry(bm.ATTACHMENTS + sha, sha, attachments.size_of(conn, sha)) for sha in plan.blobs]
    own_age = keys.x25519_recipient(me.public.agree_public)
    manifest = bm.Manifest(
        bundle_id,
        me.key_id,
        own_age,
        audit.utc_now(),
        plan.sequence,
        everything,
        (keys.x25519_recipient(archive.agree_public), own_age),
        plan.rev_after,
        plan.rev_through,
        rev_count,
        plan.audit_after,
        plan.audit_through,
        audit_count,
        tuple(entries),
    )
    manifest_bytes = manifest.encode()
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    sums = bm.render_sums(manifest_sha, manifest)
    heads = signed_manifest.signed_heads(me.sign_secret.reveal(), bm.NAMESPACE, manifest_bytes, sums)
    for name, data in heads:
        gate.data(data, Text("bundle entry {name}", name=name))
    clearance = gate.clearance(out.name)
    total = sum(e.size for e in entries)
    try:
        with newfile.PendingFile(out, clearance) as pending:
            _write_archive(pending, conn, me, plan, manifest, heads, total, progress, cancelled, connect)
            pending.publish()
    except FileExistsError:
        raise InvalidInput(
            Text("{path} already exists; choose another name", path=str(out)), field="out"
        ) from None
    except OSError:
        raise InvalidInput(
            Text("{path} cannot be written (disk full or no permission?)", path=str(out)), field="out"
        ) from None
    try:
        with store.transaction(conn, Text("recording the bundle")):
            _record(conn, me, archive, manifest, manifest_sha, plan)
    except BaseException:
        with contextlib.suppress(OSError):
            out.unlink()
        raise
    return Written(
        manifest.bundle_id,
        plan.sequence,
        rev_count,
        audit_count,
        len(plan.blobs),
        total,
        everything,
        len(plan.withheld) + len(plan.lists_kept),
        len(plan.lists_kept),
    )


def _write_archive(
    pending: newfile.PendingFile,
    conn: Connection,
    me: Identity,
    plan: bundle_plan.Plan,
    manifest: bm.Manifest,
    heads: list[tuple[str, bytes]],
    total: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    connect: Callable[[], Connection] | None,
) -> None:
    recipients = [keys.parse_x25519_recipient(r) for r in manifest.recipients]
    out = SignedWriter(
        pending, recipients, _epoch(manifest.created_at), total=total, progress=progress, cancelled=cancelled
    )
    for name, data in heads:
        out.add(name, len(data), [data], hashlib.sha256(data).hexdigest(), counted=False)
    rev, aud = manifest.entries[0], manifest.entries[1]
    out.add(rev.path, rev.size, _revision_lines(conn, plan), rev.sha256)
    out.add(aud.path, aud.size, _audit_lines(conn, me, plan), aud.sha256)
    shas = [e.sha256 for e in manifest.attachments]
    prefetch = Prefetcher(connect, shas) if connect is not None and shas else None
    try:
        for e in manifest.attachments:
            chunks = prefetch.chunks() if prefetch else attachments.iter_chunks(conn, e.sha256)
            out.add(e.path, e.size, chunks, e.sha256)
    finally:
        if prefetch is not None:
            prefetch.close()
    out.close()


def _epoch(iso: str) -> int:
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())


def _record(
    conn: Connection,
    me: Identity,
    archive: PublicIdentity,
    manifest: bm.Manifest,
    sha: str,
    plan: bundle_plan.Plan,
) -> None:
    recorded = conn.execute(
        "UPDATE bundle_exports SET created_at = ?, revisions_through = ?, audit_through = ?, "
        "manifest_sha256 = ? WHERE sequence = ? AND bundle_id = ? AND manifest_sha256 = ''",
        (
            manifest.created_at,
            manifest.revisions_through,
            manifest.audit_through,
            sha,
            manifest.sequence,
            manifest.bundle_id,
        ),
    )
    if recorded.rowcount != 1:
        raise InvalidInput(Text("the vault changed while the bundle was written; try again"), field="bundle")
    conn.executemany(
        "INSERT OR IGNORE INTO bundle_exported_blobs (sha256, sequence) VALUES (?, ?)",
        [(e.sha256, manifest.sequence) for e in manifest.attachments],
    )
    audit.append(
        conn,
        me.key_id,
        "bundle",
        manifest.bundle_id,
        {
            "sequence": manifest.sequence,
            "to": archive.key_id,
            "revisions": manifest.revision_count,
            "attachments": len(manifest.attachments),
            "everything": manifest.everything,
            "withheld": len(plan.withheld) + len(plan.lists_kept),
            "manifest_sha256": sha,
        },
    )
