"""Merging a verified bundle into the group archive: a union of revisions, in one transaction.

Everything the bundle holds is checked and stored inside a single database transaction (the staging
area is the encrypted database itself); any failure — a bad signature on one revision, a hash that does
not match the signed manifest, an audit chain that contradicts an earlier bundle — rolls all of it back,
and the archive is as it was. A bundle already merged (same signed manifest) is recognised from its
receipt and changes nothing. Merging is a set union keyed by content hashes, so the order in which
bundles arrive, or how often, cannot change the result.

Custody continues here: the receipt keeps the signed manifest and checksum list; each record and
attachment the bundle brought gets a ``merge`` entry in the archive's audit log naming the bundle and
its signer; the sender's own audit entries are kept as received.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from vault.age import keys
from vault.age.errors import AgeError
from vault.errors import Cancelled
from vault.exchange import authors, methodology_flags, roster, sequences
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_tar as tar
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.bundle_read import BundleReader, VerifiedEntry
from vault.keys.identity import Identity
from vault.messages import Text, message_of
from vault.model import claim
from vault.storage import attachments, audit, hlc, records, revisions, store
from vault.storage.attachments import CancelCheck
from vault.storage.store import Connection

log = logging.getLogger("fieldvault.merge")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MergeReport:
    """What one bundle did to the archive (``status``: merged, already merged, refused)."""

    status: str
    bundle_id: str | None = None
    sender: str | None = None
    sender_name: str | None = None
    sequence: int | None = None
    reason: str | None = None
    message: str | None = None
    new_records: tuple[str, ...] = ()
    updated_records: tuple[str, ...] = ()
    unchanged_records: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    new_revisions: int = 0
    present_revisions: int = 0
    new_attachments: int = 0
    present_attachments: int = 0
    audit_entries: int = 0
    missing: tuple[int, ...] = ()  # the sender's bundle numbers below this one not received (yet)
    flagged: tuple[str, ...] = ()  # claims raised past the archive's methodology (listed with conflicts)


@dataclass
class _Tally:
    new_revisions: int = 0
    present_revisions: int = 0
    new_attachments: list[str] = field(default_factory=list)
    present_attachments: int = 0
    audit_entries: int = 0
    existed: dict[str, bool] = field(default_factory=dict)  # record id -> had revisions before this bundle
    touched: dict[str, None] = field(default_factory=dict)  # records that got a new revision
    claims: list[revisions.Revision] = field(default_factory=list)  # new claim revisions, to re-assess
    flagged: list[str] = field(default_factory=list)
    max_hlc: str = ""


def merge(
    conn: Connection,
    me: Identity,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> MergeReport:
    """Verify and merge one bundle; BundleRefused (archive unchanged) when it cannot be accepted."""
    with BundleReader(path, me.agree_secret.reveal()) as bundle:
        m = bundle.manifest
        member = roster.lookup(conn, m.sender_key)
        if member is None:
            raise BundleRefused(
                "roster", Text("the bundle is signed by a key that is not on the archive's roster")
            )
        try:
            sender_age = keys.parse_x25519_recipient(m.sender_age)
        except ValueError:
            raise BundleRefused("format", Text("the bundle manifest has a malformed sender key")) from None
        if sender_age != member.agree_public:
            raise BundleRefused("roster", Text("the bundle's sender keys do not match the roster"))
        if keys.x25519_recipient(me.public.agree_public) not in m.recipients:
            # Re-encrypted to this archive by someone else: the signed manifest names another one.
            raise BundleRefused("recipient", Text("the bundle is addressed to another archive"))
        prior = conn.execute(
            "SELECT manifest_sha256 FROM receipts WHERE bundle_id = ?", (m.bundle_id,)
        ).fetchone()
        if prior is not None:
            if prior[0] != bundle.manifest_sha256:
                raise BundleRefused(
                    "conflict", Text("a different bundle with the same id was already merged")
                )
            bundle.read_whole(cancelled)  # a damaged copy of a merged bundle is not "already merged"
            return MergeReport(
                "already merged", m.bundle_id, m.sender_key, member.name, m.sequence,
                missing=sequences.of(conn, m.sender_key).missing,
            )  # fmt: skip
        if conn.execute(
            "SELECT 1 FROM receipts WHERE sender = ? AND sequence = ?", (m.sender_key, m.sequence)
        ).fetchone():
            raise BundleRefused(
                "conflict",
                Text("another bundle numbered {n} was already merged from this sender", n=m.sequence),
            )
        if not member.accepts(m.sequence):
            allowed = (
                Text("no further bundle is accepted")
                if member.accept_through is None
                else Text("only bundles numbered up to {n} are accepted", n=member.accept_through)
            )
            raise BundleRefused("revoked", Text("the signer was revoked; {allowed}", allowed=allowed))
        tally = _Tally()
        try:
            conflicts = _stage_and_commit(conn, me, bundle, tally, progress, cancelled)
        except AgeError as exc:
            raise BundleRefused(
                "decryption", Text("the bundle cannot be decrypted: {error}", error=message_of(exc))
            ) from None
        except tar.TarError as exc:
            raise BundleRefused(
                "format", Text("the archive inside the bundle is malformed: {error}", error=message_of(exc))
            ) from None
        log.info("bundle %s merged (%d new revisions)", m.bundle_id, tally.new_revisions)
        new = tuple(r for r in tally.touched if not tally.existed[r])
        updated = tuple(r for r in tally.touched if tally.existed[r])
        unchanged = tuple(r for r in tally.existed if r not in tally.touched)
        return MergeReport(
            "merged",
            m.bundle_id,
            m.sender_key,
            member.name,
            m.sequence,
            new_records=new,
            updated_records=updated,
            unchanged_records=unchanged,
            conflicts=conflicts,
            missing=sequences.of(conn, m.sender_key).missing,
            flagged=tuple(tally.flagged),
            new_revisions=tally.new_revisions,
            present_revisions=tally.present_revisions,
            new_attachments=len(tally.new_attachments),
            present_attachments=tally.present_attachments,
            audit_entries=tally.audit_entries,
        )


def _stage_and_commit(
    conn: Connection,
    me: Identity,
    bundle: BundleReader,
    tally: _Tally,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[str, ...]:
    """Everything the bundle holds, checked and stored in one transaction; any failure rolls it back."""
    m = bundle.manifest
    with store.transaction(conn, Text("merging the bundle")):
        receipt = conn.execute(
            "INSERT INTO receipts (kind, bundle_id, sender, sequence, manifest, manifest_sig, sums, "
            "sums_sig, manifest_sha256, received_at) VALUES ('bundle', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.bundle_id,
                m.sender_key,
                m.sequence,
                bundle.manifest_bytes,
                bundle.manifest_sig,
                bundle.sums,
                bundle.sums_sig,
                bundle.manifest_sha256,
                audit.utc_now(),
            ),
        ).lastrowid
        assert receipt is not None  # noqa: S101 - an INSERT always has a rowid
        done = 0
        total = sum(e.size for e in m.entries)
        for entry in bundle.entries():
            if cancelled is not None and cancelled():
                raise Cancelled(Text("cancelled"))
            if entry.entry.path == bm.REVISIONS:
                _revisions(conn, me, entry, receipt, m, tally)
            elif entry.entry.path == bm.AUDIT:
                _audit(conn, entry, m, tally)
            else:
                _attachment(conn, entry, tally, cancelled)
            done += entry.entry.size
            if progress is not None:
                progress(done, total)
        if tally.max_hlc:
            hlc.observe_bounded(conn, tally.max_hlc)
        conflicts = _finish(conn, me, m, bundle.manifest_sha256, tally)
    return conflicts


def _revisions(
    conn: Connection, me: Identity, entry: VerifiedEntry, receipt: int, m: bm.Manifest, tally: _Tally
) -> None:
    seen: set[str] = set()
    batch: list[tuple[int, int, str]] = []
    for idx, line in enumerate(entry.lines()):
        rev = bm.parse_revision_line(line)
        found = revisions.problems(rev)
        if found:
            reason = "signature" if "signature" in found[0] else "hash"
            raise BundleRefused(
                reason, Text("a revision in the bundle was altered or forged ({problem})", problem=found[0])
            )
        if rev.hash in seen:
            raise BundleRefused("duplicate", Text("the bundle holds the same revision twice"))
        seen.add(rev.hash)
        if rev.record_id not in tally.existed:
            tally.existed[rev.record_id] = (
                conn.execute("SELECT 1 FROM heads WHERE record_id = ? LIMIT 1", (rev.record_id,)).fetchone()
                is not None
            )
        if revisions.insert(conn, rev):
            authors.check(conn, me.key_id, m.sender_key, rev)
            _check_links(conn, rev)
            tally.new_revisions += 1
            tally.touched[rev.record_id] = None
            tally.max_hlc = max(tally.max_hlc, rev.hlc)
            if rev.kind == claim.KIND and not rev.tombstone:
                tally.claims.append(rev)
        else:
            tally.present_revisions += 1
        batch.append((receipt, idx, rev.hash))
        if len(batch) >= 5000:
            conn.executemany("INSERT INTO receipt_revisions (receipt, idx, hash) VALUES (?, ?, ?)", batch)
            batch.clear()
    conn.executemany("INSERT INTO receipt_revisions (receipt, idx, hash) VALUES (?, ?, ?)", batch)
    entry.finish()
    if len(seen) != m.revision_count:
        raise BundleRefused(
            "format", Text("the bundle holds a different number of revisions than its manifest says")
        )


def _audit(conn: Connection, entry: VerifiedEntry, m: bm.Manifest, tally: _Tally) -> None:
    received: list[audit.Entry] = []
    row = conn.execute(
        "SELECT hash FROM audit WHERE chain = ? AND seq = ?", (m.sender_key, m.audit_after)
    ).fetchone()
    prev = row[0] if row else (audit.GENESIS if m.audit_after == 0 else None)
    expected_seq = m.audit_after + 1
    for line in entry.lines():
        e = bm.parse_audit_line(line)
        if e.chain != m.sender_key or e.seq != expected_seq or (prev is not None and e.prev != prev):
            raise BundleRefused(
                "format", Text("the sender's audit entries in the bundle are not one unbroken chain")
            )
        if audit.entry_hash(e.chain, e.seq, e.prev, e.at, e.action, e.target, e.detail) != e.hash:
            raise BundleRefused(
                "hash", Text("an audit entry in the bundle was altered (its hash does not match)")
            )
        stored = conn.execute(
            "SELECT hash FROM audit WHERE chain = ? AND seq = ?", (e.chain, e.seq)
        ).fetchone()
        if stored is not None and stored[0] != e.hash:
            raise BundleRefused(
                "conflict", Text("the sender's audit log contradicts what an earlier bundle delivered")
            )
        received.append(e)
        prev, expected_seq = e.hash, expected_seq + 1
    entry.finish()
    if len(received) != m.audit_count or (received and received[-1].seq != m.audit_through):
        raise BundleRefused("format", Text("the bundle holds a different audit range than its manifest says"))
    tally.audit_entries = audit.insert_received(conn, received)


def _attachment(conn: Connection, entry: VerifiedEntry, tally: _Tally, cancelled: CancelCheck | None) -> None:
    sha = entry.entry.sha256
    if attachments.exists(conn, sha):
        entry.consume()
        tally.present_attachments += 1
        return
    stored = attachments.store_stream(
        conn, cast(BinaryIO, entry), max_bytes=entry.entry.size, cancelled=cancelled
    )
    entry.finish(stored.sha256)
    tally.new_attachments.append(sha)


def _check_links(conn: Connection, rev: revisions.Revision) -> None:
    """A parent from another record is a forged link, whichever of parent and child arrived first."""
    for parent in rev.parents:
        row = conn.execute("SELECT record_id FROM revisions WHERE hash = ?", (parent,)).fetchone()
        if row is not None and row[0] != rev.record_id:
            raise BundleRefused("format", Text("a revision in the bundle names a parent from another record"))
    row = conn.execute(
        "SELECT 1 FROM revision_parents p JOIN revisions c ON c.hash = p.child "
        "WHERE p.parent = ? AND c.record_id != ? LIMIT 1",
        (rev.hash, rev.record_id),
    ).fetchone()
    if row is not None:
        raise BundleRefused("format", Text("a revision already merged names a parent from another record"))


def _finish(
    conn: Connection, me: Identity, m: bm.Manifest, manifest_sha: str, tally: _Tally
) -> tuple[str, ...]:
    conflicts = []
    base = {"bundle": m.bundle_id, "signer": m.sender_key, "sequence": m.sequence}
    for record_id in tally.touched:
        records.refresh(conn, record_id)
        if len(revisions.heads(conn, record_id)) > 1:
            conflicts.append(record_id)
        audit.append(conn, me.key_id, "merge", record_id, base)
    for sha in tally.new_attachments:
        audit.append(conn, me.key_id, "merge", sha, base)
    for rev in tally.claims:
        if methodology_flags.raised_past_methodology(conn, rev):
            methodology_flags.flag(conn, me, rev, base)
            tally.flagged.append(rev.record_id)
    audit.append(
        conn,
        me.key_id,
        "merge",
        m.bundle_id,
        {
            **base,
            "manifest_sha256": manifest_sha,
            "new_revisions": tally.new_revisions,
            "present_revisions": tally.present_revisions,
            "new_attachments": len(tally.new_attachments),
        },
    )
    return tuple(conflicts)
