"""The evidence kind: what an evidence record's body may hold (vault/intake/evidence.py stores the items).

Bodies are written by the intake pipeline and by the expert's attribution (caption, description, source,
investigation, the date taken), and carry the sharing decision for the original (sealed or withheld)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from vault.errors import InvalidInput
from vault.intake import derived
from vault.messages import Text
from vault.model import fields
from vault.model.kind import Body, Kind, keep_set, text_field
from vault.storage.store import Connection

MAX_METADATA_CHARS = 256 * 1024  # serialized; what the parsers keep is far smaller
MAX_CAPTION = 2000
MAX_DESCRIPTION = 20_000


def _validate_evidence(body: Mapping[str, Any]) -> Body:
    # Evidence bodies are written by the intake pipeline, not typed by users; check the essentials.
    text_field(body, "name", required=True, max_len=4096, kind="evidence")
    sha = text_field(body, "sha256", required=True, max_len=64, kind="evidence")
    if sha is None or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise InvalidInput(Text("evidence: field 'sha256' must be 64 lowercase hex digits"), field="sha256")
    size = body.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise InvalidInput(Text("evidence: field 'size' must be a non-negative integer"), field="size")
    text_field(body, "media_type", max_len=100, kind="evidence")
    text_field(body, "derived_from", max_len=64, kind="evidence")
    fields.record_id(body, "attached_to", "evidence")  # the message (an evidence item) it came attached to
    _attribution(body)
    _sharing(body)
    metadata = body.get("metadata")
    if metadata is not None and (
        not isinstance(metadata, dict) or len(json.dumps(metadata, default=str)) > MAX_METADATA_CHARS
    ):
        raise InvalidInput(Text("evidence: field 'metadata' must be a small object"), field="metadata")
    for name in ("warnings", "operations"):
        value = body.get(name)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise InvalidInput(
                Text("evidence: field '{field}' must be a list of text", field=name), field=name
            )
    return keep_set(body)


def _attribution(body: Mapping[str, Any]) -> None:
    """What the expert says about the item: ``caption``, ``description``, the ``source`` and
    ``investigation`` it belongs to (record ids; the service checks they exist), and ``taken_at``, the
    date it was taken when the one the file claims (in ``metadata``) is wrong."""
    text_field(body, "caption", max_len=MAX_CAPTION, kind="evidence")
    text_field(body, "description", max_len=MAX_DESCRIPTION, kind="evidence")
    fields.record_id(body, "source", "evidence")
    fields.record_id(body, "investigation", "evidence")
    fields.iso_date(body, "taken_at", "evidence")


def _sharing(body: Mapping[str, Any]) -> None:
    """``sealed_sha256``/``sealed_to`` and ``withheld`` (vault/exchange/evidence_sharing.py) when present."""
    sealed = body.get("sealed_sha256")
    if sealed is not None and (
        not isinstance(sealed, str) or len(sealed) != 64 or sealed.strip("0123456789abcdef")
    ):
        raise InvalidInput(
            Text("evidence: field 'sealed_sha256' must be 64 lowercase hex digits"), field="sealed_sha256"
        )
    keys = body.get("sealed_to")
    if (sealed is None) != (keys is None) or (
        keys is not None
        and (
            not isinstance(keys, list)
            or not keys
            or not all(isinstance(k, str) and len(k) == 64 for k in keys)
        )
    ):
        raise InvalidInput(
            Text("evidence: field 'sealed_to' must list the keys the original is sealed to"),
            field="sealed_to",
        )
    text_field(body, "withheld", max_len=2000, kind="evidence")
    if sealed is not None and body.get("withheld") is not None:
        raise InvalidInput(Text("evidence: an original is sealed or withheld, not both"), field="withheld")


def _flatten(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _flatten(v)]
    if isinstance(value, list):
        return [s for v in value for s in _flatten(v)]
    return [value] if isinstance(value, str) else []


def _evidence_text(body: Mapping[str, Any]) -> str:
    parts = [str(body.get("name", "")), str(body.get("caption", "")), str(body.get("description", ""))]
    # Claimed metadata is searchable (a camera serial, a document's author) though never trusted.
    parts.extend(_flatten(body.get("metadata")))
    return "\n".join(p for p in parts if p)


def _evidence_derived_text(conn: Connection, body: Mapping[str, Any]) -> str:
    sha = body.get("sha256")
    return derived.text(conn, sha) if isinstance(sha, str) else ""


SPEC = Kind(
    name="evidence",
    validate=_validate_evidence,
    title=lambda b: str(b.get("caption") or b.get("name", "")),
    search_text=_evidence_text,
    derived_text=_evidence_derived_text,
)
