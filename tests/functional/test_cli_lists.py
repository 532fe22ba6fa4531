"""``fieldvault list import|versions|show|diff`` on the 2017 Consolidated List, and hostile XML refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]

from tests.helpers import init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]
LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


@pytest.fixture
def vault(capsys: Capsys, tmp_path: Path) -> Path:
    path = tmp_path / "field.fvault"
    init_vault(capsys, path)
    return path


def later_version(tmp_path: Path) -> Path:
    """The 2017 list a week later: KPi.033 removed, QDi.001 given an alias and a passport, a new
    entity CDe.999 added."""
    root = etree.parse(str(LIST_2017)).getroot()
    root.set("dateGenerated", "2017-07-10T20:00:00.000-04:00")
    for ind in root.iter("INDIVIDUAL"):
        ref = ind.findtext("REFERENCE_NUMBER")
        if ref == "KPi.033":
            ind.getparent().remove(ind)
        elif ref == "QDi.001":
            alias = etree.SubElement(ind, "INDIVIDUAL_ALIAS")
            etree.SubElement(alias, "QUALITY").text = "Good"
            etree.SubElement(alias, "ALIAS_NAME").text = "Saif al-Adel Zidan"
            doc = etree.SubElement(ind, "INDIVIDUAL_DOCUMENT")
            etree.SubElement(doc, "TYPE_OF_DOCUMENT").text = "Passport"
            etree.SubElement(doc, "NUMBER").text = "E1234567"
    entities = root.find("ENTITIES")
    new = etree.SubElement(entities, "ENTITY")
    for tag, text in (("FIRST_NAME", "LAKE KIVU MINING SARL"), ("UN_LIST_TYPE", "DRC"),
                      ("REFERENCE_NUMBER", "CDe.999"), ("LISTED_ON", "2017-07-07")):  # fmt: skip
        etree.SubElement(new, tag).text = text
    out = tmp_path / "consolidated-2017-07-10.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return out


def test_import_show_versions(capsys: Capsys, vault: Path) -> None:
    done = run_cli(capsys, "list", "import", vault, LIST_2017, "--json")
    assert done.code == 0, done.err
    assert done.json()["individuals"] == 650
    assert done.json()["entities"] == 371
    assert done.json()["new"]
    again = run_cli(capsys, "list", "import", vault, LIST_2017, "--json")
    assert again.code == 0
    assert not again.json()["new"]
    assert len(run_cli(capsys, "list", "versions", vault, "--json").json()) == 1
    shown = run_cli(capsys, "list", "show", vault, "QDi.001", "--json").json()
    assert shown["name"] == "SAYF-AL ADL"
    assert shown["original_script"] == "سيف العدل"
    assert shown["regime"] == "Al-Qaida"
    assert {"name": "Seif al Adel", "quality": "low"} in shown["aliases"]
    assert shown["births"][0]["date"] == "1963-04-11"
    assert shown["nationalities"] == ["Egypt"]
    assert shown["listed_on"] == "2001-01-25"
    assert shown["last_updated"] == ["2010-12-16", "2013-07-24", "2017-02-15"]
    assert shown["narrative"].startswith("Responsible for Usama bin Laden")
    passport = run_cli(capsys, "list", "show", vault, "KPi.033", "--json").json()
    assert passport["documents"] == [{"type": "Passport", "number": "381310014", "country": "", "note": ""}]
    shipping = run_cli(capsys, "list", "show", vault, "KPe.022", "--json").json()
    assert shipping["imo_numbers"] == ["5342883"]  # "IMO Number: 5342883." in COMMENTS1
    missing = run_cli(capsys, "list", "show", vault, "CDi.999")
    assert missing.code == 2
    assert "CDi.999" in missing.err


def test_diff_between_two_versions(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    assert run_cli(capsys, "list", "import", vault, LIST_2017).code == 0
    first = run_cli(capsys, "list", "diff", vault, "--json").json()
    assert first["before"] is None
    assert len(first["changes"]) == 1021
    assert run_cli(capsys, "list", "import", vault, later_version(tmp_path)).code == 0
    found = run_cli(capsys, "list", "diff", vault, "--json").json()
    changes = {c["reference"]: c for c in found["changes"]}
    assert set(changes) == {"KPi.033", "QDi.001", "CDe.999"}
    assert changes["KPi.033"]["status"] == "removed"
    assert changes["CDe.999"]["status"] == "added"
    amended = changes["QDi.001"]
    assert amended["status"] == "amended"
    assert set(amended["fields"]) == {"aliases", "documents"}
    assert {"name": "Saif al-Adel Zidan", "quality": "good"} in amended["fields"]["aliases"]["after"]
    drc = run_cli(capsys, "list", "diff", vault, "--regime", "DRC", "--json").json()
    assert [c["reference"] for c in drc["changes"]] == ["CDe.999"]
    text = run_cli(capsys, "list", "diff", vault, "--regime", "Al-Qaida")
    assert "amended  QDi.001" in text.out
    assert "documents:" in text.out
    older = run_cli(capsys, "list", "show", vault, "KPi.033", "--version", "2017-07-03")
    assert older.code == 0
    assert "RI WON HO" in older.out


UTF16_DTD = "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE x [<!ENTITY e 'e'>]><CONSOLIDATED_LIST/>"
HOSTILE = {
    "billion laughs": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
    b'"&lol;&lol;&lol;&lol;">]><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>CDi.001'
    b"</REFERENCE_NUMBER><FIRST_NAME>&lol2;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
    "external entity": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b"<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>"
    b"<FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
    "UTF-16 DTD": UTF16_DTD.encode("utf-16"),
    "wrong root": b'<?xml version="1.0"?><sanctionsEntries><INDIVIDUAL><REFERENCE_NUMBER>CDi.001'
    b"</REFERENCE_NUMBER></INDIVIDUAL></sanctionsEntries>",
    "truncated": LIST_2017.read_bytes()[:50_000],
    "empty list": b"<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>",
    "no reference": b"<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES>"
    b"</CONSOLIDATED_LIST>",
    "not XML": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_xml_refused_and_nothing_changed(
    capsys: Capsys, vault: Path, tmp_path: Path, case: str
) -> None:
    assert run_cli(capsys, "list", "import", vault, LIST_2017).code == 0
    bad = tmp_path / "consolidated.xml"
    bad.write_bytes(HOSTILE[case])
    refused = run_cli(capsys, "list", "import", vault, bad)
    assert refused.code == 2
    assert "consolidated.xml is not a Consolidated List this vault can read" in refused.err
    assert "root:" not in refused.err
    assert "passwd" not in refused.err
    assert len(run_cli(capsys, "list", "versions", vault, "--json").json()) == 1


def test_a_file_too_large_is_refused_unread(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    huge = tmp_path / "consolidated.xml"
    with huge.open("wb") as fh:  # 2 GB, sparse: nothing is written but the size
        fh.truncate(2 * 1024**3)
    refused = run_cli(capsys, "list", "import", vault, huge)
    assert refused.code == 2
    assert "larger than 64 MB" in refused.err
    assert run_cli(capsys, "list", "versions", vault, "--json").json() == []
