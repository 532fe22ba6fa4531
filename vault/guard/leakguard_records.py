"""The leak guard applied to records: what a bundle or a handover package would carry out of the vault.

Inside the group, confidential identities may travel (the group knows them); a protected identity may
travel only sealed. So the guard here looks for the identifiers of protected sources, in every text
field of every record body about to leave (notes, claims, interview notes, captions, evidence file
names…), skipping only the sealed envelope itself. A finding names the record by kind and id, the field,
and for a revision that is not the current one, the revision.

Call ``check_revisions`` (bundles: every revision in the bundle's range) or ``check_heads`` (handover
packages: the current revisions) before writing; each raises LeakRefused listing every place.
``check_body`` serves an editor that wants to warn while the text is being typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from vault.guard.leakguard import (
    WITHIN_THE_GROUP,
    Finding,
    Guard,
    LeakRefused,
    OriginalsRefused,
    TextPart,
    body_parts,
)
from vault.keys.identity import Identity
from vault.messages import Text
from vault.model.identifiers import readable_identifiers
from vault.storage.revisions import Revision
from vault.storage.store import Connection


def group_guard(conn: Connection, me: Identity, levels: Sequence[str] = WITHIN_THE_GROUP) -> Guard:
    """The guard against every protected identity this vault can read (all of each source's history)."""
    return Guard(readable_identifiers(conn, me), levels)


def revision_parts(rev: Revision, current: bool = True) -> Iterator[TextPart]:
    """The text parts of one revision, located as ``claim 1a2b3c4d field 'statement'`` (a deletion's
    reason as ``field 'reason'``)."""
    label = f"{rev.kind} {rev.record_id[:8]}"
    if not current:
        label = Text("{label} (earlier revision {revision})", label=label, revision=rev.hash[:12])
    return body_parts(label, rev.body)


def scan_revisions(
    guard: Guard, revs: Iterable[Revision], heads: frozenset[str] = frozenset()
) -> list[Finding]:
    """Every place the revisions name a guarded source. ``heads``: hashes to label as current."""
    found: list[Finding] = []
    for rev in revs:
        found += guard.scan(revision_parts(rev, current=not heads or rev.hash in heads))
    return found


def check_revisions(
    conn: Connection, me: Identity, revs: Iterable[Revision], what: str = Text("the bundle")
) -> None:
    """Refuse (LeakRefused) when any of ``revs`` carries a protected identity outside its sealed fields."""
    guard = group_guard(conn, me)
    if guard.empty:
        return
    found = scan_revisions(guard, revs)
    if found:
        raise LeakRefused(what, found)


def check_heads(guard: Guard, heads: Iterable[Revision], what: str) -> None:
    """Refuse when a current revision names a guarded source (handover packages): OriginalsRefused when
    evidence records are among them (the expert seals or withholds those), else LeakRefused."""
    found: list[Finding] = []
    evidence: dict[str, None] = {}
    for head in heads:
        named = guard.scan(revision_parts(head))
        found += named
        if named and head.kind == "evidence":
            evidence[head.record_id] = None
    if evidence:
        raise OriginalsRefused(what, found, list(evidence))
    if found:
        raise LeakRefused(what, found)


def check_body(conn: Connection, me: Identity, kind: str, body: Mapping[str, Any]) -> list[Finding]:
    """Where a body about to be saved names a protected source (for a warning while editing)."""
    if kind == "source":
        return []  # a source's own identity fields are sealed by the model, not found as leaks
    return group_guard(conn, me).scan(body_parts(kind, body))
