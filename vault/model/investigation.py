"""The ``investigation`` kind: what a group investigates, in which area, by whom, under which rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "investigation"
AREAS = (
    "arms_embargo",
    "assets_freeze",
    "travel_ban",
    "natural_resources",
    "finance",
    "human_rights_ihl",
)
STATUSES = ("open", "monitoring", "suspended", "closed")
FIELDS = ("title", "area", "status", "rationale", "experts", "methodology", "summary")
LINKS = {"methodology": ("methodology",)}


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    f.put(out, "title", f.text(body, "title", KIND, required=True, max_len=f.MAX_NAME))
    f.put(out, "area", f.choice(body, "area", KIND, AREAS))
    f.put(out, "status", f.choice(body, "status", KIND, STATUSES))
    f.put(out, "rationale", f.text(body, "rationale", KIND))
    f.put(out, "experts", f.names(body, "experts", KIND))
    f.put(out, "methodology", f.record_id(body, "methodology", KIND))
    f.put(out, "summary", f.text(body, "summary", KIND))
    return out


def _title(body: Mapping[str, Any]) -> str:
    return str(body.get("title", ""))


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(body.get("area"), body.get("rationale"), body.get("experts"), body.get("summary"))


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
