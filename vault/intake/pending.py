"""Examining stored originals that were never examined here: evidence that arrived in a bundle or a
handover (the sender's vault examined it, but derived text and thumbnails do not travel), or content
examined by an older pipeline (``derived.PIPELINE_VERSION``).

Originals are read from the encrypted database into memory, examined in the worker processes of
vault/intake/pool.py like any import, and what is found is stored keyed by SHA-256; every live evidence
record of that content is then re-indexed so its text becomes searchable. Nothing touches the disk.
"""

from __future__ import annotations

from collections.abc import Callable

from vault.errors import Cancelled
from vault.intake import derived, limits, movie_outline, stored_reading
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool
from vault.messages import Text
from vault.storage import attachments, records, store
from vault.storage.attachments import CancelCheck
from vault.storage.store import Connection

Progress = Callable[[int, int], None]  # originals examined so far, originals in all


def pending(conn: Connection) -> list[str]:
    """SHA-256s of live evidence originals and imported Consolidated Lists (read by the gate like any
    original) held here and not examined by the current pipeline."""
    rows = conn.execute(
        "SELECT DISTINCT json_extract(v.body, '$.sha256') AS sha FROM records r "
        "JOIN revisions v ON v.hash = r.head "
        "WHERE r.kind IN ('evidence', 'sanctions_list') AND r.deleted = 0 "
        "AND EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = sha) "
        "AND NOT EXISTS (SELECT 1 FROM evidence_examined e WHERE e.sha256 = sha AND e.pipeline >= ?) "
        "ORDER BY sha",
        (derived.PIPELINE_VERSION,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _records_of(conn: Connection, sha256: str) -> list[str]:
    rows = conn.execute(
        "SELECT r.id FROM revisions v JOIN records r ON r.head = v.hash "
        "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.sha256') = ? AND r.deleted = 0",
        (sha256,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def examine_pending(
    conn: Connection,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Examine every pending original; returns how many were examined. Each is committed on its own,
    so a cancellation keeps what was done and the rest stays pending."""
    shas = pending(conn)
    done = 0
    with ExaminerPool(workers) as pool:
        for key, sha in enumerate(shas):
            if cancelled is not None and cancelled():
                raise Cancelled(Text("cancelled"))
            large = attachments.size_of(conn, sha) > limits.MAX_EXAMINE_BYTES
            stored = stored_reading.read_once(conn, sha) if large else None  # one pass: ~GBs decrypted
            if stored is not None and stored.outline is not None:
                pool.submit(key, stored.outline)
                findings = pool.result(key, cancelled).mark_outlined(movie_outline.digest(stored.outline))
                findings = derived.payload_strings(stored, findings)
            elif stored is not None:
                size_mib = limits.MAX_EXAMINE_BYTES // (1024 * 1024)
                findings = Findings(stored.media_type)
                findings.notes.append(
                    Text("not examined: larger than {limit} MiB (stored as received)", limit=size_mib)
                )
                derived.as_strings(stored, findings)
            else:
                pool.submit(key, attachments.read_all(conn, sha, limits.MAX_EXAMINE_BYTES))
                findings = pool.result(key, cancelled)
            with store.transaction(conn, Text("storing what examination found")):
                derived.put(conn, sha, findings)
                for record_id in _records_of(conn, sha):
                    records.refresh(conn, record_id)
            done += 1
            if progress is not None:
                progress(done, len(shas))
    return done
