"""The ``claim`` kind: a statement, its status under the methodology, and what supports or contradicts it.

Status moves ``allegation → information → verified_fact``; a move up is decided by the methodology
(vault/model/assessment.py), never by the validation here, which only checks the value is a status.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "claim"
STATUSES = ("allegation", "information", "verified_fact")
FIELDS = ("statement", "status", "supports", "exculpatory", "designation", "notes", "investigation")
SUPPORT_KINDS = ("source", "interview", "evidence", "entity", "item", "letter", "note")
LINKS = {
    "supports": SUPPORT_KINDS,
    "exculpatory": SUPPORT_KINDS,
    "investigation": ("investigation",),
}


def rank(status: str) -> int:
    """0 for allegation, 1 for information, 2 for verified fact."""
    return STATUSES.index(status)


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    f.put(out, "statement", f.text(body, "statement", KIND, required=True))
    out["status"] = f.choice(body, "status", KIND, STATUSES) or "allegation"
    f.put(out, "supports", f.record_ids(body, "supports", KIND))
    f.put(out, "exculpatory", f.record_ids(body, "exculpatory", KIND))
    f.put(out, "designation", f.boolean(body, "designation", KIND))
    f.put(out, "notes", f.text(body, "notes", KIND))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    return out


def _title(body: Mapping[str, Any]) -> str:
    statement = " ".join(str(body.get("statement", "")).split())
    return statement if len(statement) <= 120 else statement[:119] + "…"


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(body.get("statement"), body.get("status"), body.get("notes"))


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
