"""What the next bundle carries: the revisions and audit lines since the last bundle, the originals
not sent yet, and what the outbound gate keeps back (vault/exchange/bundle_write.py writes it).

A current revision that names a protected source refuses the bundle; a superseded one is withheld (it
cannot be changed); an original whose bytes name one refuses it until the expert seals it, withholds it
or sends a redacted working copy (vault/exchange/evidence_sharing.py). A Consolidated List whose bytes
name one is kept back, the bundle still goes (vault/exchange/list_attachments.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vault.errors import InvalidInput
from vault.exchange import bundle_manifest as bm
from vault.exchange import evidence_sharing, list_attachments
from vault.guard import leakguard_records
from vault.guard.gate import Gate
from vault.guard.leakguard import Finding, LeakRefused, OriginalsRefused
from vault.keys import identity_upgrade
from vault.keys.identity import Identity
from vault.messages import Text
from vault.storage import attachments, revisions
from vault.storage.store import Connection

SEAL_OR_WITHHOLD = Text(
    "the bundle (an original names a protected source: seal it with `fieldvault evidence seal`, keep it "
    "back with `fieldvault evidence withhold`, or send a redacted working copy)"
)


@dataclass(frozen=True)
class Plan:
    rev_after: int
    rev_through: int
    audit_after: int
    audit_through: int
    sequence: int
    blobs: tuple[str, ...]
    withheld: frozenset[str] = frozenset()
    lists_kept: tuple[
        str, ...
    ] = ()  # list attachments naming a protected source (vault/exchange/list_attachments.py)


def guard_history(conn: Connection, me: Identity, rev_after: int, rev_through: int) -> frozenset[str]:
    """Apply the leak guard to the revisions in range (protected identities may leave only sealed).

    A current revision (a head) that names a protected source refuses the bundle, listing each place,
    so the expert changes the text. A superseded revision that names one (a note since corrected, a
    source's name from before it was made protected) cannot be changed, since revisions are immutable:
    it is withheld from bundles and stays in this vault only. The archive accepts a revision whose
    parent it never receives, as it accepts revisions in any order.
    """
    guard = leakguard_records.group_guard(conn, me)
    if guard.empty:
        return frozenset()
    withheld: set[str] = set()
    current: list[Finding] = []
    evidence: dict[str, None] = {}
    for seq, rev in revisions.iterate(conn, rev_after):
        if seq > rev_through:
            break
        found = guard.scan(leakguard_records.revision_parts(rev))
        if not found:
            continue
        if conn.execute("SELECT 1 FROM heads WHERE hash = ?", (rev.hash,)).fetchone():
            current += found
            if rev.kind == "evidence":  # what intake copied from a file (its metadata, its name)
                evidence[rev.record_id] = None
        else:
            withheld.add(rev.hash)
    if evidence:
        raise OriginalsRefused(SEAL_OR_WITHHOLD, current, list(evidence))
    if current:
        raise LeakRefused(Text("the bundle"), current)
    return frozenset(withheld)


class NothingNew(InvalidInput):
    """Nothing was added or changed since the last bundle: no bundle is written (the number is kept)."""

    def __init__(self, last: int) -> None:
        said = (
            Text("nothing new since bundle #{n}; no bundle was written", n=last)
            if last
            else Text("the vault holds nothing to send yet; no bundle was written")
        )
        super().__init__(said, field="bundle")
        self.last = last


def has_revisions(conn: Connection, plan: Plan) -> bool:
    for seq, rev in revisions.iterate(conn, plan.rev_after):
        if seq > plan.rev_through:
            return False
        if rev.hash not in plan.withheld:
            return True
    return False


@dataclass(frozen=True)
class SinceLast:
    """The last bundle written whole (0: none yet), when, and the records changed since, by kind."""

    sequence: int
    written_at: str | None
    changed: dict[str, int]


def since_last(conn: Connection) -> SinceLast:
    """What the next bundle would start from (a number reserved by an export under way is skipped)."""
    row = conn.execute(
        "SELECT sequence, created_at, revisions_through FROM bundle_exports "
        "WHERE manifest_sha256 != '' ORDER BY sequence DESC LIMIT 1"
    ).fetchone()
    last, written_at, through = (int(row[0]), str(row[1]), int(row[2])) if row else (0, None, 0)
    changed = conn.execute(
        "SELECT kind, count(DISTINCT record_id) FROM revisions WHERE seq > ? GROUP BY kind ORDER BY kind",
        (through,),
    ).fetchall()
    return SinceLast(last, written_at, {str(k): int(n) for k, n in changed})


def plan(
    conn: Connection, me: Identity, gate: Gate, everything: bool, sequence: int, marks: tuple[int, int]
) -> Plan:
    rev_after = 0 if everything else marks[0]
    audit_after = 0 if everything else marks[1]
    rev_through = int(conn.execute("SELECT coalesce(max(seq), 0) FROM revisions").fetchone()[0])
    audit_through = int(
        conn.execute("SELECT coalesce(max(seq), 0) FROM audit WHERE chain = ?", (me.key_id,)).fetchone()[0]
    )
    sent = set() if everything else {r[0] for r in conn.execute("SELECT sha256 FROM bundle_exported_blobs")}
    # Superseded history still sealed the old way (to the transport key) stays here, as a superseded
    # revision naming a protected source does: the current revision carries it sealed anew.
    legacy_revisions, legacy_copies = identity_upgrade.superseded_legacy(conn)
    withheld = guard_history(conn, me, rev_after, rev_through) | legacy_revisions
    kept = evidence_sharing.kept_back(conn)  # sealed (their ciphertext travels instead) or withheld
    kept.update(dict.fromkeys(legacy_copies, "superseded"))
    wanted: dict[str, None] = {}
    for seq, rev in revisions.iterate(conn, rev_after):
        if seq > rev_through:
            break
        if rev.hash in withheld:
            continue
        for sha in bm.referenced_blobs(rev.body):
            if sha not in sent and sha not in kept and attachments.exists(conn, sha):
                wanted[sha] = None
    lists_kept = list_attachments.kept_back(conn, gate, list(wanted))
    blobs = tuple(sha for sha in wanted if sha not in lists_kept)
    plan = Plan(rev_after, rev_through, audit_after, audit_through, sequence, blobs, withheld, lists_kept)
    gate_attachments(gate, plan.blobs)
    return plan


def gate_attachments(gate: Gate, shas: Sequence[str]) -> None:
    """Read every original the bundle would carry (what the readers found in those exact bytes) and
    refuse, listing every place, when one names a protected source: the expert then seals the item,
    withholds it, or sends a redacted working copy instead (vault/exchange/evidence_sharing.py)."""
    if gate.originals(shas):
        gate.refuse_originals(SEAL_OR_WITHHOLD)
