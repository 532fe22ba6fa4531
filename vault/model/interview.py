"""The ``interview`` kind: a meeting with interlocutors, memorialized.

Whether two experts were present matters for material supporting a designation, so it is computed from
``experts_present`` on every save and stored as ``two_experts_present`` (a value sent for it is
replaced: it can only say what the list of experts says).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "interview"
FIELDS = (
    "date",
    "place",
    "experts_present",
    "interpreter",
    "sources",
    "language",
    "consent_given",
    "notes",
    "follow_ups",
    "investigation",
    "two_experts_present",
)
LINKS = {"sources": ("source",), "investigation": ("investigation",)}


def distinct_experts(names: list[str]) -> int:
    """How many different people a list of expert names holds (case and spacing ignored)."""
    return len({" ".join(n.casefold().split()) for n in names})


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    f.put(out, "date", f.iso_date(body, "date", KIND, required=True))
    f.put(out, "place", f.text(body, "place", KIND, max_len=f.MAX_NAME))
    experts = f.names(body, "experts_present", KIND, required=True) or []
    out["experts_present"] = experts
    f.put(out, "interpreter", f.text(body, "interpreter", KIND, max_len=f.MAX_NAME))
    f.put(out, "sources", f.record_ids(body, "sources", KIND))
    f.put(out, "language", f.text(body, "language", KIND, max_len=100))
    f.put(out, "consent_given", f.boolean(body, "consent_given", KIND))
    f.put(out, "notes", f.text(body, "notes", KIND, max_len=1_000_000))
    f.put(out, "follow_ups", f.text(body, "follow_ups", KIND))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    f.boolean(body, "two_experts_present", KIND)
    out["two_experts_present"] = distinct_experts(experts) >= 2
    return out


def _title(body: Mapping[str, Any]) -> str:
    place = body.get("place")
    return f"Interview {body.get('date', '')}" + (f", {place}" if place else "")


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(
        body.get("place"),
        body.get("experts_present"),
        body.get("interpreter"),
        body.get("language"),
        body.get("notes"),
        body.get("follow_ups"),
    )


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
