"""``verify``: everything the vault can check about itself, and the digest of its logical content.

Checks, in order: SQLCipher's page authentication (``cipher_integrity_check``), SQLite's structure
(``integrity_check``), every attachment re-hashed, every revision re-hashed and its signature checked,
the revision graph against the stored heads and records, the audit chains, and the accounting between
them: each revision this vault made has its audit entry and each audit entry's revision exists, so a
deleted or injected row is found even when every remaining row is self-consistent. Revisions by other
authors are accounted for by the signed bundle receipts kept with them (vault.exchange.receipts): each receipt
must still verify and match what is stored, and each foreign revision must be listed by one.

Extra checks (bundle receipts, model rules) register in ``EXTRA_CHECKS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vault.exchange import receipts
from vault.messages import Text
from vault.storage import attachments, audit, revisions
from vault.storage.store import Connection, DatabaseError

Check = Callable[[Connection, str], list[str]]
EXTRA_CHECKS: list[Check] = []


@dataclass(frozen=True)
class Report:
    ok: bool
    problems: list[str] = field(default_factory=list)
    digest: str = ""


def _cipher_pages(conn: Connection, own: str) -> list[str]:
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return [Text("database page authentication failed: {page}", page=r[0]) for r in rows[:20]]


def _structure(conn: Connection, own: str) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    return [] if rows == ["ok"] else [Text("database structure: {problem}", problem=r) for r in rows]


def _attachments(conn: Connection, own: str) -> list[str]:
    return attachments.check_all(conn)


def _revisions(conn: Connection, own: str) -> list[str]:
    found: list[str] = []
    for _, rev in revisions.iterate(conn):
        found.extend(revisions.problems(rev))
    # A parent of another record is a forged link.
    rows = conn.execute(
        "SELECT c.hash FROM revision_parents p JOIN revisions c ON c.hash = p.child "
        "JOIN revisions r ON r.hash = p.parent WHERE r.record_id != c.record_id LIMIT 20"
    ).fetchall()
    found += [
        Text("revision {revision} names a parent from another record", revision=h[:12]) for (h,) in rows
    ]
    return found


def _heads(conn: Connection, own: str) -> list[str]:
    """Heads and records must be exactly what the revision graph implies."""
    found: list[str] = []
    expected = set(
        conn.execute(
            "SELECT r.record_id, r.hash FROM revisions r WHERE NOT EXISTS "
            "(SELECT 1 FROM revision_parents p WHERE p.parent = r.hash)"
        ).fetchall()
    )
    stored = set(conn.execute("SELECT record_id, hash FROM heads").fetchall())
    for record_id, digest in sorted(expected - stored)[:20]:
        found.append(
            Text(
                "record {record}: revision {revision} is a head but is not listed as one",
                record=record_id,
                revision=digest[:12],
            )
        )
    for record_id, digest in sorted(stored - expected)[:20]:
        found.append(
            Text(
                "record {record}: listed head {revision} is missing or superseded",
                record=record_id,
                revision=digest[:12],
            )
        )
    rows = conn.execute(
        "SELECT id FROM records r WHERE NOT EXISTS (SELECT 1 FROM heads h WHERE h.record_id = r.id "
        "AND h.hash = r.head) LIMIT 20"
    ).fetchall()
    found += [Text("record {record}: its current revision is missing", record=rid) for (rid,) in rows]
    rows = conn.execute(
        "SELECT DISTINCT h.record_id FROM heads h WHERE NOT EXISTS "
        "(SELECT 1 FROM records r WHERE r.id = h.record_id) LIMIT 20"
    ).fetchall()
    found += [Text("record {record}: has revisions but no record entry", record=rid) for (rid,) in rows]
    return found


def _audit(conn: Connection, own: str) -> list[str]:
    return audit.check(conn, own)


def _accounting(conn: Connection, own: str) -> list[str]:
    """Each revision this vault authored has an audit entry, and each such entry's revision exists."""
    logged = {
        r[0]
        for r in conn.execute(
            "SELECT json_extract(detail, '$.revision') FROM audit WHERE chain = ? "
            "AND json_extract(detail, '$.revision') IS NOT NULL",
            (own,),
        )
    }
    authored = {r[0] for r in conn.execute("SELECT hash FROM revisions WHERE author = ?", (own,))}
    found: list[str] = [
        Text("revision {revision} is not in the audit log (added outside Fieldvault?)", revision=h[:12])
        for h in sorted(authored - logged)
    ]
    found += [
        Text("revision {revision} is in the audit log but missing from the vault", revision=h[:12])
        for h in sorted(logged - authored)
    ]
    return found[:40]


def _evidence_blobs(conn: Connection, own: str) -> list[str]:
    # A sealed original is held as its sealed copy (only its readers have the bytes); a withheld one is
    # held by the expert who withheld it (vault/exchange/evidence_sharing.py).
    rows = conn.execute(
        "SELECT r.id, json_extract(v.body, '$.sha256') FROM records r JOIN revisions v ON v.hash = r.head "
        "WHERE r.kind = 'evidence' AND r.deleted = 0 AND json_extract(v.body, '$.withheld') IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = "
        "coalesce(json_extract(v.body, '$.sealed_sha256'), json_extract(v.body, '$.sha256')))"
    ).fetchall()
    return [
        Text(
            "evidence {record}: its original (SHA-256 {sha256}) is missing",
            record=rid,
            sha256=sha[:12] if sha else "?",
        )
        for rid, sha in rows[:20]
    ]


CHECKS: list[tuple[str, Check]] = [
    (Text("page authentication"), _cipher_pages),
    (Text("database structure"), _structure),
    (Text("attachments"), _attachments),
    (Text("revisions"), _revisions),
    (Text("record heads"), _heads),
    (Text("audit log"), _audit),
    (Text("audit accounting"), _accounting),
    (Text("bundle receipts"), receipts.check),
    (Text("evidence originals"), _evidence_blobs),
]


def verify(conn: Connection, own_key_id: str) -> Report:
    """Run every check; a check that cannot even run is itself a problem. Never raises for damage."""
    problems: list[str] = []
    for name, check in [*CHECKS, *((Text("extra"), c) for c in EXTRA_CHECKS)]:
        try:
            problems.extend(check(conn, own_key_id))
        except DatabaseError as exc:
            problems.append(
                Text(
                    "{check}: could not be checked, the database is damaged ({error})",
                    check=name,
                    error=type(exc).__name__,
                )
            )
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(
                Text(
                    "{check}: could not be checked, a stored value is malformed ({error})",
                    check=name,
                    error=type(exc).__name__,
                )
            )
    try:
        digest = revisions.digest_of_all(conn)
    except DatabaseError:
        digest = ""
    return Report(ok=not problems, problems=problems, digest=digest)
