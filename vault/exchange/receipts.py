"""Checking a vault against the receipts it keeps for what it received (part of ``verify``).

A receipt (table ``receipts``) keeps the signed head of every bundle an archive merged and of every
handover package a vault received, with the list of revisions it delivered. Every revision by another
author must have arrived under such a receipt; every receipt must still verify (both signatures; a
bundle's signer on the roster) and what it lists must still be here, unaltered: the revisions (and for a
bundle the audit entries) are recomputed from the stored rows and compared with the SHA-256 in the
signed manifest. So a foreign revision injected into, altered in or deleted from the database is found,
even if every remaining row is self-consistent. Bundles and packages are checked by the same code.
"""

from __future__ import annotations

import hashlib
from typing import Any

from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_read, handover_read, roster
from vault.exchange.bundle_errors import BundleRefused
from vault.messages import Text, message_of
from vault.storage import audit, revisions
from vault.storage.store import Connection

MAX_PROBLEMS = 40


def _label(kind: str, ident: str) -> str:
    if kind == "bundle":
        return Text("bundle {bundle}", bundle=ident[:8])
    return Text("handover package {package}", package=ident[:8])


def _check_receipt(conn: Connection, row: tuple[Any, ...]) -> list[str]:
    receipt, kind, ident, sender, sequence, manifest_bytes, manifest_sig, sums, sums_sig, sha = row
    label = _label(str(kind), str(ident))
    bundle = kind == "bundle"
    check_signatures = bundle_read.check_signatures if bundle else handover_read.check_signatures
    try:
        m = check_signatures(bytes(manifest_bytes), str(manifest_sig), bytes(sums), str(sums_sig))
    except BundleRefused as exc:
        return [
            Text(
                "{label}: its stored receipt no longer verifies ({problem})",
                label=label,
                problem=message_of(exc),
            )
        ]
    said = (
        (m.bundle_id, m.sender_key, m.sequence) == (ident, sender, sequence)
        if isinstance(m, bm.Manifest)
        else (m.handover_id, m.sender_key) == (ident, sender)
    )
    if not said or sha != hashlib.sha256(bytes(manifest_bytes)).hexdigest():
        return [Text("{label}: its receipt does not match the signed manifest", label=label)]
    found: list[str] = []
    if isinstance(m, bm.Manifest) and roster.lookup(conn, m.sender_key) is None:
        found.append(Text("{label}: its signer is not on the roster", label=label))
    found += _delivered_revisions(conn, receipt, label, _entry_sha(m.entries, bm.REVISIONS))
    if isinstance(m, bm.Manifest):
        h = hashlib.sha256()
        for e in audit.chain_entries(conn, m.sender_key, m.audit_after):
            if e.seq > m.audit_through:
                break
            h.update(bm.audit_line(e))
        if h.hexdigest() != m.entry(bm.AUDIT).sha256:
            found.append(
                Text(
                    "{label}: the audit entries it delivered no longer match its signed manifest", label=label
                )
            )
    for item in m.entries:
        if item.path.startswith(bm.ATTACHMENTS) and not _held(conn, item.sha256):
            found.append(
                Text(
                    "{label}: attachment {attachment} it delivered is missing",
                    label=label,
                    attachment=item.sha256[:12],
                )
            )
    return found


def _entry_sha(entries: tuple[bm.FileEntry, ...], path: str) -> str:
    return next((e.sha256 for e in entries if e.path == path), "")


def _held(conn: Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None


def _delivered_revisions(conn: Connection, receipt: int, label: str, expected_sha: str) -> list[str]:
    """The revisions a receipt lists are all here, in order, and hash to the signed manifest's file."""
    found: list[str] = []
    h = hashlib.sha256()
    count = 0
    rows = conn.execute(
        "SELECT x.idx, x.hash, r.hash FROM receipt_revisions x LEFT JOIN revisions r ON r.hash = x.hash "
        "WHERE x.receipt = ? ORDER BY x.idx",
        (receipt,),
    )
    for idx, listed, present in rows:
        if present is None:
            found.append(
                Text(
                    "{label}: revision {revision} it delivered is missing", label=label, revision=listed[:12]
                )
            )
            continue
        rev = revisions.get(conn, present)
        if rev is None or idx != count:
            found.append(Text("{label}: its list of delivered revisions is damaged", label=label))
            continue
        h.update(bm.revision_line(rev))
        count += 1
    if not found and h.hexdigest() != expected_sha:
        found.append(
            Text("{label}: the revisions it delivered no longer match its signed manifest", label=label)
        )
    return found


def check(conn: Connection, own_key_id: str) -> list[str]:
    """Problems with receipts, and revisions by other authors that no receipt accounts for."""
    found: list[str] = []
    rows = conn.execute(
        "SELECT id, kind, bundle_id, sender, sequence, manifest, manifest_sig, sums, sums_sig, "
        "manifest_sha256 FROM receipts ORDER BY id"
    )
    for row in rows.fetchall():
        found += _check_receipt(conn, row)
    orphans = conn.execute(
        "SELECT hash FROM revisions r WHERE author != ? AND NOT EXISTS "
        "(SELECT 1 FROM receipt_revisions x WHERE x.hash = r.hash) LIMIT 20",
        (own_key_id,),
    ).fetchall()
    found += [
        Text(
            "revision {revision} by another author was not delivered by any bundle (injected?)",
            revision=h[:12],
        )
        for (h,) in orphans
    ]
    return found[:MAX_PROBLEMS]
