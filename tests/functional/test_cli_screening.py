"""``fieldvault screen`` against the 2017 list: candidates with reasons, confirm/reject as revisioned and
logged records, incremental re-screening, a protected source's match sealed, and the list travelling to
the archive once per version."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree  # type: ignore[import-untyped]

from app.service import VaultService
from tests.helpers import CLI_KDF, PASSPHRASE, init_vault, run_cli
from vault.keys.secret import Passphrase
from vault.storage import attachments, records, store

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]
LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


@pytest.fixture
def vault(capsys: Capsys, tmp_path: Path) -> Path:
    path = tmp_path / "field.fvault"
    init_vault(capsys, path)
    assert run_cli(capsys, "list", "import", path, LIST_2017).code == 0
    return path


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def screen(capsys: Capsys, vault: Path, *more: str) -> list[dict[str, Any]]:
    result = run_cli(capsys, "screen", vault, "--json", *more)
    assert result.code == 0, result.err
    found: list[dict[str, Any]] = result.json()
    return found


def test_screen_confirm_reject(capsys: Capsys, vault: Path) -> None:
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"})
    add(capsys, vault, "entity", {"type": "individual", "name": "Marie Dupont", "born": "1980"})
    found = screen(capsys, vault)
    assert [c["reference"] for c in found][:1] == ["QDi.001"]
    top = found[0]
    assert top["subject"] == broker
    assert top["status"] == "open"
    assert top["score"] >= 90
    assert any("Seif al Adel" in r for r in top["reasons"])
    assert "year of birth 1963 agrees" in top["reasons"]
    assert all(c["subject"] == broker for c in found)  # Marie Dupont is on no list

    confirmed = run_cli(capsys, "screen", "confirm", vault, top["id"], "--note", "same man", "--json")
    assert confirmed.code == 0, confirmed.err
    assert confirmed.json()["status"] == "confirmed"
    assert screen(capsys, vault, "--entity", broker)[0]["status"] == "confirmed"
    rejected = run_cli(capsys, "screen", "reject", vault, top["id"])
    assert rejected.code == 0
    assert screen(capsys, vault)[0]["status"] == "rejected"
    assert all(c["reference"] != "QDi.001" for c in screen(capsys, vault, "--open"))
    matches = run_cli(capsys, "record", "list", vault, "--kind", "list_match", "--json").json()
    assert len(matches) == 1  # one record per entity and listing, edited
    shown = run_cli(capsys, "record", "show", vault, matches[0]["id"], "--json").json()
    assert shown["body"]["decision"] == "rejected"
    assert shown["body"]["entity"] == broker
    assert len(shown["revisions"]) == 2
    assert {e["action"] for e in shown["custody"]} >= {"list-match"}

    bad = run_cli(capsys, "screen", "confirm", vault, f"{broker[:8]}:QDi.9999")
    assert bad.code == 2
    assert "QDi.9999" in bad.err
    assert run_cli(capsys, "screen", "confirm", vault, "nonsense").code == 2


def test_rescreen_is_incremental(capsys: Capsys, vault: Path) -> None:
    for n in range(5):
        add(capsys, vault, "entity", {"type": "company", "name": f"Harbour Logistics {n}"})
    rid = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho"})
    service = VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))
    try:
        first = service.screening.screen()
        assert service.screening.rescreened() == 6
        assert [c.reference for c in first] == ["KPi.033"]
        service.screening.screen()
        assert service.screening.rescreened() == 0
        service.records.edit_record(rid, {"name": "Won Ho Ri", "born": "1964-07-17"})
        again = service.screening.screen()
        assert service.screening.rescreened() == 1
        assert again[0].reference == "KPi.033"
        assert "date of birth 1964-07-17 agrees" in again[0].reasons
    finally:
        service.close()


def test_a_listed_protected_source_stays_sealed(capsys: Capsys, vault: Path) -> None:
    source = add(capsys, vault, "source", {"name": "Sayf al-Adl", "protection": "protected"})
    code = run_cli(capsys, "record", "show", vault, source, "--json").json()["body"]["code"]
    found = screen(capsys, vault)
    assert found[0]["sealed"]
    assert found[0]["id"] == f"{code}:QDi.001"
    assert found[0]["subject_title"] == code
    assert "Sayf al-Adl" not in json.dumps(found)  # the source's name is not shown: its code is
    assert found[0]["reasons"][0].startswith(f"{code} matches")
    done = run_cli(capsys, "screen", "confirm", vault, found[0]["id"])
    assert done.code == 0, done.err
    matches = run_cli(capsys, "record", "list", vault, "--kind", "list_match", "--json").json()
    body = run_cli(capsys, "record", "show", vault, matches[0]["id"], "--json").json()["body"]
    assert set(body) == {"sealed", "match"}
    stored = json.dumps(body)
    assert "QDi.001" not in stored
    assert source not in stored
    assert "confirmed" not in stored
    assert screen(capsys, vault)[0]["status"] == "confirmed"


def test_list_travels_to_the_archive_once(capsys: Capsys, tmp_path: Path) -> None:
    alice, archive = tmp_path / "alice.fvault", tmp_path / "archive.fvault"
    init_vault(capsys, alice)
    assert run_cli(capsys, "archive", "init", archive, "--json", *CLI_KDF).code == 0
    assert run_cli(capsys, "identity", "export", alice, tmp_path / "alice.id").code == 0
    assert run_cli(capsys, "identity", "export", archive, tmp_path / "archive.id").code == 0
    assert run_cli(capsys, "archive", "enroll", archive, tmp_path / "alice.id", "--name", "Alice").code == 0
    assert run_cli(capsys, "list", "import", alice, LIST_2017).code == 0
    add(capsys, alice, "entity", {"type": "individual", "name": "Seif el-Adel"})
    first = tmp_path / "b1.fvb"
    written = run_cli(capsys, "bundle", alice, "--to", tmp_path / "archive.id", "--out", first, "--json")
    assert written.code == 0, written.err
    assert written.json()["attachments"] == 1
    merged = run_cli(capsys, "archive", "merge", archive, first, "--json")
    assert merged.code == 0, merged.err
    assert merged.json()[0]["new_attachments"] == 1
    add(capsys, alice, "entity", {"type": "company", "name": "Harbour Logistics"})
    second = tmp_path / "b2.fvb"
    again = run_cli(capsys, "bundle", alice, "--to", tmp_path / "archive.id", "--out", second, "--json")
    assert again.code == 0, again.err
    assert again.json()["attachments"] == 0  # the list went with the first bundle
    assert run_cli(capsys, "archive", "merge", archive, second).code == 0
    versions = run_cli(capsys, "list", "versions", archive, "--json").json()
    assert [v["individuals"] for v in versions] == [650]
    on_archive = screen(capsys, archive)
    assert on_archive[0]["reference"] == "QDi.001"


def vessel_list(tmp_path: Path) -> Path:
    """The 2017 list with a listed vessel (IMO 9163154), as later lists carry vessels."""
    root = etree.parse(str(LIST_2017)).getroot()
    new = etree.SubElement(root.find("ENTITIES"), "ENTITY")
    for tag, text in (("FIRST_NAME", "JIN TENG"), ("UN_LIST_TYPE", "DPRK"), ("REFERENCE_NUMBER", "KPe.099"),
                      ("COMMENTS1", "IMO: 9163154. Vessel controlled by OMM.")):  # fmt: skip
        etree.SubElement(new, tag).text = text
    root.set("dateGenerated", "2017-07-20T00:00:00")
    out = tmp_path / "with-vessel.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return out


def test_a_renamed_vessel_is_found_by_its_imo(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    assert run_cli(capsys, "list", "import", vault, vessel_list(tmp_path)).code == 0
    ship = add(capsys, vault, "entity", {"type": "vessel", "name": "Hua Xin 7", "imo": "9163154"})
    found = screen(capsys, vault, "--entity", ship)
    assert found[0]["reference"] == "KPe.099"
    assert found[0]["score"] >= 95
    assert found[0]["reasons"][0] == "same IMO number 9163154"


def test_an_unreadable_received_version_does_not_stop_screening(capsys: Capsys, vault: Path) -> None:
    """A colleague's bundle may carry a ``sanctions_list`` record whose attachment is no list (damaged,
    or built to stop the archive screening): it is passed over; asking for it says why."""
    add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel"})
    service = VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))
    try:
        v = service._vault
        with store.transaction(v.conn):
            bogus = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CONSOLIDATED_LIST/>'
            sha = attachments.store_stream(v.conn, io.BytesIO(bogus)).sha256
            body = {"sha256": sha, "generated": "2030-01-01T00:00:00", "individuals": 1, "entities": 0}
            records.create(v.conn, v.identity, "sanctions_list", body)
    finally:
        service.close()
    assert len(run_cli(capsys, "list", "versions", vault, "--json").json()) == 2
    assert screen(capsys, vault)[0]["reference"] == "QDi.001"
    # Changed: the default is now the latest version imported here (F7); name the received one to ask for it.
    refused = run_cli(capsys, "list", "show", vault, "QDi.001", "--version", "2030")
    assert refused.code == 2
    assert "the stored list is not a Consolidated List this vault can read" in refused.err
    older = run_cli(capsys, "list", "show", vault, "QDi.001", "--version", "2017")
    assert older.code == 0


def test_screening_opens_no_connection(capsys: Capsys, vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing of the vault leaves this machine to screen it: no socket is even made."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("screening tried to open a network connection")

    add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel"})
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert screen(capsys, vault)[0]["reference"] == "QDi.001"


def test_a_sealed_decision_this_vault_cannot_open_is_skipped(capsys: Capsys, vault: Path) -> None:
    """A colleague's sealed match (to keys not ours, or garbled) says nothing here and stops nothing."""
    add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel"})
    service = VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))
    try:
        v = service._vault
        with store.transaction(v.conn):
            body = {"match": "0b6c1a53-6d0e-4c5e-9d8e-2f1f5c3b7a10", "sealed": {"v": 2, "data": "AAAA"}}
            records.create(v.conn, v.identity, "list_match", body)
    finally:
        service.close()
    found = screen(capsys, vault)
    assert found[0]["reference"] == "QDi.001"
    assert found[0]["status"] == "open"
    assert run_cli(capsys, "screen", "confirm", vault, found[0]["id"]).code == 0
