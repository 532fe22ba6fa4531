"""Field checks shared by the investigation model's kinds.

Each check reads one field of a body, raises ``InvalidInput`` naming the field and why, and returns the
normalised value (None when the field is absent). Checks are strict about types, so a float or a
nested object never slips into a field that expects text, a date or an id.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date, datetime
from typing import Any

from vault.errors import InvalidInput
from vault.messages import Text
from vault.model.kind import text_field

MAX_ID = 64
MAX_NAME = 500
MAX_LIST = 1000
_ID = re.compile(r"^[0-9a-f-]{6,64}$")


def fail(kind: str, field: str, why: str) -> InvalidInput:
    """The one wording of a field error: ``kind: field 'name' why`` (``why`` a Text, translated too)."""
    return InvalidInput(Text("{kind}: field '{field}' {why}", kind=kind, field=field, why=why), field=field)


def text(
    body: Mapping[str, Any], field: str, kind: str, *, required: bool = False, max_len: int = 100_000
) -> str | None:
    """Text, with surrounding white space kept (it may be meaningful in notes)."""
    return text_field(body, field, required=required, max_len=max_len, kind=kind)


def choice(
    body: Mapping[str, Any], field: str, kind: str, allowed: Collection[str], *, required: bool = False
) -> str | None:
    """One of ``allowed``; spaces and dashes in the input are read as underscores."""
    value = text_field(body, field, required=required, max_len=100, kind=kind)
    if value is None:
        return None
    normal = value.strip().lower().replace(" ", "_").replace("-", "_")
    if normal not in allowed:
        raise fail(kind, field, Text("must be one of: {choices}", choices=", ".join(sorted(allowed))))
    return normal


def boolean(body: Mapping[str, Any], field: str, kind: str) -> bool | None:
    value = body.get(field)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise fail(kind, field, Text("must be true or false"))
    return value


def integer(body: Mapping[str, Any], field: str, kind: str, *, minimum: int, maximum: int) -> int | None:
    value = body.get(field)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(kind, field, Text("must be a whole number"))
    if not minimum <= value <= maximum:
        raise fail(
            kind, field, Text("must be between {minimum} and {maximum}", minimum=minimum, maximum=maximum)
        )
    return value


def iso_date(body: Mapping[str, Any], field: str, kind: str, *, required: bool = False) -> str | None:
    """An ISO 8601 date (``2026-03-01``) or date and time (``2026-03-01T14:30``, offset allowed)."""
    value = text_field(body, field, required=required, max_len=40, kind=kind)
    if value is None:
        return None
    value = value.strip()
    if parse_date(value) is None:
        raise fail(kind, field, Text("must be an ISO 8601 date such as 2026-03-01 (or 2026-03-01T14:30)"))
    return value


def parse_date(value: str) -> date | None:
    """The calendar date of an ISO 8601 date or date-time, or None when it is not one."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", value):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None


def names(
    body: Mapping[str, Any], field: str, kind: str, *, required: bool = False, max_len: int = MAX_NAME
) -> list[str] | None:
    """A list of short texts (names, aliases); blanks dropped, duplicates kept once, order kept."""
    value = body.get(field)
    if value is None:
        if required:
            raise fail(kind, field, Text("is required"))
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(kind, field, Text("must be a list of texts"))
    if len(value) > MAX_LIST:
        raise fail(kind, field, Text("has more than {n} entries", n=MAX_LIST))
    cleaned = list(dict.fromkeys(v.strip() for v in value if v.strip()))
    if any(len(v) > max_len for v in cleaned):
        raise fail(kind, field, Text("has an entry longer than {max_len} characters", max_len=max_len))
    if required and not cleaned:
        raise fail(kind, field, Text("must name at least one"))
    return cleaned


def record_id(body: Mapping[str, Any], field: str, kind: str, *, required: bool = False) -> str | None:
    """The id of another record (its existence is checked by the service, which has the store)."""
    value = text_field(body, field, required=required, max_len=MAX_ID, kind=kind)
    if value is None:
        return None
    if not _ID.fullmatch(value):
        raise fail(kind, field, Text("must be a record id"))
    return value


def record_ids(body: Mapping[str, Any], field: str, kind: str) -> list[str] | None:
    """A list of record ids, each kept once, order kept."""
    value = body.get(field)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(kind, field, Text("must be a list of record ids"))
    if len(value) > MAX_LIST:
        raise fail(kind, field, Text("has more than {n} entries", n=MAX_LIST))
    if not all(_ID.fullmatch(v) for v in value):
        raise fail(kind, field, Text("must be a list of record ids"))
    return list(dict.fromkeys(value))


def reject_unknown(body: Mapping[str, Any], allowed: Collection[str], kind: str) -> None:
    for field in body:
        if field not in allowed:
            raise InvalidInput(
                Text(
                    "{kind}: unknown field '{field}' (known fields: {known})",
                    kind=kind,
                    field=field,
                    known=", ".join(sorted(allowed)),
                ),
                field=field,
            )


def put(out: dict[str, Any], field: str, value: object) -> None:
    """Set ``field`` in a normalised body unless the value is absent."""
    if value is not None:
        out[field] = value


def join_text(*parts: object) -> str:
    """Search text from the given parts (lists flattened, absent parts skipped)."""
    flat: list[str] = []
    for part in parts:
        if isinstance(part, list):
            flat.extend(str(p) for p in part)
        elif part is not None and part != "":
            flat.append(str(part))
    return "\n".join(flat)
