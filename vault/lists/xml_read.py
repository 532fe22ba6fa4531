"""Reading the Consolidated List's published XML, refusing anything that is not safely that.

The file comes from outside (downloaded when connected, or handed over on a stick), so it is read as
hostile: larger than ``MAX_LIST_BYTES`` it is refused before it is read; a DTD or entity declaration
(entity expansion, external entities) is refused before any parser sees it (vault/intake/xmlsafe.py);
the parser itself resolves no entity, loads no DTD, touches no network and keeps its default limits on
depth and node size; a root other than ``CONSOLIDATED_LIST`` or an entry without a reference number is
refused. Every refusal is an ``InvalidInput`` naming what and why; nothing is stored before reading ends.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.errors import InvalidInput, NotFound
from vault.intake.findings import Unreadable
from vault.intake.xmlsafe import refuse_declarations
from vault.lists.listing import Alias, Birth, Document, Listing
from vault.messages import Text

MAX_LIST_BYTES = 64 * 1024 * 1024  # the published list is about 2 MB; 30 times that is not a list
ROOT = "CONSOLIDATED_LIST"
_IMO = re.compile(r"\bIMO\b[^0-9]{0,20}(\d{7})\b", re.IGNORECASE)
_REFERENCE = re.compile(r"^[A-Za-z]{2,4}\.\d{1,5}$")
Element = Any  # lxml elements (lxml ships no type information)


def read_file(path: Path) -> bytes:
    """The file's bytes, refused unread when larger than ``MAX_LIST_BYTES``."""
    try:
        size = path.stat().st_size
        if size > MAX_LIST_BYTES:
            raise refused(path.name, Text("it is larger than {mb} MB", mb=MAX_LIST_BYTES // 2**20))
        with path.open("rb") as fh:
            data = fh.read(MAX_LIST_BYTES + 1)
    except FileNotFoundError:
        raise NotFound(Text("{name} does not exist", name=path.name)) from None
    except IsADirectoryError:
        raise InvalidInput(Text("{name} is a folder, not a list file", name=path.name)) from None
    except PermissionError:
        raise InvalidInput(Text("{name} cannot be read (permission denied)", name=path.name)) from None
    if len(data) > MAX_LIST_BYTES:
        raise refused(path.name, Text("it is larger than {mb} MB", mb=MAX_LIST_BYTES // 2**20))
    return data


def refused(name: str, why: str) -> InvalidInput:
    return InvalidInput(
        Text("{name} is not a Consolidated List this vault can read: {why}", name=name, why=why),
        field="list",
    )


def parse(data: bytes, name: str = "the list") -> tuple[str, list[Listing]]:
    """``(date generated, listings)`` from the published XML, or InvalidInput saying why not."""
    if len(data) > MAX_LIST_BYTES:
        raise refused(name, Text("it is larger than {mb} MB", mb=MAX_LIST_BYTES // 2**20))
    try:
        refuse_declarations(data, name)
    except Unreadable:
        raise refused(
            name, Text("it declares a DTD or XML entities (refused: possible entity expansion)")
        ) from None
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise refused(name, Text("it is not well-formed XML")) from None
    if not isinstance(root.tag, str) or root.tag != ROOT:
        raise refused(name, Text("its root element is not {root}", root=ROOT))
    listings: dict[str, Listing] = {}
    for element in root.iter("INDIVIDUAL", "ENTITY"):
        listing = _listing(element, name)
        if listing.reference in listings:
            raise refused(name, Text("reference {ref} appears twice", ref=listing.reference))
        listings[listing.reference] = listing
    if not listings:
        raise refused(name, Text("it lists no individual and no entity"))
    generated = str(root.get("dateGenerated") or "")[:40]
    return generated, sorted(listings.values(), key=lambda x: x.reference)


def _text(element: Element | None) -> str:
    if element is None:
        return ""
    return " ".join(_visible(str(element.text or "")).split())


def _visible(text: str) -> str:
    """The text without format (Cf: bidi overrides, zero-width) and control (Cc) characters, except
    tab and newline: a listed name must show as it is stored."""
    return "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cf", "Cc"))


def _child(element: Element, tag: str) -> str:
    return _text(element.find(tag))


def _values(element: Element, tag: str) -> tuple[str, ...]:
    out = [_text(v) for holder in element.findall(tag) for v in holder.findall("VALUE")]
    return tuple(v for v in out if v)


def _joined(element: Element, tags: tuple[str, ...]) -> str:
    return ", ".join(v for v in (_child(element, t) for t in tags) if v)


def _listing(e: Element, name: str) -> Listing:
    individual = e.tag == "INDIVIDUAL"
    prefix = "INDIVIDUAL" if individual else "ENTITY"
    reference = _child(e, "REFERENCE_NUMBER")
    if not _REFERENCE.match(reference):
        raise refused(name, Text("an entry has no reference number such as CDi.001"))
    parts = tuple(_child(e, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"))
    aliases = []
    for a in e.findall(f"{prefix}_ALIAS"):
        alias = _child(a, "ALIAS_NAME")
        if alias:
            aliases.append(Alias(alias, _child(a, "QUALITY").lower()))
    births = []
    for b in e.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        birth = Birth(
            _child(b, "TYPE_OF_DATE"),
            _child(b, "DATE")[:10],
            _child(b, "YEAR"),
            _child(b, "FROM_YEAR"),
            _child(b, "TO_YEAR"),
            _child(b, "NOTE"),
        )
        if birth.years() or birth.note:
            births.append(birth)
    places = [
        _joined(p, ("CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"))
        for p in e.findall(f"{prefix}_PLACE_OF_BIRTH")
    ]
    documents = []
    for d in e.findall("INDIVIDUAL_DOCUMENT"):
        kind = _joined(d, ("TYPE_OF_DOCUMENT", "TYPE_OF_DOCUMENT2"))
        country = _child(d, "ISSUING_COUNTRY") or _child(d, "COUNTRY_OF_ISSUE")
        doc = Document(kind, _child(d, "NUMBER"), country, _child(d, "NOTE"))
        if doc.type or doc.number:
            documents.append(doc)
    addresses = [
        _joined(a, ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"))
        for a in e.findall(f"{prefix}_ADDRESS")
    ]
    narrative = _child(e, "COMMENTS1")
    searched = " ".join([narrative, *(a.name for a in aliases), *addresses])
    return Listing(
        reference=reference,
        kind="individual" if individual else "entity",
        regime=_child(e, "UN_LIST_TYPE"),
        name_parts=tuple(p for p in parts if p),
        original_script=_child(e, "NAME_ORIGINAL_SCRIPT"),
        aliases=tuple(aliases),
        births=tuple(births),
        birth_places=tuple(p for p in places if p),
        nationalities=_values(e, "NATIONALITY"),
        documents=tuple(documents),
        addresses=tuple(a for a in addresses if a),
        listed_on=_child(e, "LISTED_ON")[:10],
        narrative=narrative,
        last_updated=_values(e, "LAST_DAY_UPDATED"),
        titles=_values(e, "TITLE"),
        designations=_values(e, "DESIGNATION"),
        imo_numbers=tuple(dict.fromkeys(_IMO.findall(searched))),
    )
