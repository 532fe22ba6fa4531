"""Checking the handover packages a vault received against the receipts it keeps (for ``verify``).

A received package leaves a receipt (kind ``handover`` in the bundles' ``receipts`` table) with its
signed manifest and checksum list and the list of revisions it delivered. ``check`` re-verifies both
signatures and recomputes the revisions file from the stored revisions, so a revision injected under a
forged handover receipt, or one altered after it arrived, is found. (vault/receipts.py does the same for
bundles, and accepts a revision as delivered when any receipt lists it: the two checks belong together,
so this one registers itself in ``vault.integrity.EXTRA_CHECKS``.)
"""

from __future__ import annotations

import hashlib

from vault import bundle_manifest as bm
from vault import integrity, revisions
from vault.bundle_errors import BundleRefused
from vault.handover_read import check_signatures
from vault.messages import Text, message_of
from vault.store import Connection

MAX_PROBLEMS = 40


def check(conn: Connection, own_key_id: str = "") -> list[str]:
    """Problems with the stored handover receipts; [] when every one still verifies."""
    found: list[str] = []
    rows = conn.execute(
        "SELECT id, bundle_id, sender, manifest, manifest_sig, sums, sums_sig, manifest_sha256 "
        "FROM receipts WHERE kind = 'handover' ORDER BY id"
    ).fetchall()
    for receipt, handover_id, sender, manifest_bytes, manifest_sig, sums, sums_sig, sha in rows:
        label = Text("handover package {package}", package=str(handover_id)[:8])
        try:
            m = check_signatures(bytes(manifest_bytes), str(manifest_sig), bytes(sums), str(sums_sig))
        except BundleRefused as exc:
            found.append(
                Text(
                    "{label}: its stored receipt no longer verifies ({error})",
                    label=label,
                    error=message_of(exc),
                )
            )
            continue
        if (m.handover_id, m.sender_key) != (handover_id, sender) or sha != hashlib.sha256(
            bytes(manifest_bytes)
        ).hexdigest():
            found.append(Text("{label}: its receipt does not match the signed manifest", label=label))
            continue
        h = hashlib.sha256()
        listed = conn.execute("SELECT hash FROM receipt_revisions WHERE receipt = ? ORDER BY idx", (receipt,))
        for (digest,) in listed.fetchall():
            rev = revisions.get(conn, digest)
            if rev is None:
                found.append(
                    Text(
                        "{label}: revision {revision} it delivered is missing",
                        label=label,
                        revision=digest[:12],
                    )
                )
                break
            h.update(bm.revision_line(rev))
        else:
            if h.hexdigest() != m.entries[0].sha256:
                found.append(
                    Text(
                        "{label}: the revisions it delivered no longer match its signed manifest", label=label
                    )
                )
        for item in m.attachments:
            if not conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (item.sha256,)).fetchone():
                found.append(
                    Text(
                        "{label}: attachment {sha256} it delivered is missing",
                        label=label,
                        sha256=item.sha256[:12],
                    )
                )
    return found[:MAX_PROBLEMS]


# ``verify`` runs this with its own checks (registered once, on import by the service that receives).
if check not in integrity.EXTRA_CHECKS:
    integrity.EXTRA_CHECKS.append(check)
