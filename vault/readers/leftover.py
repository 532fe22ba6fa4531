"""What a supposedly stripped picture still carries, read back by the image reader before it leaves.

An exported photograph should carry no metadata at all: ``leftover_metadata`` reads what is really in
the file (vault/readers/image.py: EXIF in every IFD, XMP, IPTC, ICC, comments, text chunks), so that a
stripper that missed something is caught before the file leaves.
"""

from __future__ import annotations

from vault.readers.image import read_image

_PROFILE = "ICC profile"


def leftover_metadata(data: bytes, keep_icc: bool = False) -> list[str]:
    """Where a supposedly stripped image still carries metadata: [] if none (``keep_icc``: the colour
    profile was kept on purpose, and the outbound gate reads it like the rest)."""
    reading = read_image(data)
    places = [p.location for p in reading.parts if not (keep_icc and p.location.startswith(_PROFILE))]
    return places + list(reading.unread)
