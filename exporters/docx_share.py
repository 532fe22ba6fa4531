"""A sanitized share as DOCX: who it is for, under whose authority, and each shared item's fields.

Plain data in, bytes out. The service chooses the fields (a whitelist per kind, sources as codes) and
supplies photographs already stripped of metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exporters.docx_common import Properties, key_values, new_document, picture, to_bytes


@dataclass(frozen=True)
class SharedPhoto:
    label: str
    caption: str
    image: bytes


@dataclass(frozen=True)
class SharedItem:
    heading: str
    fields: tuple[tuple[str, str], ...]
    photos: tuple[SharedPhoto, ...] = ()


@dataclass(frozen=True)
class Share:
    to: str
    authority: str
    date: str
    reference: str
    items: tuple[SharedItem, ...]


def write_share(share: Share, created: datetime | None = None) -> bytes:
    """The share as DOCX bytes."""
    title = f"Information shared with {share.to}"
    doc = new_document(
        Properties(title=title, subject=f"Reference {share.reference}", category="Share"), created
    )
    doc.add_heading(title, level=1)
    key_values(
        doc,
        [
            ("Shared with", share.to),
            ("Authority", share.authority),
            ("Date", share.date),
            ("Reference", share.reference),
        ],
    )
    doc.add_paragraph(
        "Sources are identified by code only. Photographs carry no metadata. Do not share further "
        "without the authority named above."
    )
    for item in share.items:
        doc.add_heading(item.heading, level=2)
        key_values(doc, list(item.fields))
        for photo in item.photos:
            picture(doc, photo.image, f"{photo.label}: {photo.caption}" if photo.caption else photo.label)
    return to_bytes(doc)
