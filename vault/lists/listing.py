"""One listed individual or entity as the Consolidated List publishes it, in plain data.

A ``Listing`` is what the rest of the vault uses (diff, screening, display); it is built from the XML by
vault/lists/xml_read.py and never from anything else, so every field is text the Secretariat published.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Alias:
    name: str
    quality: str  # "good", "low" or "" (the list leaves it empty for some)


@dataclass(frozen=True)
class Birth:
    """A date of birth as listed: ``date`` (YYYY-MM-DD), ``year``, or a range of years."""

    kind: str  # EXACT, APPROXIMATELY, BETWEEN … (the list's TYPE_OF_DATE), "" when absent
    date: str = ""
    year: str = ""
    from_year: str = ""
    to_year: str = ""
    note: str = ""

    def years(self) -> tuple[int, int] | None:
        """The range of years this date allows, or None when it names none."""
        try:
            if self.date:
                y = int(self.date[:4])
                return y, y
            if self.year:
                y = int(self.year)
                return y, y
            if self.from_year and self.to_year:
                return int(self.from_year), int(self.to_year)
        except ValueError:
            return None
        return None


@dataclass(frozen=True)
class Document:
    type: str
    number: str
    country: str = ""
    note: str = ""


@dataclass(frozen=True)
class Listing:
    """One entry of the list. ``kind`` is ``individual`` or ``entity``; ``reference`` is e.g. CDi.001."""

    reference: str
    kind: str
    regime: str
    name_parts: tuple[str, ...]
    original_script: str = ""
    aliases: tuple[Alias, ...] = ()
    births: tuple[Birth, ...] = ()
    birth_places: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    documents: tuple[Document, ...] = ()
    addresses: tuple[str, ...] = ()
    listed_on: str = ""
    narrative: str = ""
    last_updated: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    designations: tuple[str, ...] = ()
    imo_numbers: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return " ".join(p for p in self.name_parts if p)

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["name"] = self.name
        return out

    def fields(self) -> dict[str, Any]:
        """Every compared field (what ``list diff`` reports as amended), as plain JSON values."""
        out = self.as_json()
        out.pop("reference")
        return out
