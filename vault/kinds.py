"""The registry of record kinds: how each kind is validated, titled and indexed for search.

A kind is a name plus three functions (and an optional fourth). ``validate`` checks a full body and
returns it normalised (it raises InvalidInput naming the field); ``title`` is the one line shown in
lists (never a sealed identity); ``search_text`` is what the full-text index may hold for the record;
``derived_text``, when set, adds indexed text kept outside the body (e.g. extracted from an evidence
file), read through the connection. Kinds arriving from a newer Fieldvault in a bundle are stored and
merged like any other, shown by kind name until understood.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from vault.errors import InvalidInput
from vault.messages import Text
from vault.store import Connection

Body = dict[str, Any]


@dataclass(frozen=True)
class Kind:
    name: str
    validate: Callable[[Mapping[str, Any]], Body]
    title: Callable[[Mapping[str, Any]], str]
    search_text: Callable[[Mapping[str, Any]], str]
    derived_text: Callable[[Connection, Mapping[str, Any]], str] | None = None


REGISTRY: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    REGISTRY[kind.name] = kind
    return kind


def get(name: str) -> Kind:
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise InvalidInput(
            Text("unknown kind '{kind}' (known kinds: {known})", kind=name, known=known), field="kind"
        ) from None


def title_of(kind: str, body: Mapping[str, Any]) -> str:
    spec = REGISTRY.get(kind)
    return spec.title(body) if spec else f"({kind})"


def search_text_of(kind: str, body: Mapping[str, Any]) -> str:
    spec = REGISTRY.get(kind)
    return spec.search_text(body) if spec else ""


def derived_text_of(conn: Connection, kind: str, body: Mapping[str, Any]) -> str:
    """Text a kind indexes from outside the body (empty for kinds without ``derived_text``)."""
    spec = REGISTRY.get(kind)
    return spec.derived_text(conn, body) if spec and spec.derived_text else ""


# --- field helpers shared by kinds ---------------------------------------------------------------------

MAX_TEXT = 1_000_000


def text_field(
    body: Mapping[str, Any],
    field: str,
    *,
    required: bool = False,
    max_len: int = MAX_TEXT,
    kind: str = "record",
) -> str | None:
    value = body.get(field)
    if value is None:
        if required:
            raise InvalidInput(
                Text("{kind}: field '{field}' is required", kind=kind, field=field), field=field
            )
        return None
    if not isinstance(value, str):
        raise InvalidInput(Text("{kind}: field '{field}' must be text", kind=kind, field=field), field=field)
    if required and not value.strip():
        raise InvalidInput(
            Text("{kind}: field '{field}' must not be empty", kind=kind, field=field), field=field
        )
    if len(value) > max_len:
        raise InvalidInput(
            Text(
                "{kind}: field '{field}' is longer than {max_len} characters",
                kind=kind,
                field=field,
                max_len=max_len,
            ),
            field=field,
        )
    return value


def reject_unknown(body: Mapping[str, Any], allowed: set[str], kind: str) -> None:
    for field in body:
        if field not in allowed:
            raise InvalidInput(Text("{kind}: unknown field '{field}'", kind=kind, field=field), field=field)


def keep_set(body: Mapping[str, Any]) -> Body:
    """The body without fields set to None (None in an edit means "remove this field")."""
    return {k: v for k, v in body.items() if v is not None}


# --- notes (interview and meeting notes) ------------------------------------------------

NOTE_FIELDS = {"title", "body", "investigation", "date"}


def _validate_note(body: Mapping[str, Any]) -> Body:
    # The model's field checks, imported here because vault.model imports this module.
    from vault.model import fields

    reject_unknown(body, NOTE_FIELDS, "note")
    text_field(body, "title", required=True, max_len=500, kind="note")
    text_field(body, "body", kind="note")
    fields.record_id(body, "investigation", "note")
    fields.iso_date(body, "date", "note")
    return keep_set(body)


register(
    Kind(
        name="note",
        validate=_validate_note,
        title=lambda b: str(b.get("title", "")),
        search_text=lambda b: str(b.get("body", "")),
    )
)


# Kinds owned by other modules register themselves on import; importing them here means any user of the
# registry sees every kind. (They import this module, which is complete by this line.)
from vault import distribution, evidence, model  # noqa: E402, F401
