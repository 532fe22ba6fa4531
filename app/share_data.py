"""Gathering a sanitized share: the chosen records, each reduced to the fields that may leave the group.

Fields are whitelisted per kind: identity fields, free-text notes, internal ids, file names of evidence
and their claimed metadata (GPS, serial numbers) never appear. A link to a source shows its code; a
link to another shared record shows that record's number in the share; other links are left out.
Photographs (evidence images, and the photographs of shared materiel items) are supplied by the caller
as metadata-free working copies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from exporters.docx_annex import STATUS_WORDS
from exporters.docx_share import SharedItem, SharedPhoto
from vault.errors import InvalidInput
from vault.guard.leakguard import TextPart
from vault.messages import Text
from vault.model import queries
from vault.readers.files import parts_of
from vault.storage.store import Connection

PhotoMaker = Callable[[str], bytes | None]

FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "item": (("type", "Type"), ("make", "Make"), ("model", "Model"), ("calibre", "Calibre"),
             ("serial_number", "Serial number"), ("lot", "Lot / batch"), ("markings", "Markings"),
             ("country_of_manufacture", "Country of manufacture"),
             ("year_of_manufacture", "Year of manufacture"),
             ("obtained", "How obtained"), ("location", "Location"), ("holder", "Holder or unit")),
    "claim": (("statement", "Statement"), ("status", "Status"), ("supports", "Supported by"),
              ("exculpatory", "Exculpatory")),
    "entity": (("type", "Type"), ("name", "Name"), ("aliases", "Aliases"), ("imo", "IMO number"),
               ("registration", "Registration"), ("flag", "Flag"), ("country", "Country"),
               ("description", "Description")),
    "evidence": (("caption", "Caption"), ("description", "Description"), ("received_at", "Received"),
                 ("sha256", "SHA-256 of the original")),
    "interview": (("date", "Date"), ("place", "Place"), ("sources", "Sources")),
    "letter": (("symbol", "Symbol"), ("addressee", "Addressee"), ("sent", "Sent"),
               ("deadline", "Reply deadline"), ("status", "Status")),
    "source": (("code", "Code"), ("type", "Type"), ("reliability", "Reliability")),
    "investigation": (("title", "Title"), ("area", "Area"), ("status", "Status")),
    "note": (("title", "Title"), ("body", "Text")),
}  # fmt: skip
HEADINGS = {"item": "Materiel item", "evidence": "Evidence item", "note": "Note", "entity": "Entity"}
LINK_FIELDS = {"supports", "exculpatory", "sources"}


@dataclass(frozen=True)
class ShareBuild:
    items: tuple[SharedItem, ...]
    parts: tuple[TextPart, ...]
    photo_files: tuple[tuple[str, bytes], ...]  # (file name, picture) for a share written as a folder


def _words(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_words(v) for v in value)
    if isinstance(value, dict):
        return ""
    text = str(value)
    return text.replace("_", " ") if text.islower() and " " not in text else text


def build_share(conn: Connection, ids: Sequence[str], photo: PhotoMaker) -> ShareBuild:
    """Each record, sanitized, with the text parts the leak guard reads and the photographs."""
    bodies: list[tuple[str, str, Mapping[str, Any]]] = []
    for rid in ids:
        found = queries.live_body(conn, rid)
        if found is None:
            raise InvalidInput(f"record {rid} is deleted; it cannot be shared", field="id")
        if found[0] not in FIELDS:
            raise InvalidInput(f"record {rid} is a {found[0]}, which cannot be shared", field="id")
        bodies.append((rid, found[0], found[1]))
    number = {rid: n for n, (rid, _, _) in enumerate(bodies, 1)}

    def link(target: str) -> str | None:
        if target in number:
            return f"item {number[target]} of this share"
        found = queries.live_body(conn, target)
        if found is not None and found[0] == "source":
            return f"source {found[1].get('code', '')}"
        return None

    items: list[SharedItem] = []
    parts: list[TextPart] = []
    files: list[tuple[str, bytes]] = []
    for n, (rid, kind, body) in enumerate(bodies, 1):
        fields: list[tuple[str, str]] = []
        for field, label in FIELDS[kind]:
            value = body.get(field)
            if field in LINK_FIELDS and isinstance(value, list):
                shown = ", ".join(t for t in (link(v) for v in value if isinstance(v, str)) if t)
            elif field == "status" and kind == "claim":
                shown = STATUS_WORDS.get(str(value), _words(value))
            else:
                shown = _words(value) if value is not None else ""
            if shown:
                fields.append((label, shown))
                where = Text("shared item {n} ({kind}) {field}", n=n, kind=kind, field=label.lower())
                parts.append(TextPart(where, shown))
        pictures = [rid] if kind == "evidence" else [p for p in body.get("photos", []) if isinstance(p, str)]
        photos: list[SharedPhoto] = []
        for pid in pictures:
            image = photo(pid)
            if image is None:
                continue
            label = f"Photo {len(files) + 1}"
            caption = _caption(conn, pid)
            photos.append(SharedPhoto(label, caption, image))
            parts.append(TextPart(Text("caption of {label}", label=label), caption))
            parts += parts_of(image, label)
            files.append((f"photo-{len(files) + 1}", image))
        items.append(
            SharedItem(f"{n}. {HEADINGS.get(kind, kind.capitalize())}", tuple(fields), tuple(photos))
        )
    return ShareBuild(tuple(items), tuple(parts), tuple(files))


def _caption(conn: Connection, evidence_id: str) -> str:
    found = queries.live_body(conn, evidence_id)
    caption = found[1].get("caption") if found else None
    return caption.strip() if isinstance(caption, str) else ""
