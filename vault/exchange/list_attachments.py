"""Consolidated List attachments in outgoing bundles and packages.

An imported list is read by the gate like any original (vault/lists/versions.py stores the intake's
reading of its bytes). When that reading names a protected source, the list is kept back: not sent, the
rest still goes. It never refuses the whole output, since a protected source can be a listed individual
(the published list then names them, and the expert cannot change it). A list whose bytes are also an
evidence original is left to the gate's evidence rules (seal, withhold or redact).
"""

from __future__ import annotations

from collections.abc import Sequence

from vault.guard.gate import Gate
from vault.guard.leakguard import TextPart
from vault.intake import derived, evidence
from vault.messages import Text
from vault.model.listings import LIST_KIND
from vault.storage.store import Connection


def list_shas(conn: Connection) -> set[str]:
    """SHA-256 of every content named by a sanctions_list record (any revision)."""
    rows = conn.execute(
        "SELECT DISTINCT json_extract(body, '$.sha256') FROM revisions WHERE kind = ?", (LIST_KIND,)
    ).fetchall()
    return {str(r[0]) for r in rows if r[0]}


def kept_back(conn: Connection, gate: Gate, shas: Sequence[str]) -> tuple[str, ...]:
    """The list attachments among ``shas`` whose reading names a protected source (none recorded as the
    gate's findings: they stay here, the output goes)."""
    lists = list_shas(conn) - set(evidence.records_by_sha256(conn))
    kept: list[str] = []
    for sha in shas:
        if sha not in lists:
            continue
        reading = derived.reading(conn, sha)
        if reading is None:
            continue  # never read by this pipeline: the gate refuses it as unread
        label = Text("the Consolidated List {sha}", sha=sha[:12])
        parts = [TextPart(Text("{label}, {place}", label=label, place=w), t) for w, t in reading[0]]
        if gate.guard.scan(parts):
            kept.append(sha)
    return tuple(kept)
