"""Receiving a handover package into the successor's vault: verify everything, then store it all at once.

The package is decrypted with this vault's X25519 key; both SSH signatures must hold for one signer, who
is the manifest's sender and the outgoing expert the successor named (by fingerprint or identity file:
``preview`` shows signer and scope first, without storing anything); the package must be addressed to
this vault. A package changes only what it declares: every revision must be of a record its signed
manifest lists, and none may touch a record this vault holds from anyone but that same sender (its own
records above all). Then, in one transaction: every revision (its hash and signature checked, its clock
bounded), the memo (kept as an evidence item, so it can be read in the vault) and every attachment (its
SHA-256 checked). Any failure rolls all of it back. Custody: each record and attachment gets a
``receive`` entry naming the package and its signer, and the package itself one with the signed
manifest's hash. Receiving the same package again changes nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from vault.exchange import bundle_manifest as bm
from vault.exchange import handover_package as hp
from vault.exchange import signed_manifest
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.signed_file import Format, SignedFile
from vault.intake import evidence
from vault.keys.identity import Identity, fingerprint
from vault.messages import Text
from vault.storage import attachments, audit, records, revisions, store
from vault.storage.store import Connection


@dataclass(frozen=True)
class Preview:
    """What a package says of itself once its signatures hold: who signed it, for whom, what it holds."""

    handover_id: str
    created_at: str
    sender_fingerprint: str
    investigations: tuple[str, ...]
    records: int
    revisions: int
    attachments: int


@dataclass(frozen=True)
class Received:
    handover_id: str
    sender_key: str
    sender_agree: str
    already: bool
    records: tuple[str, ...] = ()
    new_revisions: int = 0
    new_attachments: int = 0
    memo_id: str | None = None


def check_signatures(manifest_bytes: bytes, manifest_sig: str, sums: bytes, sums_sig: str) -> hp.Manifest:
    """A package's manifest, once its signatures and checksum list hold (also used to re-check a stored
    receipt; vault/exchange/signed_manifest.py)."""
    return signed_manifest.check(
        manifest_bytes,
        manifest_sig,
        sums,
        sums_sig,
        namespace=hp.NAMESPACE,
        parse=hp.parse,
        render_sums=hp.render_sums,
        noun="package",
        hint=Text(" (is it a bundle?)"),
    )


FORMAT = Format("package", check_signatures, armored=False)
_Package = SignedFile[hp.Manifest]


def _already(conn: Connection, me: Identity, handover_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM audit WHERE chain = ? AND action = 'receive' AND target = ? LIMIT 1",
        (me.key_id, handover_id),
    ).fetchone()
    return row is not None


def sender_fingerprint(m: hp.Manifest) -> str:
    """The signer's fingerprint, as the outgoing expert reads theirs aloud."""
    return fingerprint(bytes.fromhex(m.sender_key), bytes.fromhex(m.sender_agree))


def _open(handle: BinaryIO, me: Identity) -> _Package:
    package = SignedFile(handle, me.agree_secret.reveal(), FORMAT)
    m = package.manifest
    if m.successor_key != me.key_id or m.successor_agree != me.public.agree_public.hex():
        raise BundleRefused("recipient", Text("the package is addressed to another vault"))
    return package


def _handle(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError:
        raise BundleRefused("format", Text("{path} cannot be read", path=str(path))) from None


def preview(me: Identity, path: Path) -> Preview:
    """Who signed the package and what it declares, once its signatures hold; nothing is stored."""
    with _handle(path) as handle:
        m = _open(handle, me).manifest
    return Preview(
        m.handover_id,
        m.created_at,
        sender_fingerprint(m),
        m.investigations,
        len(m.records),
        m.revision_count,
        len(m.attachments),
    )


def receive(conn: Connection, me: Identity, path: Path, expected_fingerprint: str) -> Received:
    """Verify and import the package at ``path``, signed by the expert whose fingerprint the successor
    confirmed; BundleRefused (nothing changed) when anything is wrong."""
    with _handle(path) as handle:
        package = _open(handle, me)
        m = package.manifest
        if "".join(expected_fingerprint.split()) != "".join(sender_fingerprint(m).split()):
            raise BundleRefused(
                "signature", Text("the package is signed by someone other than the expected sender")
            )
        if _already(conn, me, m.handover_id):
            return Received(m.handover_id, m.sender_key, m.sender_agree, already=True)
        with store.transaction(conn, Text("receiving the handover package")):
            return _store(conn, me, package)


def _receipt(conn: Connection, package: _Package) -> int:
    """Keep the signed manifest, as merge does for a bundle, so ``verify`` can account for every revision
    by another author. Handover receipts take negative sequence numbers (bundles count up from 1)."""
    m = package.manifest
    low = conn.execute("SELECT min(sequence) FROM receipts WHERE sender = ?", (m.sender_key,)).fetchone()[0]
    sequence = min(int(low or 0), 0) - 1
    receipt = conn.execute(
        "INSERT INTO receipts (kind, bundle_id, sender, sequence, manifest, manifest_sig, sums, sums_sig, "
        "manifest_sha256, received_at) VALUES ('handover', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            m.handover_id,
            m.sender_key,
            sequence,
            package.manifest_bytes,
            package.manifest_sig,
            package.sums,
            package.sums_sig,
            package.manifest_sha256,
            audit.utc_now(),
        ),
    ).lastrowid
    assert receipt is not None  # noqa: S101 - an INSERT always has a rowid
    return receipt


def _store(conn: Connection, me: Identity, package: _Package) -> Received:
    m = package.manifest
    receipt = _receipt(conn, package)
    touched: dict[str, None] = {}
    new_revisions, new_blobs, memo_id = 0, [], None
    for entry in package.entries():
        if entry.entry.path == bm.REVISIONS:
            count = 0
            for line in entry.lines():
                rev = bm.parse_revision_line(line)
                problems = revisions.problems(rev)
                if problems:
                    raise BundleRefused(
                        "hash",
                        Text(
                            "a revision in the package was altered or forged ({problem})", problem=problems[0]
                        ),
                    )
                _check_parents(conn, rev)
                _check_scope(conn, m, rev)
                conn.execute(
                    "INSERT INTO receipt_revisions (receipt, idx, hash) VALUES (?, ?, ?)",
                    (receipt, count, rev.hash),
                )
                count += 1
                touched[rev.record_id] = None
                new_revisions += int(records.apply(conn, rev))
            entry.finish()
            if count != m.revision_count:
                raise BundleRefused(
                    "format", Text("the package holds a different number of revisions than it says")
                )
        elif entry.entry.path == hp.MEMO:
            memo = entry.read(hp.MAX_MEMO_BYTES + 1)
            entry.finish()
            stored = evidence.store_original(
                conn, me, io.BytesIO(memo), "handover-memo.docx", body_extra={"caption": "Handover memo"}
            )
            memo_id = stored.id
        else:
            if attachments.exists(conn, entry.entry.sha256):
                entry.consume()
                continue
            blob = attachments.store_stream(conn, cast(BinaryIO, entry), max_bytes=entry.entry.size)
            entry.finish(blob.sha256)
            new_blobs.append(blob.sha256)
    base = {"handover": m.handover_id, "signer": m.sender_key}
    for rid in touched:
        audit.append(conn, me.key_id, "receive", rid, base)
    for sha in new_blobs:
        audit.append(conn, me.key_id, "receive", sha, base)
    summary = {
        **base,
        "manifest_sha256": package.manifest_sha256,
        "investigations": list(m.investigations),
        "records": len(touched),
        "new_revisions": new_revisions,
        "new_attachments": len(new_blobs),
        "memo": memo_id,
    }
    audit.append(conn, me.key_id, "receive", m.handover_id, summary)
    return Received(
        m.handover_id,
        m.sender_key,
        m.sender_agree,
        False,
        tuple(touched),
        new_revisions,
        len(new_blobs),
        memo_id,
    )


def _check_scope(conn: Connection, m: hp.Manifest, rev: revisions.Revision) -> None:
    """A package writes only to the records it declares, and never to a record this vault holds from
    anyone but its sender (this vault's own records above all)."""
    where = Text("{kind} {record}", kind=rev.kind, record=rev.record_id[:8])
    if rev.record_id not in m.records:
        raise BundleRefused(
            "scope",
            Text("the package carries a revision of {record}, outside what it declares", record=where),
        )
    foreign = conn.execute(
        "SELECT 1 FROM revisions v WHERE v.record_id = ? AND NOT EXISTS (SELECT 1 FROM receipt_revisions x "
        "JOIN receipts r ON r.id = x.receipt WHERE x.hash = v.hash AND r.kind = 'handover' AND r.sender = ?) "
        "LIMIT 1",
        (rev.record_id, m.sender_key),
    ).fetchone()
    if foreign is not None:
        raise BundleRefused(
            "scope",
            Text(
                "the package would change {record}, which this vault holds from someone other than the "
                "package's signer",
                record=where,
            ),
        )


def _check_parents(conn: Connection, rev: revisions.Revision) -> None:
    """A parent that is a revision of another record is a forged link."""
    for parent in rev.parents:
        row = conn.execute("SELECT record_id FROM revisions WHERE hash = ?", (parent,)).fetchone()
        if row is not None and row[0] != rev.record_id:
            raise BundleRefused(
                "format", Text("a revision in the package names a parent from another record")
            )
