"""Writing a handover package (format: handover_package.py): signed, encrypted to the successor.

The file is written under a temporary name beside ``out`` (ciphertext from the first byte), synced, and
linked into place; the caller records the handover in the same database transaction that made the
grants the package depends on, and removes the file if that transaction does not commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vault import newfile
from vault.errors import InvalidInput
from vault.exchange import bundle_manifest as bm
from vault.exchange import handover_package as hp
from vault.exchange import signed_manifest
from vault.exchange.signed_file import SignedWriter
from vault.guard.gate import Gate
from vault.keys.identity import Identity, PublicIdentity
from vault.messages import Text
from vault.storage import attachments, audit
from vault.storage.attachments import CancelCheck
from vault.storage.revisions import Revision
from vault.storage.store import Connection

Progress = Callable[[int, int], None]  # attachment bytes written so far, in all


@dataclass(frozen=True)
class Written:
    handover_id: str
    manifest_sha256: str
    revisions: int
    attachments: int
    size: int


def _manifest(
    handover_id: str,
    me: Identity,
    successor: PublicIdentity,
    investigations: Sequence[str],
    revs: Sequence[Revision],
    memo: bytes,
    blobs: Sequence[tuple[str, int]],
) -> tuple[hp.Manifest, bytes]:
    lines = b"".join(bm.revision_line(r) for r in revs)
    entries = [
        bm.FileEntry(bm.REVISIONS, hashlib.sha256(lines).hexdigest(), len(lines)),
        bm.FileEntry(hp.MEMO, hashlib.sha256(memo).hexdigest(), len(memo)),
        *(bm.FileEntry(bm.ATTACHMENTS + sha, sha, size) for sha, size in blobs),
    ]
    manifest = hp.Manifest(
        handover_id,
        audit.utc_now(),
        me.key_id,
        me.public.agree_public.hex(),
        successor.key_id,
        successor.agree_public.hex(),
        tuple(investigations),
        len(revs),
        tuple(entries),
        tuple(sorted({r.record_id for r in revs})),
    )
    return manifest, lines


def write(
    conn: Connection,
    me: Identity,
    successor: PublicIdentity,
    out: Path,
    *,
    handover_id: str,
    investigations: Sequence[str],
    revs: Sequence[Revision],
    memo: bytes,
    blobs: Sequence[str],
    gate: Gate,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Written:
    """Write the package to ``out`` (never over an existing file); ``handover_id`` is a fresh UUID that the
    memo already names. ``gate`` has read the revisions' bodies, the memo and the originals (``blobs``);
    it reads here what is written around them. ``progress(done, total)`` counts attachment bytes;
    ``cancelled()`` true stops the writing (Cancelled) and removes what was written."""
    if out.exists():
        raise InvalidInput(Text("{out} already exists; choose another name", out=str(out)), field="out")
    if not out.parent.is_dir():
        raise InvalidInput(Text("{folder} is not a folder", folder=str(out.parent)), field="out")
    sized = [(sha, attachments.size_of(conn, sha)) for sha in blobs]
    manifest, lines = _manifest(handover_id, me, successor, investigations, revs, memo, sized)
    manifest_bytes = manifest.encode()
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    sums = hp.render_sums(manifest_sha, manifest)
    heads = [
        *signed_manifest.signed_heads(me.sign_secret.reveal(), hp.NAMESPACE, manifest_bytes, sums),
        (bm.REVISIONS, lines),
        (hp.MEMO, memo),
    ]
    for name, data in heads:
        if name == bm.REVISIONS:
            gate.lines(data.splitlines(keepends=True), _line_label)
        elif name != hp.MEMO:  # the memo was read in full, as a document, by the caller
            gate.data(data, Text("package entry {name}", name=name))
    clearance = gate.clearance(out.name)
    try:
        with newfile.PendingFile(out, clearance) as pending:
            _archive(pending, conn, successor, manifest, heads, progress, cancelled)
            pending.publish()
    except FileExistsError:
        raise InvalidInput(
            Text("{out} already exists; choose another name", out=str(out)), field="out"
        ) from None
    except OSError:
        raise InvalidInput(
            Text("{out} cannot be written (disk full or no permission?)", out=str(out)), field="out"
        ) from None
    total = sum(e.size for e in manifest.entries)
    return Written(manifest.handover_id, manifest_sha, len(revs), len(sized), total)


def _line_label(n: int) -> str:
    return Text("{entry} line {n}", entry=bm.REVISIONS, n=n)


def _archive(
    pending: newfile.PendingFile,
    conn: Connection,
    successor: PublicIdentity,
    manifest: hp.Manifest,
    heads: list[tuple[str, bytes]],
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    mtime = int(datetime.fromisoformat(manifest.created_at.replace("Z", "+00:00")).timestamp())
    total = sum(e.size for e in manifest.attachments)
    out = SignedWriter(
        pending, [successor.agree_public], mtime, total=total, progress=progress, cancelled=cancelled
    )
    for name, data in heads:
        out.add(name, len(data), [data], hashlib.sha256(data).hexdigest(), counted=False)
    for e in manifest.attachments:
        out.add(e.path, e.size, attachments.iter_chunks(conn, e.sha256), e.sha256)
    out.close()
