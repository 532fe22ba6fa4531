"""The ``item`` kind: a weapon or ammunition item documented in the field, and its tracing request.

Markings are kept as text plus links to the photographs (evidence items) that show them; the tracing
request is one object ``{"sent_to", "date", "reply", "reply_date", "status"}`` because it is sent,
answered and closed as one thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "item"
OBTAINED = ("seized", "ddr", "inspection", "cargo", "other")
TRACING_STATUS = ("not_sent", "sent", "replied", "no_reply", "closed")
FIELDS = (
    "type",
    "make",
    "model",
    "calibre",
    "serial_number",
    "lot",
    "markings",
    "photos",
    "country_of_manufacture",
    "year_of_manufacture",
    "obtained",
    "location",
    "holder",
    "tracing",
    "notes",
    "investigation",
)
TRACING_FIELDS = ("sent_to", "date", "reply", "reply_date", "status")
LINKS = {"photos": ("evidence",), "investigation": ("investigation",)}


def _tracing(body: Mapping[str, Any]) -> Body | None:
    value = body.get("tracing")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise f.fail(KIND, "tracing", Text("must be an object with sent_to, date, reply, reply_date, status"))
    for key in value:
        if key not in TRACING_FIELDS:
            raise f.fail(
                KIND,
                "tracing",
                Text(
                    "has an unknown entry '{entry}' (known: {known})",
                    entry=key,
                    known=", ".join(TRACING_FIELDS),
                ),
            )
    # Checked under their dotted names, so an error names the entry as a user writes it: tracing.date.
    dotted = {f"tracing.{k}": v for k, v in value.items()}
    out: Body = {}
    for key in ("sent_to", "reply"):
        f.put(out, key, f.text(dotted, f"tracing.{key}", KIND, max_len=10_000))
    for key in ("date", "reply_date"):
        f.put(out, key, f.iso_date(dotted, f"tracing.{key}", KIND))
    f.put(out, "status", f.choice(dotted, "tracing.status", KIND, TRACING_STATUS))
    return out


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    for field in ("type", "make", "model", "calibre", "serial_number", "lot"):
        f.put(out, field, f.text(body, field, KIND, max_len=200))
    f.put(out, "markings", f.text(body, "markings", KIND, max_len=10_000))
    f.put(out, "photos", f.record_ids(body, "photos", KIND))
    f.put(out, "country_of_manufacture", f.text(body, "country_of_manufacture", KIND, max_len=200))
    year_max = date.today().year + 1
    f.put(
        out,
        "year_of_manufacture",
        f.integer(body, "year_of_manufacture", KIND, minimum=1800, maximum=year_max),
    )
    f.put(out, "obtained", f.choice(body, "obtained", KIND, OBTAINED))
    f.put(out, "location", f.text(body, "location", KIND, max_len=f.MAX_NAME))
    f.put(out, "holder", f.text(body, "holder", KIND, max_len=f.MAX_NAME))
    f.put(out, "tracing", _tracing(body))
    f.put(out, "notes", f.text(body, "notes", KIND))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    if not out.get("type") and not out.get("serial_number") and not out.get("make"):
        raise f.fail(KIND, "type", Text("is required unless a make or serial number is given"))
    return out


def _title(body: Mapping[str, Any]) -> str:
    head = " ".join(str(body[k]) for k in ("make", "model", "calibre") if body.get(k)) or str(
        body.get("type", "item")
    )
    serial = body.get("serial_number")
    return f"{head}, serial {serial}" if serial else head


def _search_text(body: Mapping[str, Any]) -> str:
    tracing = body.get("tracing") or {}
    return f.join_text(
        body.get("type"),
        body.get("serial_number"),
        body.get("lot"),
        body.get("markings"),
        body.get("country_of_manufacture"),
        body.get("obtained"),
        body.get("location"),
        body.get("holder"),
        body.get("notes"),
        tracing.get("sent_to"),
        tracing.get("reply"),
    )


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
