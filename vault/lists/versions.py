"""Imported versions of the list: storing one (the XML as an attachment, a ``sanctions_list`` record),
reading them back, and what changed between two.

A version is read back from its attachment and parsed again (0.2 s for the full list); the parse is
kept per content in memory, so screening does not repeat it.
"""

from __future__ import annotations

import dataclasses
import functools
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from vault.errors import InvalidInput, NotFound
from vault.intake import derived, examine
from vault.keys.identity import Identity
from vault.lists import xml_read
from vault.lists.listing import Listing
from vault.messages import Text
from vault.model.listings import LIST_KIND
from vault.storage import attachments, records
from vault.storage.store import Connection

MEDIA_TYPE = "application/xml"


@dataclass(frozen=True)
class Version:
    record_id: str
    sha256: str
    generated: str
    individuals: int
    entities: int
    received: bool = False  # only a colleague's record names it (never imported in this vault)


@dataclass(frozen=True)
class Imported:
    version: Version
    new: bool  # False when this very file was imported before


@dataclass(frozen=True)
class Change:
    reference: str
    name: str
    regime: str
    status: str  # added, removed, amended
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # amended: field -> (before, after)


def import_xml(conn: Connection, me: Identity, data: bytes, name: str) -> Imported:
    """Parse ``data`` (refused as a whole when it is not a list) and store it; inside a transaction."""
    generated, listings = xml_read.parse(data, name)
    sha = attachments.store_stream(conn, io.BytesIO(data)).sha256
    for version in versions(conn):
        if version.sha256 == sha:
            return Imported(version, False)
    # The list is read by the gate like any original: its bytes are examined by the reader the intake
    # uses for such a file (in this process: they already passed the strict parser above) and that
    # reading is stored, so comments and any text the parser drops are read too. Bytes already held as
    # evidence and read by the current pipeline keep their reading.
    if derived.reading(conn, sha) is None:
        derived.put(conn, sha, examine.examine(data))
    body = {
        "sha256": sha,
        "generated": generated or "unknown",
        "individuals": sum(1 for x in listings if x.kind == "individual"),
        "entities": sum(1 for x in listings if x.kind == "entity"),
        "regimes": sorted({x.regime for x in listings if x.regime}),
        "imported": datetime.now(UTC).date().isoformat(),
    }
    rec = records.create(conn, me, LIST_KIND, body, action="list-import", detail={"sha256": sha})
    _cache(sha, tuple(listings))
    return Imported(_version(rec.id, rec.body), True)


def _version(record_id: str, body: Any) -> Version:
    return Version(
        record_id,
        str(body.get("sha256", "")),
        str(body.get("generated", "")),
        int(body.get("individuals", 0)),
        int(body.get("entities", 0)),
    )


def versions(conn: Connection, own: str | None = None) -> list[Version]:
    """Every distinct imported content, oldest generated first (one version per content). With ``own``
    (this vault's key id), a content no record of which was imported here is marked ``received``."""
    seen: dict[str, Version] = {}
    local = _imported_here(conn, own) if own is not None else None
    rows = conn.execute("SELECT id FROM records WHERE kind = ? AND deleted = 0 ORDER BY n", (LIST_KIND,))
    for (rid,) in rows.fetchall():
        v = _version(str(rid), records.get(conn, str(rid)).body)
        if not v.sha256 or not attachments.exists(conn, v.sha256):
            continue
        here = local is None or str(rid) in local
        if v.sha256 not in seen or (here and seen[v.sha256].received):
            seen[v.sha256] = dataclasses.replace(v, received=not here)
    return sorted(seen.values(), key=lambda v: (_instant(v.generated), v.generated, v.record_id))


def _imported_here(conn: Connection, own: str) -> set[str]:
    """Ids of the list records this vault imported itself (its own audit chain says so)."""
    rows = conn.execute(
        "SELECT target FROM audit WHERE chain = ? AND action = 'list-import' AND target IS NOT NULL", (own,)
    ).fetchall()
    return {str(r[0]) for r in rows}


def preferred(found: list[Version]) -> list[Version]:
    """``found`` in the order a default is chosen: the versions imported here, newest first, then the
    received ones, newest first. A colleague's list dated later never silently replaces the expert's."""
    return [v for v in reversed(found) if not v.received] + [v for v in reversed(found) if v.received]


def _instant(generated: str) -> float:
    try:
        moment = datetime.fromisoformat(generated)
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def latest_readable(conn: Connection, own: str | None = None) -> Version:
    """The newest version imported here whose stored XML reads as a list (else the newest received one).
    A version received in a bundle may not read (a damaged or hostile colleague's record): it is passed
    over, never allowed to stop screening."""
    found = versions(conn, own)
    if not found:
        raise NotFound(Text("no Consolidated List was imported into this vault (fieldvault list import)"))
    for version in preferred(found):
        try:
            listings(conn, version)
        except InvalidInput:
            continue
        return version
    raise InvalidInput(Text("no imported version of the list can be read"), field="list")


def version_of(conn: Connection, text: str | None, own: str | None = None) -> Version:
    """The version named by a record id (or prefix), a SHA-256 prefix or a generated date; None: the
    latest imported here (else the latest received)."""
    found = versions(conn, own)
    if not found:
        raise NotFound(Text("no Consolidated List was imported into this vault (fieldvault list import)"))
    if text is None:
        return preferred(found)[0]
    for v in found:
        if text and (
            v.record_id.startswith(text) or v.sha256.startswith(text) or v.generated.startswith(text)
        ):
            return v
    raise NotFound(Text("no imported list version '{text}'", text=text))


_LOADED: dict[str, tuple[Listing, ...]] = {}


def _cache(sha: str, listings: tuple[Listing, ...]) -> None:
    if len(_LOADED) >= 4:
        _LOADED.pop(next(iter(_LOADED)))
    _LOADED[sha] = listings


def listings(conn: Connection, version: Version) -> tuple[Listing, ...]:
    """The version's entries, parsed from its stored XML (kept in memory per content)."""
    cached = _LOADED.get(version.sha256)
    if cached is not None:
        return cached
    if attachments.size_of(conn, version.sha256) > xml_read.MAX_LIST_BYTES:
        raise xml_read.refused(
            Text("the stored list"), Text("it is larger than {mb} MB", mb=xml_read.MAX_LIST_BYTES // 2**20)
        )
    data = b"".join(attachments.iter_chunks(conn, version.sha256))
    _, parsed = xml_read.parse(data, Text("the stored list"))
    result = tuple(parsed)
    _cache(version.sha256, result)
    return result


def by_reference(items: tuple[Listing, ...]) -> dict[str, Listing]:
    return {x.reference: x for x in items}


def diff(before: tuple[Listing, ...], after: tuple[Listing, ...], regime: str | None = None) -> list[Change]:
    """Added, removed and amended entries (field by field), in reference order."""
    old, new = by_reference(before), by_reference(after)
    out: list[Change] = []
    for ref in sorted(old.keys() | new.keys()):
        a, b = old.get(ref), new.get(ref)
        shown = b or a
        if shown is None:
            continue
        wanted = regime is None or _regime_key(regime) in {_regime_key(x.regime) for x in (a, b) if x}
        if not wanted:
            continue
        if a is None:
            out.append(Change(ref, shown.name, shown.regime, "added"))
        elif b is None:
            out.append(Change(ref, shown.name, shown.regime, "removed"))
        else:
            fa, fb = a.fields(), b.fields()
            changed = {k: (fa.get(k), fb.get(k)) for k in fa.keys() | fb.keys() if fa.get(k) != fb.get(k)}
            if changed:
                out.append(Change(ref, shown.name, shown.regime, "amended", dict(sorted(changed.items()))))
    return out


@functools.cache
def _regime_key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())
