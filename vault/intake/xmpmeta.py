"""The facts intake records from an XMP packet: capture date, GPS position, camera, serial numbers.

Photos edited on a computer, and many videos, keep these in XMP only (or in XMP as well as EXIF, where
EXIF then wins). Values are what the file claims: cleaned and clipped like any metadata. DTDs and entity
declarations are refused before parsing (vault/intake/xmlsafe.py).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.intake.findings import Unreadable, clean_number, clip, decimal, put
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text

_EXIF = "http://ns.adobe.com/exif/1.0/"
_XMP = "http://ns.adobe.com/xap/1.0/"
_TIFF = "http://ns.adobe.com/tiff/1.0/"
_AUX = "http://ns.adobe.com/exif/1.0/aux/"
_EXIF_EX = "http://cipa.jp/exif/1.0/"
_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_DC = "http://purl.org/dc/elements/1.1/"
_DATES = (("captured_at", _EXIF, "DateTimeOriginal"), ("captured_at", _PHOTOSHOP, "DateCreated"),
          ("created_at", _XMP, "CreateDate"), ("digitized_at", _EXIF, "DateTimeDigitized"),
          ("modified_at", _XMP, "ModifyDate"))  # fmt: skip
_TEXTS = (("camera_make", _TIFF, "Make"), ("camera_model", _TIFF, "Model"),
          ("camera_serial", _AUX, "SerialNumber"), ("camera_serial", _EXIF_EX, "BodySerialNumber"),
          ("lens_model", _AUX, "Lens"),
          ("software", _XMP, "CreatorTool"))  # fmt: skip
_COORD = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$")
_XMP_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def _values(root: Any, namespace: str, name: str) -> list[str]:
    """A property as an attribute of rdf:Description or as an element (its text, or its first rdf:li)."""
    found: list[str] = []
    for element in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description"):
        value = element.get(f"{{{namespace}}}{name}")
        if value:
            found.append(value)
    for element in root.iter(f"{{{namespace}}}{name}"):
        texts = [t for t in element.itertext() if t.strip()]
        if texts:
            found.append(texts[0].strip())
    return found


def parse(untrusted_xmp: bytes) -> Any:
    """The packet's root element (None when it is not well-formed XML)."""
    try:
        refuse_declarations(untrusted_xmp, Text("the XMP packet"))
    except Unreadable:
        return None
    start = untrusted_xmp.find(b"<")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        return etree.fromstring(untrusted_xmp[max(start, 0) :], parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def facts(untrusted_xmp: bytes) -> dict[str, Any]:
    """Dates, position, camera and serials an XMP packet claims ({} when it claims none, or is not XML)."""
    root = parse(untrusted_xmp)
    found: dict[str, Any] = {}
    if root is None:
        return found
    for key, namespace, name in _DATES:
        if key not in found:
            put(found, key, _date(next(iter(_values(root, namespace, name)), None)))
    for key, namespace, name in _TEXTS:
        if key not in found:
            put(found, key, clip(next(iter(_values(root, namespace, name)), None), 300))
    latitude = _coordinate(next(iter(_values(root, _EXIF, "GPSLatitude")), None))
    longitude = _coordinate(next(iter(_values(root, _EXIF, "GPSLongitude")), None))
    if latitude is not None and longitude is not None and abs(latitude) <= 90 and abs(longitude) <= 180:
        found["gps_latitude"] = decimal(latitude, 7)
        found["gps_longitude"] = decimal(longitude, 7)
        altitude = _rational(next(iter(_values(root, _EXIF, "GPSAltitude")), None))
        if altitude is not None:
            below = next(iter(_values(root, _EXIF, "GPSAltitudeRef")), "0") == "1"
            found["gps_altitude"] = decimal(-altitude if below else altitude, 2)
    return found


def _date(untrusted: str | None) -> str | None:
    text = (untrusted or "").strip()
    return text if _XMP_DATE.match(text) else None


def _rational(untrusted: str | None) -> float | None:
    if not untrusted:
        return None
    top, _, bottom = untrusted.partition("/")
    number = clean_number(top)
    divisor = clean_number(bottom) if bottom else 1.0
    return number / divisor if number is not None and divisor else None


def _coordinate(untrusted: str | None) -> float | None:
    """XMP's GPS coordinate: "DDD,MM,SSk" or "DDD,MM.mmk" (k: N, S, E or W)."""
    found = _COORD.match(untrusted or "")
    if found is None:
        return None
    degrees, minutes, seconds, ref = found.groups()
    value = float(degrees) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
    if float(minutes or 0) >= 60 or float(seconds or 0) >= 60:
        return None
    return -value if ref in "SW" else value
