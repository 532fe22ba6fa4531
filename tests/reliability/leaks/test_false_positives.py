"""A guard that refuses everything is no guard. A vault with the same protected sources and a working
investigation's worth of text naming public people (some called Jean or Mohammed), places, dates, other
phone numbers, IMO and serial numbers and organisations' addresses writes its bundle, its annex, its
handover package, a draft and its exports; and each near miss (a word that looks like part of an
identifier) alone lets a bundle through."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from app.service import VaultService
from tests.helpers import PASSPHRASE
from tests.reliability.leaks.cases import (
    docx_comment_author,
    docx_header,
    jpeg_exif_artist,
    pdf_info_author,
    pdf_public_people,
)
from tests.reliability.leaks.harness import World, cli, import_files, ok, open_bundle
from vault.keys.secret import Passphrase

PEOPLE = (
    "Joseph Kabila", "Félix Tshisekedi", "Paul Kagame", "Yoweri Museveni", "Jean-Pierre Bemba",
    "Mohamed Bazoum", "Muhammad Yunus", "Jean-Yves Le Drian", "Jean Lambert", "Mohammed Salah",
    "Mohammed bin Salman", "Moïse Katumbi", "Corneille Nangaa", "Denis Mukwege", "Martin Fayulu",
    "Bosco Ntaganda", "Sultani Makenga", "Jean-Marie Runiga", "Bintou Keita", "Thérèse Kayikwamba Wagner",
)  # fmt: skip
PLACES = ("Goma", "Bunia", "Kinshasa", "Beni", "Butembo", "Uvira", "Kampala", "Kigali", "Rubaya", "Matadi")
DATES = ("4 March 2024", "2024-03-12", "12/03/2024", "the night of 7 to 8 April")
PHONES = ("+243 99 111 2233", "0812 000 111", "+256 772 100 200", "+250 788 300 400", "+243 81 555 0199")
VESSELS = ("MV Ocean Star, IMO 9074729", "MV Lake Kivu Trader, IMO 9321483", "MT Matadi Spirit, IMO 9176187")
SERIALS = ("serial 56-04213", "lot L-77", "serial KB-118842", "container MSKU 7301225")
MAILBOXES = ("press@monusco.org", "info@unhcr.org", "contact@gecamines.cd", "registry@un.org")
TEMPLATES = (
    "{person} met {other} in {place} on {date}; the convoy carried {serial}.",
    "{vessel} called at {place} on {date}. Agent's line: {phone}. Written reply from {mail}.",
    "According to {person}, the crates left {place} for {other_place} on {date} ({serial}).",
    "{person}'s office ({mail}, {phone}) declined to comment on the shipment seen in {place}.",
    "Radio report: {person} and {other} at the airstrip near {place}; {vessel} in port since {date}.",
)
ARABIC = "\u0645\u062d\u0645\u062f \u0635\u0644\u0627\u062d"  # Mohammed Salah, in Arabic script
NOTES = 200
CLAIMS = 40


def sentences(count: int, seed: int) -> list[str]:
    """``count`` sentences, each list walked with its own stride (deterministic, every entry used)."""

    def pick(options: tuple[str, ...], n: int, stride: int) -> str:
        return options[(seed + n * stride) % len(options)]

    out = []
    for n in range(count):
        text = pick(TEMPLATES, n, 1).format(
            person=pick(PEOPLE, n, 7), other=pick(PEOPLE, n, 3), place=pick(PLACES, n, 3),
            other_place=pick(PLACES, n, 7), date=pick(DATES, n, 1), serial=pick(SERIALS, n, 3),
            vessel=pick(VESSELS, n, 2), phone=pick(PHONES, n, 3), mail=pick(MAILBOXES, n, 1),
        )  # fmt: skip
        out.append(f"{text} {ARABIC} was on the radio." if n % 25 == 0 else text)
    return out


class Busy:
    def __init__(self, folder: Path, vault: Path, evidence: list[str]) -> None:
        self.folder, self.vault, self.evidence = folder, vault, evidence


@pytest.fixture(scope="module")
def busy(world: World) -> Busy:
    """The world's vault with 200 notes and 40 claims naming public people (written through the service,
    one unlock, for speed) and originals whose metadata names public people (imported by the CLI)."""
    folder = world.folder("public-people")
    vault = world.fresh(folder)
    service = VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))
    try:
        for n, body in enumerate(sentences(NOTES, seed=7), 1):
            service.records.add_note(f"Field note {n}", body, world.investigation)
        for statement in sentences(CLAIMS, seed=11):
            service.model.add_model_record(
                "claim", {"statement": statement, "investigation": world.investigation}
            )
    finally:
        service.close()
    files = {
        "photo.jpg": jpeg_exif_artist("Jean Lambert"),
        "report.pdf": pdf_info_author("Joseph Kabila"),
        "memo.docx": docx_comment_author("Mohammed Salah"),
        "letter.docx": docx_header("Muhammad Yunus, Grameen Bank"),
    }
    paths = []
    for name, data in files.items():
        paths.append(folder / name)
        paths[-1].write_bytes(data)
    return Busy(folder, vault, import_files(vault, paths, "--investigation", world.investigation))


def test_a_bundle_of_text_naming_only_public_people_is_written(world: World, busy: Busy) -> None:
    out = busy.folder / "b1.fvb"
    result = cli("bundle", busy.vault, "--to", world.archive_id, "--out", out, "--json")
    assert result.code == 0, f"refused although no protected source is named:\n{result.err}"
    assert result.json()["attachments"] == 4
    assert b"Jean Lambert" in open_bundle(world, out)


def test_an_annex_of_claims_naming_only_public_people_is_written(world: World, busy: Busy) -> None:
    out = busy.folder / "annex.docx"
    result = cli(
        "export", "annex", busy.vault, "--investigation", world.investigation, "--out", out, "--json"
    )
    assert result.code == 0, f"refused although no protected source is named:\n{result.err}"
    assert result.json()["claims"] == CLAIMS
    text = "\n".join(
        c.text for t in docx.Document(io.BytesIO(out.read_bytes())).tables for r in t.rows for c in r.cells
    )
    assert "Mohammed Salah" in text or "Jean Lambert" in text or "Jean-Pierre Bemba" in text


def test_a_handover_naming_only_public_people_is_written(world: World, busy: Busy) -> None:
    out = busy.folder / "handover.fvh"
    result = cli("handover", busy.vault, "--to", world.successor_id, "--out", out, "--name", "Expert One")
    assert result.code == 0, f"refused although no protected source is named:\n{result.err}"
    assert out.stat().st_size > 0


def test_a_draft_naming_only_public_people_is_written(busy: Busy) -> None:
    draft = busy.folder / "draft.pdf"
    draft.write_bytes(pdf_public_people(sentences(30, seed=13), author="Jean Lambert"))
    copies = busy.folder / "copies"
    copies.mkdir()
    result = cli("export", "draft", busy.vault, "--pdf", draft, "--recipient", "Mission A", "--out", copies)
    assert result.code == 0, f"refused although no protected source is named:\n{result.err}"
    assert len(list(copies.glob("*.pdf"))) == 1


def test_exports_of_originals_naming_only_public_people_are_written(busy: Busy) -> None:
    photo, report, memo, letter = busy.evidence
    out = busy.folder / "exports"
    out.mkdir()
    exported = cli("export", "photo", busy.vault, photo, out / "Goma_depot.jpg")
    assert exported.code == 0, f"photo export refused:\n{exported.err}"
    for n, evidence in enumerate((report, memo, letter)):
        result = cli("export-file", busy.vault, evidence, out / f"original-{n}")
        assert result.code == 0, f"export-file refused although no protected source is named:\n{result.err}"


# --- near misses, one at a time -----------------------------------------------------------------------

NEAR_MISSES = [
    pytest.param("Le convoi est passé à l'entrée du pont de Kasindi.", id="french_du_pont_of_the_bridge"),
    pytest.param("Jean Lambert signed the manifest.", id="same_first_name_other_surname"),
    pytest.param("Jean-Pierre Bemba addressed the rally.", id="same_compound_first_name_other_surname"),
    pytest.param("Papa Wemba's songs played at the depot.", id="first_word_of_the_alias"),
    pytest.param("Mohammed Al-Amin chairs the port authority.", id="same_given_name_and_article"),
    pytest.param(f"{ARABIC} was on the radio.", id="same_given_name_in_arabic_script"),
    pytest.param("The agent answers on +243 81 555 0199.", id="same_country_and_network_code"),
    pytest.param("Crates 5678 and 1234 were opened; 81 remain.", id="some_of_the_same_digits"),
    pytest.param("Write to info@example.org for the port schedule.", id="same_mail_domain"),
    pytest.param("News at t.me/monusco_radio every morning.", id="another_telegram_channel"),
    pytest.param("The band played a tango until dawn.", id="last_word_of_the_alias"),
]


@pytest.fixture(scope="module")
def near_misses(world: World) -> tuple[Path, Path, dict[str, str]]:
    """One vault; each near miss gets an investigation of its own with one claim carrying it."""
    folder = world.folder("near-misses")
    vault = world.fresh(folder)
    investigations = {}
    service = VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))
    try:
        for param in NEAR_MISSES:
            inv = service.model.add_model_record("investigation", {"title": f"Near miss {param.id}"}).id
            service.model.add_model_record("claim", {"statement": str(param.values[0]), "investigation": inv})
            investigations[str(param.id)] = inv
    finally:
        service.close()
    return folder, vault, investigations


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_bundle_with_a_near_miss_is_written(
    request: pytest.FixtureRequest, world: World, text: str
) -> None:
    folder = world.folder(f"near-miss-{request.node.callspec.id}")
    vault = world.fresh(folder)
    ok("note", "add", vault, "--title", "Harbour", "--body", text, "--investigation", world.investigation)
    result = cli("bundle", vault, "--to", world.archive_id, "--out", folder / "b1.fvb")
    assert result.code == 0, f"refused a text that names no protected source:\n{result.err}"


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_annex_with_a_near_miss_is_written(
    request: pytest.FixtureRequest, near_misses: tuple[Path, Path, dict[str, str]], text: str
) -> None:
    folder, vault, investigations = near_misses
    case_id = request.node.callspec.id
    out = folder / f"annex-{case_id}.docx"
    result = cli("export", "annex", vault, "--investigation", investigations[case_id], "--out", out)
    assert result.code == 0, f"refused an annex that names no protected source:\n{result.err}"
