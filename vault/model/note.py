"""The note kind: interview and meeting notes typed by the expert."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.model import fields
from vault.model.kind import Body, Kind, keep_set, reject_unknown, text_field

KIND = "note"
FIELDS = {"title", "body", "investigation", "date"}


def validate(body: Mapping[str, Any]) -> Body:
    reject_unknown(body, FIELDS, KIND)
    text_field(body, "title", required=True, max_len=500, kind=KIND)
    text_field(body, "body", kind=KIND)
    fields.record_id(body, "investigation", KIND)
    fields.iso_date(body, "date", KIND)
    return keep_set(body)


SPEC = Kind(
    name=KIND,
    validate=validate,
    title=lambda b: str(b.get("title", "")),
    search_text=lambda b: str(b.get("body", "")),
)
