"""The ``letter`` kind: notes verbales and letters of the right of reply, with their deadlines.

A note verbale carries a symbol of the form ``S/AC.<committee>/<year>/GE/OC.<number>``. A letter is
overdue when its reply deadline has passed, no reply is recorded (no reply document, no date received,
status not ``replied``) and it was not left as a draft or closed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "letter"
TYPES = ("note_verbale", "letter")
ADDRESSEE_TYPES = ("state", "company", "individual", "organisation")
STATUSES = ("draft", "sent", "replied", "no_reply", "closed")
FIELDS = (
    "symbol",
    "type",
    "addressee",
    "addressee_type",
    "addressee_entity",
    "claims",
    "sent",
    "deadline",
    "cutoff",
    "status",
    "reply",
    "reply_received",
    "notes",
    "investigation",
)
LINKS = {
    "addressee_entity": ("entity",),
    "claims": ("claim",),
    "reply": ("evidence",),
    "investigation": ("investigation",),
}
SYMBOL = re.compile(r"^S/AC\.(\d{1,4})/(\d{4})/GE/OC\.(\d{1,5})$")


def _symbol(body: Mapping[str, Any]) -> str | None:
    value = f.text(body, "symbol", KIND, max_len=60)
    if value is None:
        return None
    symbol = value.strip()
    match = SYMBOL.fullmatch(symbol)
    if match is None or not 1945 <= int(match.group(2)) <= 2100:
        raise f.fail(KIND, "symbol", Text("must be a symbol such as S/AC.51/2026/GE/OC.12"))
    return symbol


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    f.put(out, "symbol", _symbol(body))
    f.put(out, "type", f.choice(body, "type", KIND, TYPES))
    f.put(out, "addressee", f.text(body, "addressee", KIND, required=True, max_len=f.MAX_NAME))
    f.put(out, "addressee_type", f.choice(body, "addressee_type", KIND, ADDRESSEE_TYPES))
    f.put(out, "addressee_entity", f.record_id(body, "addressee_entity", KIND))
    f.put(out, "claims", f.record_ids(body, "claims", KIND))
    for field in ("sent", "deadline", "cutoff", "reply_received"):
        f.put(out, field, f.iso_date(body, field, KIND))
    sent, deadline = out.get("sent"), out.get("deadline")
    if sent and deadline and _day(deadline) < _day(sent):
        raise f.fail(KIND, "deadline", Text("is before the date the letter was sent"))
    f.put(out, "status", f.choice(body, "status", KIND, STATUSES))
    f.put(out, "reply", f.record_id(body, "reply", KIND))
    f.put(out, "notes", f.text(body, "notes", KIND))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    return out


def _day(value: str) -> date:
    parsed = f.parse_date(value)
    if parsed is None:  # validate() only stores parseable dates
        raise ValueError("not a date")
    return parsed


def replied(body: Mapping[str, Any]) -> bool:
    return bool(body.get("reply") or body.get("reply_received")) or body.get("status") == "replied"


def overdue_days(body: Mapping[str, Any], today: date) -> int | None:
    """Days past the reply deadline with no reply, or None when the letter is not overdue."""
    deadline = body.get("deadline")
    if not isinstance(deadline, str) or replied(body) or body.get("status") in ("draft", "closed"):
        return None
    parsed = f.parse_date(deadline)
    if parsed is None or parsed >= today:
        return None
    return (today - parsed).days


def _title(body: Mapping[str, Any]) -> str:
    addressee = str(body.get("addressee", ""))
    if body.get("symbol"):
        return Text("{symbol} to {addressee}", symbol=str(body["symbol"]), addressee=addressee)
    if body.get("type") == "note_verbale":
        return Text("Note verbale to {addressee}", addressee=addressee)
    return Text("Letter of the right of reply to {addressee}", addressee=addressee)


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(body.get("symbol"), body.get("type"), body.get("status"), body.get("notes"))


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
