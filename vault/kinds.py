"""The registry of record kinds: every kind this version understands, listed once.

A kind (vault/model/kind.py) is a name plus the functions that validate, title and index its body; each
is defined in its own module of vault/model/ and named here. Kinds arriving from a newer Fieldvault in a
bundle are stored and merged like any other, shown by kind name until understood.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.errors import InvalidInput
from vault.messages import Text
from vault.model import (
    claim,
    copies,
    entity,
    evidence,
    interview,
    investigation,
    item,
    letter,
    listings,
    methodology,
    note,
    request,
    source,
)
from vault.model.kind import Kind
from vault.storage.store import Connection

KINDS: tuple[Kind, ...] = (
    note.SPEC,
    investigation.SPEC,
    source.SPEC,
    interview.SPEC,
    entity.SPEC,
    item.SPEC,
    claim.SPEC,
    methodology.SPEC,
    letter.SPEC,
    evidence.SPEC,
    copies.COPY_SPEC,
    copies.SHARE_SPEC,
    request.SPEC,
    request.DISCLOSURE_SPEC,
    listings.LIST_SPEC,
    listings.MATCH_SPEC,
)
REGISTRY: Mapping[str, Kind] = {kind.name: kind for kind in KINDS}


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
