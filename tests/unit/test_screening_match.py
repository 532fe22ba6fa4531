"""Screening's matching behaviours on variants built from real entries of the 2017 Consolidated List."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from vault.lists import xml_read
from vault.lists.listing import Listing
from vault.screening import names
from vault.screening.screen import THRESHOLD, Candidate, ListIndex, Subject

LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


@pytest.fixture(scope="module")
def listings() -> list[Listing]:
    return xml_read.parse(LIST_2017.read_bytes())[1]


@pytest.fixture(scope="module")
def index(listings: list[Listing]) -> ListIndex:
    return ListIndex(listings)


@pytest.fixture(scope="module")
def latin_only(listings: list[Listing]) -> ListIndex:
    """The list without names in original script: an Arabic name must meet the Latin one."""
    return ListIndex([dataclasses.replace(x, original_script="") for x in listings])


def person(*names_: str, born: str = "", nationality: str = "", documents: tuple[str, ...] = ()) -> Subject:
    return Subject("0123456789abcdef", "individual", names_, born, nationality, documents)


def top(index: ListIndex, subject: Subject) -> Candidate:
    found = index.screen(subject)
    assert found, f"no candidate for {subject.names}"
    return found[0]


def test_exact_name_and_an_alias(index: ListIndex) -> None:
    c = top(index, person("Ri Won Ho"))
    assert (c.reference, c.score) == ("KPi.033", 100)
    assert c.id == "01234567:KPi.033"
    alias = top(index, person("Ayman Al-Zawahari"))
    assert alias.reference == "QDi.006"
    assert "matches alias (good) Ayman Al" in alias.reasons[0]


def test_reordered_parts(index: ListIndex) -> None:
    c = top(index, person("Won Ho Ri"))
    assert c.reference == "KPi.033"
    assert "reordered" in c.reasons[0]
    assert top(index, person("Badege Eric")).reference == "CDi.001"


def test_initials(index: ListIndex) -> None:
    c = top(index, person("M. Omar Ghulam Nabi"))
    assert c.reference == "TAi.004"
    assert "initial" in c.reasons[0]
    assert c.score >= THRESHOLD


def test_missing_and_attached_particles(index: ListIndex) -> None:
    for written in ("Saddam Hussein Tikriti", "Saddam Hussein Altikriti", "Saddam Hussein el-Tikriti"):
        c = top(index, person(written))
        assert c.reference == "IQi.001", written
        assert c.score >= 90
    assert "particles" in top(index, person("Saddam Hussein Tikriti")).reasons[0]


def test_variant_spellings(index: ListIndex) -> None:
    for written in ("Saif el-Adel", "Seyf al Adil", "Ayman Mohamed Rabie al-Zawahry"):
        c = top(index, person(written))
        assert c.reference in {"QDi.001", "QDi.006"}, written
        assert "variant spelling" in c.reasons[0] or "exact" in c.reasons[0]
    assert top(index, person("Ayman Mohamed Rabie al-Zawahry")).reference == "QDi.006"


def test_arabic_to_latin_and_latin_to_arabic(index: ListIndex, latin_only: ListIndex) -> None:
    # The name as written in Arabic, against a list that spells it only in Latin letters.
    arabic = top(latin_only, person("صدام حسين التكريتي"))
    assert arabic.reference == "IQi.001"
    assert "transliteration" in arabic.reasons[0]
    # The list's original script found from the Latin spelling an expert typed, and the Arabic as is.
    assert top(index, person("Sayf al-Adl")).reference == "QDi.001"
    script = top(index, person("سيف العدل"))
    assert (script.reference, script.score) == ("QDi.001", 100)
    assert "name in original script" in script.reasons[0]


def test_year_only_birth_dates(index: ListIndex) -> None:
    agrees = top(index, person("Eric Badege", born="1971-03-02"))
    assert "year of birth 1971 agrees" in agrees.reasons
    exact = top(index, person("Ri Won Ho", born="1964-07-17"))
    assert "date of birth 1964-07-17 agrees" in exact.reasons
    near = top(index, person("Mohammed Omar Ghulam Nabi", born="1967"))  # listed "approximately 1966"
    assert "year of birth 1967 agrees" in near.reasons


def test_conflicting_birth_and_nationality_rank_low(index: ListIndex) -> None:
    """A common name with a birth date and a nationality that conflict with the listed person's."""
    plain = top(index, person("Muhammad Yunis Ahmad"))
    assert plain.reference == "IQi.080"
    other = index.screen(person("Muhammad Yunis Ahmad", born="1990-01-01", nationality="Norway"))
    assert all(c.reference != "IQi.080" or c.score < plain.score - 30 for c in other)
    assert any("conflicts" in r for c in other for r in c.reasons) or not other
    for common in ("Mohammed Ali", "Ahmad Hassan", "Abdul Rahman", "Ali Mohammed Hassan"):
        for c in index.screen(person(common, born="1999", nationality="Sweden")):
            conflicts = [r for r in c.reasons if "conflicts" in r]
            assert conflicts or c.score < 80, (common, c)
            assert not conflicts or c.score < 80, (common, c)
    # The same name when birth and nationality agree: Ali Kony, alias "Ali Mohammed", born about 1995.
    kony = top(index, person("Mohammed Ali", born="1995"))
    assert (kony.reference, kony.score) == ("CFi.010", 100)


def test_documents_and_imo_are_strong_evidence(index: ListIndex, listings: list[Listing]) -> None:
    c = top(index, person("R. W. Hoh", documents=("381310014",)))
    assert c.reference == "KPi.033"
    assert c.score >= 95
    assert c.reasons[0] == "same document number 381310014"
    ship = Listing("KPe.099", "entity", "DPRK", ("JIN TENG",), imo_numbers=("9163154",))
    with_ship = ListIndex([*listings, ship])
    renamed = Subject("fedcba9876543210", "vessel", ("Hua Xin 7",), imo="9163154")
    found = top(with_ship, renamed)
    assert (found.reference, found.reasons[0]) == ("KPe.099", "same IMO number 9163154")


def test_kinds_do_not_cross_without_an_identifier(index: ListIndex) -> None:
    assert index.screen(Subject("0123456789abcdef", "company", ("Ri Won Ho",))) == []
    group = index.screen(Subject("0123456789abcdef", "armed_group", ("Abu Sayyaf Group",)))
    assert group[0].reference == "QDe.001"
    assert index.screen(Subject("0123456789abcdef", "state", ("Iraq",))) == []
    assert index.screen(person("Marie Dupont")) == []


def test_names_fold_scripts_and_particles() -> None:
    latin, arabic = names.parse("Saif al-Adel"), names.parse("سيف العدل")
    assert latin.words == ("saif", "adel")
    assert latin.dropped_particles
    assert arabic.script == "other"
    assert names.skeleton("sayf") == names.skeleton("seif") == names.skeleton("saif")
    assert names.skeleton("muhammad") == names.skeleton("mohamed")
