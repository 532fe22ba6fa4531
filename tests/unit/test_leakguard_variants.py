"""The leak guard matches identifiers as people write them, and leaves other people's names alone.

The variants are the ones an adversarial review wrote into annexes and bundles past the old guard:
another transliteration, the surname alone, en dashes in a number, the second of two numbers, long runs
of white space, a Cyrillic letter, invisible characters inside a word, a word hyphenated across lines,
a second given name, a handle inside a link, Arabic script.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from vault.guard.leakguard import Guard, TextPart
from vault.model.identifiers import contacts_identifiers


@dataclass(frozen=True)
class Ident:
    code: str
    protection: str
    kind: str
    value: str


CONTACTS = "+243 81 234 5678 / 0998 765 432, jdupont@example.org, t.me/jdupont_kv"
SOURCES = [
    Ident("S-001", "protected", "name", "Jean Dupont"),
    Ident("S-001", "protected", "alias", "Papa Tango"),
    Ident("S-001", "protected", "term", "Villa Kivu 7"),
    *(Ident("S-001", "protected", kind, value) for kind, value in contacts_identifiers(CONTACTS)),
    Ident("S-002", "protected", "name", "Mohammed Al-Hassan"),
]
GUARD = Guard(SOURCES)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.what) for f in GUARD.scan([TextPart("note field 'body'", text)])]


def test_each_number_of_the_contacts_is_read_on_its_own() -> None:
    phones = [value for kind, value in contacts_identifiers(CONTACTS) if kind == "phone"]
    assert phones == ["+243812345678", "+243998765432"]
    handles = [value for kind, value in contacts_identifiers(CONTACTS) if kind == "handle"]
    assert handles == ["jdupont_kv"]


@pytest.mark.parametrize(
    ("text", "code", "what"),
    [
        ("Muhammad al-Hassan said so", "S-002", "name"),
        ("Mohamed Hassan said so", "S-002", "name"),
        ("محمد الحسن", "S-002", "name"),
        ("Dupont confirmed the shipment", "S-001", "surname"),
        ("call 081 – 234 – 5678", "S-001", "phone number"),
        ("call 081—234—5678", "S-001", "phone number"),
        ("call 0998 765 432", "S-001", "phone number"),
        ("call 0998.765.432 tonight", "S-001", "phone number"),
        ("call +243 (0)81 234 5678", "S-001", "phone number"),
        ("Jean\n        Dupont", "S-001", "name"),
        ("Jean    Dupont", "S-001", "name"),
        ("J\u0435an Dupont", "S-001", "name"),  # Cyrillic е
        ("Du\u0440ont, Jean", "S-001", "name"),  # Cyrillic р
        ("Pa\u034fpa Tango", "S-001", "alias"),  # combining grapheme joiner
        ("Papa\ufe0f Tango", "S-001", "alias"),  # variation selector
        ("Pa\U000e0070pa Tango", "S-001", "alias"),  # tag character
        ("Du-\npont said", "S-001", "surname"),
        ("Jean-Pierre Dupont", "S-001", "name"),
        ("contact him on t.me/jdupont_kv", "S-001", "handle"),
        ("his handle jdupont_kv", "S-001", "handle"),
        ("JDUPONT@EXAMPLE.ORG", "S-001", "e-mail address"),
        ("J e a n   D u p o n t", "S-001", "name"),
        ("JeanDupont.jpg", "S-001", "name"),
        ("the villa-kivu-7 compound", "S-001", "identifying term"),
    ],
)
def test_a_variant_is_found_and_named_by_source_and_kind(text: str, code: str, what: str) -> None:
    assert (code, what) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Joseph Kabila met Félix Tshisekedi in Goma",
        "Jean Lambert and Mohammed Salah were at the meeting",
        "Mohammed bin Salman, Hassan Rouhani and Mahmoud Abbas",
        "call +243 99 111 2233 or 0812 000 111",
        "IMO 9321483, serial 08123456781, lot 4471-22",
        "Jean met Marie. Later, Dupond said nothing",
        "Papa said that the tango was played",
        "Dupontel and Villa Kivu 8",
        "jdupont_kv2 is someone else",
    ],
)
def test_other_people_and_numbers_are_not_findings(text: str) -> None:
    assert found(text) == []


def test_a_common_surname_is_not_guarded_alone_but_the_full_name_is() -> None:
    assert found("Hassan arrived") == []
    assert found("Mohammed al Hassan arrived") == [("S-002", "name")]


def test_the_finding_points_at_the_original_characters() -> None:
    text = "Réunion: J\u0435an\u200b Dupont (081 – 234 – 5678)."
    findings = GUARD.scan([TextPart("caption", text)])
    assert [text[f.start : f.end] for f in findings] == ["J\u0435an\u200b Dupont", "081 – 234 – 5678"]


def test_many_small_parts_are_each_located() -> None:
    parts = [TextPart(f"EXIF tag {n}", "Canon EOS R5") for n in range(500)]
    parts[123] = TextPart("EXIF tag 123", "Jean Dupont")
    parts[456] = TextPart("EXIF tag 456", "+243812345678")
    assert [(f.location, f.start) for f in GUARD.scan(parts)] == [("EXIF tag 123", 0), ("EXIF tag 456", 0)]
