"""Links between records: which fields of which kinds name other records, and checking them.

A link is a record id in a field (``supports``, ``sources``, ``investigation``, …). When an expert
enters one, it must name a live record of a kind the field accepts; a source may be named by its code
(``S-017``) and any record by a unique id prefix, both stored as the full id. Records arriving in
bundles are not checked here: what they link to may arrive in a later bundle.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from vault.errors import InvalidInput, NotFound
from vault.messages import Text, message_of
from vault.model import claim, entity, interview, investigation, item, letter, queries, request, source
from vault.storage import records
from vault.storage.store import Connection

LINK_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    m.KIND: dict(m.LINKS) for m in (investigation, source, interview, entity, item, claim, letter, request)
}
LIST_FIELDS = frozenset({"sources", "related", "photos", "supports", "exculpatory", "claims"})

# What ``record link FROM TO`` means when no field is named: the one obvious field for the pair.
_DEFAULT_FIELD: dict[tuple[str, str], str] = {
    ("interview", "source"): "sources",
    ("entity", "entity"): "related",
    ("item", "evidence"): "photos",
    ("letter", "claim"): "claims",
    ("letter", "evidence"): "reply",
    ("letter", "entity"): "addressee_entity",
    ("investigation", "methodology"): "methodology",
    **{("claim", k): "supports" for k in claim.SUPPORT_KINDS},
}


def resolve_ref(conn: Connection, text: str) -> str:
    """The full id a user's reference names: a source code, a full id or a unique id prefix."""
    code = source.normal_code(text)
    if code is not None:
        found = queries.sources_by_code(conn, code)
        if len(found) > 1:  # in an archive, two experts may each have chosen the same code
            ids = ", ".join(f[:8] for f in found)
            raise InvalidInput(
                Text(
                    "{code} names {n} sources ({ids}); give the id instead", code=code, n=len(found), ids=ids
                ),
                field="id",
            )
        if found:
            return found[0]
    return records.resolve_id(conn, text)


def _either(names: Collection[str]) -> str:
    """``a or b or c``, each ``or`` a Text (so it is translated) around the names."""
    joined = ""
    for name in names:
        joined = Text("{first} or {other}", first=joined, other=name) if joined else name
    return joined


def _check_one(conn: Connection, kind: str, field: str, ref: str, allowed: Collection[str]) -> str:
    try:
        target = resolve_ref(conn, ref)
    except NotFound:
        raise InvalidInput(
            Text("{kind}: field '{field}': no record with id {id}", kind=kind, field=field, id=ref),
            field=field,
        ) from None
    except InvalidInput as exc:
        raise InvalidInput(
            Text("{kind}: field '{field}': {error}", kind=kind, field=field, error=message_of(exc)),
            field=field,
        ) from None
    found = queries.live_body(conn, target)
    if found is None:
        raise InvalidInput(
            Text("{kind}: field '{field}': record {id} is deleted", kind=kind, field=field, id=target),
            field=field,
        )
    if found[0] not in allowed:
        raise InvalidInput(
            Text(
                "{kind}: field '{field}' links to {kinds} records, not to a {found}",
                kind=kind,
                field=field,
                kinds=_either(allowed),
                found=found[0],
            ),
            field=field,
        )
    return target


def resolve_links(
    conn: Connection, kind: str, body: Mapping[str, Any], fields: Collection[str] | None = None
) -> dict[str, Any]:
    """``body`` with the link fields (all, or those in ``fields``) checked and stored as full ids.

    Values of the wrong shape are left as they are, for the kind's validation to name.
    """
    out = dict(body)
    for field, allowed in LINK_FIELDS.get(kind, {}).items():
        if fields is not None and field not in fields:
            continue
        value = out.get(field)
        if isinstance(value, str):
            out[field] = _check_one(conn, kind, field, value, allowed)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[field] = [_check_one(conn, kind, field, v, allowed) for v in value]
    return out


def default_field(from_kind: str, to_kind: str) -> str | None:
    return _DEFAULT_FIELD.get((from_kind, to_kind)) or (
        "investigation"
        if to_kind == "investigation" and "investigation" in LINK_FIELDS.get(from_kind, {})
        else None
    )


def with_link(from_kind: str, body: Mapping[str, Any], field: str, target: str) -> dict[str, Any]:
    """The change that adds ``target`` to ``field`` (appended to a list field, set on a single one)."""
    if field not in LINK_FIELDS.get(from_kind, {}):
        known = ", ".join(sorted(LINK_FIELDS.get(from_kind, {}))) or Text("none")
        raise InvalidInput(
            Text(
                "a {kind} has no link field '{field}' (its link fields: {known})",
                kind=from_kind,
                field=field,
                known=known,
            ),
            field="as",
        )
    if field in LIST_FIELDS:
        current = body.get(field)
        existing = [v for v in current if isinstance(v, str)] if isinstance(current, list) else []
        return {field: existing if target in existing else [*existing, target]}
    return {field: target}


def referrers(conn: Connection, record_id: str) -> list[tuple[str, str, str]]:
    """``(id, kind, field)`` for every live record linking to ``record_id``, oldest first."""
    found: list[tuple[str, str, str]] = []
    for rid, kind, body in queries.mentioning(conn, record_id):
        for field in LINK_FIELDS.get(kind, {}):
            value = body.get(field)
            if value == record_id or (isinstance(value, list) and record_id in value):
                found.append((rid, kind, field))
    return found
