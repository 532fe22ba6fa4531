"""Who may have written a revision the archive receives: every author checked, not only the signer.

A bundle is signed by one expert but may carry revisions written by others (received in a handover,
say). Each new revision's author must be this archive itself or an expert on its roster who is not
revoked: a revoked expert's work is accepted only as far as it had already arrived (a revision the
archive holds is never refused again), so their key cannot write anything new into the archive through
a colleague's bundle. The signer's own revisions are judged by the bundle's number (a revoked signer's
bundle is refused, or accepted up to ``accept_through``, before any revision is read). A refusal
names the record and the author (by roster name, or key id).
"""

from __future__ import annotations

from vault.exchange import roster
from vault.exchange.bundle_errors import BundleRefused
from vault.messages import Text
from vault.storage.revisions import Revision
from vault.storage.store import Connection


def check(conn: Connection, own_key_id: str, signer: str, rev: Revision) -> None:
    """BundleRefused unless ``rev`` (new to this archive) is by this archive, by the signer (whose
    revocation the merge has already weighed against the bundle's number), or by a current member."""
    if rev.author in (own_key_id, signer):
        return
    member = roster.lookup(conn, rev.author)
    where = f"{rev.kind} {rev.record_id[:8]}"
    if member is None:
        raise BundleRefused(
            "author",
            Text(
                "the bundle carries a revision of {record} written by {author}, who is not on the roster",
                record=where,
                author=rev.author[:12],
            ),
        )
    if member.revoked:
        raise BundleRefused(
            "author",
            Text(
                "the bundle carries a revision of {record} written by {author}, whose key was revoked",
                record=where,
                author=member.name,
            ),
        )
