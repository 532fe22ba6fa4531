"""Phone numbers as people write them, read with Google's libphonenumber (``phonenumbers``).

A number is known by its national significant number (NSN: the digits after the country code and any
trunk prefix) and, when it can be told, its country calling code: "+243 81 234 5678", "0812345678"
written in Kinshasa and "00243-812-345-678" are the same line. ``numbers_in_contacts`` reads each number
of a free-text contacts field on its own ("+243 81 234 5678 / 0998 765 432" is two numbers; the second
takes the country of the first); ``numbers_in_text`` finds candidates in running text with the
library's matcher, leniently (any separator, dashes and dots included).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers

MIN_DIGITS = 6
_LENIENT = phonenumbers.Leniency.POSSIBLE
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s\-\u2010-\u2015\u2212.()]{0,3}\d)+")


@dataclass(frozen=True)
class Phone:
    """One number: ``nsn`` its national significant number, ``country`` its calling code (0: unknown).

    ``start``/``end`` locate it in the text it was read from. The repr is redacted.
    """

    country: int
    nsn: str
    start: int = 0
    end: int = 0

    def __repr__(self) -> str:
        return "<Phone (redacted)>"

    def same_line(self, other: Phone) -> bool:
        """True when both name the same number (an unknown country matches any)."""
        known = self.country and other.country
        return self.nsn == other.nsn and (not known or self.country == other.country)


def _matches(text: str, region: str | None) -> list[Phone]:
    found: list[Phone] = []
    try:
        for match in phonenumbers.PhoneNumberMatcher(text, region or "ZZ", leniency=_LENIENT):
            number = match.number
            nsn = phonenumbers.national_significant_number(number)
            if len(nsn) >= MIN_DIGITS:
                found.append(Phone(int(number.country_code or 0), nsn, match.start, match.end))
    except Exception:  # noqa: BLE001 - the library must never stop a check; the digit runs still apply
        return found
    return found


def _regions(phones: Iterable[Phone]) -> list[str]:
    regions: dict[str, None] = {}
    for phone in phones:
        if phone.country:
            region = phonenumbers.region_code_for_country_code(phone.country)
            if region and region != "ZZ":
                regions[region] = None
    return list(regions)


def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


def numbers_in_contacts(text: str) -> list[Phone]:
    """Every phone number in a contacts field, each read on its own."""
    found = _matches(text, None)  # written with their country code
    for region in _regions(found):  # national forms, in the countries the international ones are in
        taken = [(p.start, p.end) for p in found]
        found += [p for p in _matches(text, region) if _free(taken, p.start, p.end)]
    taken = [(p.start, p.end) for p in found]
    for run in _DIGIT_RUN.finditer(text):  # anything else that looks like a number: its digits alone
        digits = re.sub(r"\D", "", run.group())
        if len(digits) >= MIN_DIGITS and _free(taken, run.start(), run.end()):
            found.append(Phone(0, digits.lstrip("0") or digits, run.start(), run.end()))
    unique: dict[tuple[int, str], Phone] = {}
    for phone in found:
        unique.setdefault((phone.country, phone.nsn), phone)
    return sorted(unique.values(), key=lambda p: p.start)


def numbers_in_text(text: str, regions: Iterable[str]) -> list[Phone]:
    """Candidate numbers in running text: international forms, and national forms of ``regions``."""
    if sum(c.isdigit() for c in text) < MIN_DIGITS:
        return []
    found = _matches(text, None)
    for region in regions:
        found += _matches(text, region)
    return found


def regions_of(phones: Iterable[Phone]) -> list[str]:
    """The regions (ISO 3166 codes) of the countries among ``phones``."""
    return _regions(phones)
