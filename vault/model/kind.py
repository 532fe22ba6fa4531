"""What a record kind is (a name and the functions that validate, title and index its body) and the field
checks every kind shares. The registry of kinds is vault/kinds.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from vault.errors import InvalidInput
from vault.messages import Text
from vault.storage.store import Connection

Body = dict[str, Any]


@dataclass(frozen=True)
class Kind:
    """``validate`` checks a full body and returns it normalised (it raises InvalidInput naming the field);
    ``title`` is the one line shown in lists (never a sealed identity); ``search_text`` is what the full-text
    index may hold for the record; ``derived_text``, when set, adds indexed text kept outside the body (e.g.
    extracted from an evidence file), read through the connection."""

    name: str
    validate: Callable[[Mapping[str, Any]], Body]
    title: Callable[[Mapping[str, Any]], str]
    search_text: Callable[[Mapping[str, Any]], str]
    derived_text: Callable[[Connection, Mapping[str, Any]], str] | None = None


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
