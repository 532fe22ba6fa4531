"""The ``entity`` kind: individuals, companies, armed groups, states, vessels, aircraft, bank accounts.

A vessel's IMO number is checked with its check digit (the seventh digit is the sum of the first six
weighted 7…2, modulo 10), so a mistyped digit is caught at entry rather than in a published annex.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vault.messages import Text
from vault.model import fields as f
from vault.model.kind import Body, Kind

KIND = "entity"
TYPES = ("individual", "company", "armed_group", "state", "vessel", "aircraft", "account")
FIELDS = (
    "type",
    "name",
    "aliases",
    "imo",
    "registration",
    "flag",
    "country",
    "bank",
    "account_number",
    "born",
    "nationality",
    "documents",
    "description",
    "related",
    "investigation",
)
LINKS = {"related": ("entity",), "investigation": ("investigation",)}
_BORN = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
_REGISTRATION = re.compile(r"^[A-Z0-9]{1,3}-?[A-Z0-9]{1,6}$")


def imo_valid(digits: str) -> bool:
    """True for seven digits whose last is the IMO check digit of the first six."""
    if not re.fullmatch(r"\d{7}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(digits[6])


def _imo(body: Mapping[str, Any], entity_type: str | None) -> str | None:
    value = f.text(body, "imo", KIND, max_len=20)
    if value is None:
        return None
    if entity_type != "vessel":
        raise f.fail(KIND, "imo", Text("applies to vessels only"))
    digits = re.sub(r"^IMO\s*", "", value.strip(), flags=re.IGNORECASE)
    if not imo_valid(digits):
        raise f.fail(KIND, "imo", Text("must be an IMO number: 7 digits whose last is the check digit"))
    return digits


def _registration(body: Mapping[str, Any], entity_type: str | None) -> str | None:
    value = f.text(body, "registration", KIND, max_len=20)
    if value is None:
        return None
    if entity_type != "aircraft":
        raise f.fail(KIND, "registration", Text("applies to aircraft only"))
    normal = value.strip().upper()
    if not _REGISTRATION.fullmatch(normal):
        raise f.fail(KIND, "registration", Text("must be an aircraft registration such as 5Y-ABC or N12345"))
    return normal


def _individual(body: Mapping[str, Any], entity_type: str | None, out: Body) -> None:
    """Date (or year) of birth, nationality and identity documents: what screening against the
    Consolidated List weighs (vault/screening/)."""
    born = f.text(body, "born", KIND, max_len=10)
    given = [k for k in ("born", "nationality", "documents") if body.get(k) is not None]
    if given and entity_type != "individual":
        raise f.fail(KIND, given[0], Text("applies to individuals only"))
    if born is not None:
        if not _BORN.fullmatch(born.strip()) or (
            len(born.strip()) == 10 and f.parse_date(born.strip()) is None
        ):
            raise f.fail(KIND, "born", Text("must be a year (1963) or a date (1963-04-11)"))
        out["born"] = born.strip()
    f.put(out, "nationality", f.text(body, "nationality", KIND, max_len=200))
    f.put(out, "documents", f.names(body, "documents", KIND, max_len=100))


def validate(body: Mapping[str, Any]) -> Body:
    f.reject_unknown(body, FIELDS, KIND)
    out: Body = {}
    entity_type = f.choice(body, "type", KIND, TYPES, required=True)
    out["type"] = entity_type
    f.put(out, "name", f.text(body, "name", KIND, required=True, max_len=f.MAX_NAME))
    f.put(out, "aliases", f.names(body, "aliases", KIND))
    f.put(out, "imo", _imo(body, entity_type))
    f.put(out, "registration", _registration(body, entity_type))
    for field in ("flag", "country", "bank", "account_number"):
        f.put(out, field, f.text(body, field, KIND, max_len=200))
    _individual(body, entity_type, out)
    f.put(out, "description", f.text(body, "description", KIND))
    f.put(out, "related", f.record_ids(body, "related", KIND))
    f.put(out, "investigation", f.record_id(body, "investigation", KIND))
    return out


def _title(body: Mapping[str, Any]) -> str:
    name = str(body.get("name", ""))
    if body.get("imo"):
        return f"{name} (IMO {body['imo']})"
    if body.get("registration"):
        return f"{name} ({body['registration']})"
    return name


def _search_text(body: Mapping[str, Any]) -> str:
    return f.join_text(
        body.get("type"),
        body.get("aliases"),
        body.get("imo"),
        body.get("registration"),
        body.get("flag"),
        body.get("country"),
        body.get("bank"),
        body.get("account_number"),
        body.get("nationality"),
        body.get("documents"),
        body.get("description"),
    )


SPEC = Kind(name=KIND, validate=validate, title=_title, search_text=_search_text)
