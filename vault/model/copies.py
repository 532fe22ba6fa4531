"""The kinds that record what left the vault (vault/guard/distribution.py writes them): ``draft_copy``, one
recipient's stamped copy of a draft, and ``share``, one sanitized share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

DRAFT_COPY = "draft_copy"
SHARE = "share"


def _sha(body: Mapping[str, Any], field: str, kind: str, required: bool = True) -> str | None:
    value = f.text(body, field, kind, required=required, max_len=64)
    if value is not None and (len(value) != 64 or any(c not in "0123456789abcdef" for c in value)):
        raise f.fail(kind, field, Text("must be 64 lowercase hex digits"))
    return value


def _validate_copy(body: Mapping[str, Any]) -> Body:
    kind = DRAFT_COPY
    f.reject_unknown(
        body, ("recipient", "copy_id", "sha256", "draft_sha256", "pages", "label", "issued_at"), kind
    )
    out: Body = {}
    f.put(out, "recipient", f.text(body, "recipient", kind, required=True, max_len=f.MAX_NAME))
    f.put(out, "copy_id", f.text(body, "copy_id", kind, required=True, max_len=40))
    f.put(out, "sha256", _sha(body, "sha256", kind))
    f.put(out, "draft_sha256", _sha(body, "draft_sha256", kind))
    f.put(out, "pages", f.integer(body, "pages", kind, minimum=0, maximum=1_000_000))
    f.put(out, "label", f.text(body, "label", kind, max_len=100))
    f.put(out, "issued_at", f.iso_date(body, "issued_at", kind, required=True))
    return out


def _validate_share(body: Mapping[str, Any]) -> Body:
    kind = SHARE
    f.reject_unknown(body, ("to", "authority", "reference", "items", "files", "issued_at"), kind)
    out: Body = {}
    f.put(out, "reference", f.text(body, "reference", kind, max_len=40))
    f.put(out, "to", f.text(body, "to", kind, required=True, max_len=f.MAX_NAME))
    f.put(out, "authority", f.text(body, "authority", kind, required=True, max_len=10_000))
    f.put(out, "items", f.record_ids(body, "items", kind))
    files = f.names(body, "files", kind, max_len=64) or []
    for sha in files:
        _sha({"files": sha}, "files", kind)
    out["files"] = files
    f.put(out, "issued_at", f.iso_date(body, "issued_at", kind, required=True))
    return out


COPY_SPEC = Kind(
    name=DRAFT_COPY,
    validate=_validate_copy,
    title=lambda b: Text(
        "Draft copy {copy_id} for {recipient}",
        copy_id=b.get("copy_id", ""),
        recipient=b.get("recipient", ""),
    ),
    search_text=lambda b: f.join_text(b.get("recipient"), b.get("copy_id"), b.get("label")),
)
SHARE_SPEC = Kind(
    name=SHARE,
    validate=_validate_share,
    title=lambda b: Text("Shared with {to}", to=b.get("to", "")),
    search_text=lambda b: f.join_text(b.get("to"), b.get("authority")),
)
