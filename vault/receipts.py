"""Checking the archive against the bundle receipts it keeps (part of ``verify``).

Every revision by another author must have arrived in a bundle whose signed manifest is kept; every
receipt must still verify (both signatures, by a key on the roster) and what it lists must still be
here, unaltered: the revisions and audit files are recomputed from the stored rows and compared with
the SHA-256 in the signed manifest. So a foreign revision injected into, altered in or deleted from the
database is found, even if every remaining row is self-consistent.
"""

from __future__ import annotations

import hashlib
from typing import Any

from vault import audit, revisions, roster
from vault import bundle_manifest as bm
from vault.bundle_errors import BundleRefused
from vault.bundle_read import check_signatures
from vault.messages import Text, message_of
from vault.store import Connection

MAX_PROBLEMS = 40


def _check_receipt(conn: Connection, row: tuple[Any, ...]) -> list[str]:
    receipt, bundle_id, sender, sequence, manifest_bytes, manifest_sig, sums, sums_sig, sha = row
    label = str(bundle_id)[:8]
    try:
        m = check_signatures(bytes(manifest_bytes), str(manifest_sig), bytes(sums), str(sums_sig))
    except BundleRefused as exc:
        return [
            Text(
                "bundle {bundle}: its stored receipt no longer verifies ({problem})",
                bundle=label,
                problem=message_of(exc),
            )
        ]
    if (m.bundle_id, m.sender_key, m.sequence) != (bundle_id, sender, sequence) or sha != hashlib.sha256(
        bytes(manifest_bytes)
    ).hexdigest():
        return [Text("bundle {bundle}: its receipt does not match the signed manifest", bundle=label)]
    found: list[str] = []
    if roster.lookup(conn, m.sender_key) is None:
        found.append(Text("bundle {bundle}: its signer is not on the roster", bundle=label))
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
                    "bundle {bundle}: revision {revision} it delivered is missing",
                    bundle=label,
                    revision=listed[:12],
                )
            )
            continue
        rev = revisions.get(conn, present)
        if rev is None or idx != count:
            found.append(Text("bundle {bundle}: its list of delivered revisions is damaged", bundle=label))
            continue
        h.update(bm.revision_line(rev))
        count += 1
    if not found and h.hexdigest() != m.entry(bm.REVISIONS).sha256:
        found.append(
            Text(
                "bundle {bundle}: the revisions it delivered no longer match its signed manifest",
                bundle=label,
            )
        )
    h = hashlib.sha256()
    for e in audit.chain_entries(conn, m.sender_key, m.audit_after):
        if e.seq > m.audit_through:
            break
        h.update(bm.audit_line(e))
    if h.hexdigest() != m.entry(bm.AUDIT).sha256:
        found.append(
            Text(
                "bundle {bundle}: the audit entries it delivered no longer match its signed manifest",
                bundle=label,
            )
        )
    for item in m.attachments:
        if not conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (item.sha256,)).fetchone():
            found.append(
                Text(
                    "bundle {bundle}: attachment {attachment} it delivered is missing",
                    bundle=label,
                    attachment=item.sha256[:12],
                )
            )
    return found


def check(conn: Connection, own_key_id: str) -> list[str]:
    """Problems with receipts, and revisions by other authors that no receipt accounts for."""
    found: list[str] = []
    rows = conn.execute(
        "SELECT id, bundle_id, sender, sequence, manifest, manifest_sig, sums, sums_sig, manifest_sha256 "
        "FROM receipts WHERE kind = 'bundle' ORDER BY id"
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
