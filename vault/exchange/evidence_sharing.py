"""Which evidence originals may travel in bundles and handover packages: as stored, sealed, or not at all.

An original that names a protected source (the outbound gate finds it) cannot travel as it is; the
expert chooses, per item, and each choice is a revision of the evidence record (so it is logged, signed
and travels like any edit):

- ``seal``: the original is encrypted (the age format, X25519 recipients) to *sealing* keys — this
  vault's, and those it granted for the item's source (vault/model/protection.py), never a transport
  key — and that ciphertext travels instead, as its own attachment (``sealed_sha256``). The archive
  keeps the record and the original's hash, not its bytes, exactly as it keeps a sealed identity.
  ``sealed_to`` lists the keys. Whoever holds only a transport key (an age identity exported to check a
  bundle) cannot open it.
- ``withhold``: the original stays in this vault only; the record travels with the reason.
- ``include``: undo either (the original travels as stored again, if the gate lets it).

Evidence imported from a protected source is sealed as it is stored (app/service_evidence.py).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from vault.age.codec import Encryptor
from vault.errors import InvalidInput
from vault.guard import leakguard_records
from vault.guard.leakguard import TextPart
from vault.keys.identity import Identity
from vault.messages import Text
from vault.model import links, protection
from vault.storage import attachments, records
from vault.storage.store import Connection

MAX_SEAL_BYTES = 1024**3  # sealed in memory; an original larger than this is withheld instead


def _evidence(conn: Connection, record_id: str) -> records.Record:
    rec = records.get(conn, record_id)
    if rec.kind != "evidence" or rec.deleted:
        raise InvalidInput(Text("record {id} is not an evidence item", id=record_id), field="id")
    return rec


def seal_keys(conn: Connection, me: Identity, body: Mapping[str, Any]) -> list[bytes]:
    """The X25519 sealing keys an original is sealed to: mine, and those this vault granted for its
    source (never a transport key, never a key merely listed on the source's envelope)."""
    keys = [me.seal_public]
    source_ref = body.get("source")
    if isinstance(source_ref, str):
        try:
            source = records.get(conn, links.resolve_ref(conn, source_ref))
        except Exception:  # noqa: BLE001 - a source recorded as text, not a record: mine alone
            return keys
        keys += [k for k in protection.granted_keys(conn, source.id) if k not in keys]
    return keys


def is_from_protected_source(conn: Connection, body: Mapping[str, Any]) -> bool:
    """True when the evidence names, as its source, a source whose protection is ``protected``."""
    source_ref = body.get("source")
    if not isinstance(source_ref, str):
        return False
    try:
        source = records.get(conn, links.resolve_ref(conn, source_ref))
    except Exception:  # noqa: BLE001 - unknown or not a record
        return False
    return source.kind == "source" and source.body.get("protection") == "protected"


def _scrubbed(conn: Connection, me: Identity, body: Mapping[str, Any]) -> dict[str, Any]:
    """What a sealed or withheld original's record stops saying about the file, from this revision on:
    the metadata intake copied from it (an author, a caption, a place), and a file name, caption or
    description that names a protected source. Earlier revisions stay here only (bundles keep back a
    superseded revision that names one)."""
    changes: dict[str, Any] = {"metadata": None} if body.get("metadata") else {}
    guard = leakguard_records.group_guard(conn, me)
    for field in ("name", "caption", "description"):
        value = body.get(field)
        if isinstance(value, str) and guard.scan([TextPart(field, value)]):
            changes[field] = (
                Text("original {sha}", sha=str(body.get("sha256", ""))[:12]) if field == "name" else None
            )
    return changes


def seal(conn: Connection, me: Identity, record_id: str) -> records.Record:
    """Seal an original (see above), inside the caller's transaction; a sealed one is left as it is."""
    rec = _evidence(conn, record_id)
    if rec.body.get("sealed_sha256"):
        return rec
    sha = str(rec.body.get("sha256", ""))
    if not attachments.exists(conn, sha):
        raise InvalidInput(Text("the original of {id} is not held here, so it cannot be sealed", id=rec.id))
    if attachments.size_of(conn, sha) > MAX_SEAL_BYTES:
        raise InvalidInput(
            Text("the original of {id} is too large to seal; withhold it instead", id=rec.id), field="id"
        )
    keys = seal_keys(conn, me, rec.body)
    scrub = _scrubbed(conn, me, rec.body)
    change = {"sealed_sha256": _encrypt(conn, sha, keys), "sealed_to": [k.hex() for k in keys], **scrub}
    return records.edit(conn, me, rec.id, {**change, "withheld": None}, action="seal")


def _encrypt(conn: Connection, sha: str, keys: list[bytes]) -> str:
    """Encrypt the original ``sha`` to ``keys`` (age, X25519) and store it; its SHA-256."""
    out = io.BytesIO()
    encryptor = Encryptor(out, keys)
    for chunk in attachments.iter_chunks(conn, sha):
        encryptor.write(chunk)
    encryptor.close()
    return attachments.store_bytes(conn, out.getvalue()).sha256


def reseal(conn: Connection, me: Identity, record_id: str) -> records.Record | None:
    """Seal a sealed original again, from the original held here, to ``seal_keys`` (the keys' upgrade:
    an original sealed to transport keys). None when this vault does not hold the original."""
    rec = _evidence(conn, record_id)
    sha = str(rec.body.get("sha256", ""))
    if not rec.body.get("sealed_sha256") or not attachments.exists(conn, sha):
        return None
    if attachments.size_of(conn, sha) > MAX_SEAL_BYTES:
        return None
    keys = seal_keys(conn, me, rec.body)
    change = {"sealed_sha256": _encrypt(conn, sha, keys), "sealed_to": [k.hex() for k in keys]}
    return records.edit(conn, me, rec.id, change, action="seal")


def withhold(conn: Connection, me: Identity, record_id: str, reason: str) -> records.Record:
    """Keep an original out of every bundle and package (the record travels, with the reason)."""
    rec = _evidence(conn, record_id)
    if not reason.strip():
        raise InvalidInput(Text("say why the original is withheld (--reason)"), field="reason")
    change = {"withheld": reason.strip(), "sealed_sha256": None, "sealed_to": None}
    return records.edit(conn, me, rec.id, {**change, **_scrubbed(conn, me, rec.body)}, action="withhold")


def include(conn: Connection, me: Identity, record_id: str) -> records.Record:
    """Let an original travel as stored again (the outbound gate still reads it first)."""
    rec = _evidence(conn, record_id)
    return records.edit(conn, me, rec.id, {"withheld": None, "sealed_sha256": None, "sealed_to": None},
                        action="include")  # fmt: skip


def kept_back(conn: Connection) -> dict[str, str]:
    """Originals that must not travel as stored: SHA-256 → "sealed" or "withheld" (current records)."""
    rows = conn.execute(
        "SELECT json_extract(v.body, '$.sha256'), json_extract(v.body, '$.sealed_sha256'), "
        "json_extract(v.body, '$.withheld') FROM records r JOIN revisions v ON v.hash = r.head "
        "WHERE r.kind = 'evidence' AND r.deleted = 0 AND (json_extract(v.body, '$.sealed_sha256') "
        "IS NOT NULL OR json_extract(v.body, '$.withheld') IS NOT NULL)"
    ).fetchall()
    return {str(sha): "sealed" if sealed else "withheld" for sha, sealed, _ in rows if sha}


def sealed_copies(conn: Connection) -> set[str]:
    """SHA-256s of the sealed ciphertexts of originals (attachments that name nobody to their readers)."""
    rows = conn.execute(
        "SELECT DISTINCT json_extract(v.body, '$.sealed_sha256') FROM revisions v "
        "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.sealed_sha256') IS NOT NULL"
    ).fetchall()
    return {str(r[0]) for r in rows}
