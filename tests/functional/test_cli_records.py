"""The model's CLI end to end: record add/edit/show/list/link/grant, claim promote, letters --overdue."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, init_vault, run_cli
from vault.keys import identity_file
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import records, revisions, store

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def vault(capsys: Capsys, tmp_path: Path) -> Path:
    path = tmp_path / "field.fvault"
    init_vault(capsys, path)
    return path


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def test_record_add_prints_the_id_and_json_prints_an_object(capsys: Capsys, vault: Path) -> None:
    plain = add(capsys, vault, "investigation", {"title": "Arms to the east", "area": "arms embargo"})
    shown = run_cli(capsys, "record", "show", vault, plain, "--json").json()
    assert shown["kind"] == "investigation"
    assert shown["body"] == {"title": "Arms to the east", "area": "arms_embargo"}
    as_json = run_cli(
        capsys, "record", "add", vault, "entity", "--data", '{"type":"state","name":"A"}', "--json"
    )
    assert as_json.code == 0
    assert set(as_json.json()) == {"id"}


def test_record_add_reads_data_from_a_file(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    data = tmp_path / "vessel.json"
    data.write_text(
        json.dumps({"type": "vessel", "name": "MV Example", "imo": "IMO 9074729"}), encoding="utf-8"
    )
    rid = run_cli(capsys, "record", "add", vault, "entity", "--data", f"@{data}").out.strip()
    assert run_cli(capsys, "record", "show", vault, rid, "--json").json()["body"]["imo"] == "9074729"


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("entity", '{"type":"vessel","name":"MV","imo":"9074728"}', "'imo'"),
        ("letter", '{"symbol":"S/AC.51/26/GE/OC.12","addressee":"A"}', "'symbol'"),
        ("interview", '{"date":"2026-02-30","experts_present":["A"]}', "'date'"),
        ("claim", '{"statement":"S","colour":"red"}', "'colour'"),
        ("rumour", "{}", "kind"),
        ("claim", "{not json", "--data"),
        ("claim", "[1, 2]", "--data"),
        ("claim", '{"statement":"S","supports":["abcdef0123"]}', "'supports'"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field(
    capsys: Capsys, vault: Path, kind: str, data: str, field: str
) -> None:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", data)
    assert result.code == 2
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("fieldvault: error: ")
    assert field in lines[0]


def test_a_missing_data_file_is_named(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    result = run_cli(capsys, "record", "add", vault, "claim", "--data", f"@{tmp_path / 'absent.json'}")
    assert result.code == 2
    assert "absent.json does not exist" in result.err


def test_record_edit_sets_the_given_fields_and_keeps_the_rest(capsys: Capsys, vault: Path) -> None:
    rid = add(capsys, vault, "item", {"type": "rifle", "make": "Norinco", "serial_number": "5612345"})
    edited = run_cli(capsys, "record", "edit", vault, rid[:8], "--data", '{"lot": "L-77", "make": null}')
    assert edited.code == 0, edited.err
    shown = run_cli(capsys, "record", "show", vault, rid, "--json").json()
    assert shown["body"] == {"type": "rifle", "serial_number": "5612345", "lot": "L-77"}
    assert len(shown["revisions"]) == 2


def test_record_list_filters_by_kind_and_investigation(capsys: Capsys, vault: Path) -> None:
    inv = add(capsys, vault, "investigation", {"title": "Gold"})
    inside = add(capsys, vault, "entity", {"type": "company", "name": "Gold Trading", "investigation": inv})
    add(capsys, vault, "entity", {"type": "company", "name": "Elsewhere Ltd"})
    add(capsys, vault, "claim", {"statement": "S", "investigation": inv})
    listed = run_cli(
        capsys, "record", "list", vault, "--kind", "entity", "--investigation", inv, "--json"
    ).json()
    assert [(r["id"], r["kind"], r["title"]) for r in listed] == [(inside, "entity", "Gold Trading")]
    unknown = run_cli(capsys, "record", "list", vault, "--kind", "vessel")
    assert unknown.code == 2
    assert "unknown kind 'vessel'" in unknown.err
    everything = run_cli(capsys, "record", "list", vault).out
    assert "Elsewhere Ltd" in everything
    assert "Gold" in everything


def test_a_protected_source_shows_its_code_and_reveals_only_when_asked(capsys: Capsys, vault: Path) -> None:
    rid = add(
        capsys,
        vault,
        "source",
        {
            "name": "Amani Zawadi",
            "contacts": "+243 81 234 5678",
            "protection": "protected",
            "organisation": "NGO",
        },
    )
    for args in (("record", "show", vault, rid), ("record", "list", vault), ("search", vault, "S-001")):
        out = run_cli(capsys, *args).out
        assert "S-001" in out
        assert "Amani" not in out
    assert run_cli(capsys, "search", vault, "Amani", "--json").json() == []
    shown = run_cli(capsys, "record", "show", vault, "S-001", "--json").json()
    assert "identity" not in shown
    assert shown["computed"] == {"sealed": True, "readable": True}
    revealed = run_cli(capsys, "record", "show", vault, "S-001", "--reveal", "--json").json()
    assert revealed["identity"] == {"name": "Amani Zawadi", "contacts": "+243 81 234 5678"}
    assert "Amani Zawadi" in run_cli(capsys, "record", "show", vault, rid, "--reveal").out
    custody = run_cli(capsys, "record", "show", vault, rid, "--json").json()["custody"]
    assert [e["action"] for e in custody].count("reveal") == 2


def test_another_vault_cannot_reveal_until_granted(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive.fvault"
    init_vault(capsys, archive)
    assert run_cli(capsys, "identity", "export", archive, tmp_path / "archive.id").code == 0
    archive_file = identity_file.read_file(tmp_path / "archive.id")
    assert archive_file.version == "2"
    seal_key = archive_file.public.seal_public
    assert seal_key is not None
    rid = add(capsys, vault, "source", {"name": "Amani Zawadi", "protection": "protected"})
    bad = run_cli(capsys, "record", "grant", vault, rid, "--to", archive_file.public.agree_public.hex())
    assert bad.code == 2
    assert "does not exist" in bad.err  # a bare key is not an identity file
    old = tmp_path / "archive-v1.id"
    old.write_text(
        identity_file.render(dataclasses.replace(archive_file.public, seal_public=None), "archive")
    )
    refused = run_cli(capsys, "record", "grant", vault, rid, "--to", old)
    assert refused.code == 2
    assert "ask for a new identity file" in refused.err
    granted = run_cli(capsys, "record", "grant", vault, "S-001", "--to", tmp_path / "archive.id")
    assert granted.code == 0, granted.err
    assert archive_file.public.fingerprint in granted.out
    shown = run_cli(capsys, "record", "show", vault, rid, "--json").json()
    assert seal_key.hex() in shown["body"]["sealed"]["recipients"]
    assert archive_file.public.agree_public.hex() not in shown["body"]["sealed"]["recipients"]
    (grant,) = [e for e in shown["custody"] if e["action"] == "grant"]
    assert grant["detail"]["recipient"] == archive_file.public.key_id
    assert grant["detail"]["seal_key"] == seal_key.hex()


def test_reveal_of_a_source_sealed_to_other_keys_is_refused(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    # The archive's copy is made through the vault API (bundles are another issue); then the CLI reads it.
    rid = add(capsys, vault, "source", {"name": "Amani Zawadi", "protection": "protected"})
    archive = tmp_path / "archive.fvault"
    init_vault(capsys, archive)
    src = Vault.open(vault, Passphrase.from_text(PASSPHRASE))
    dst = Vault.open(archive, Passphrase.from_text(PASSPHRASE))
    try:
        with store.transaction(dst.conn):
            for rev in revisions.for_record(src.conn, rid):
                records.apply(dst.conn, rev)
    finally:
        src.close()
        dst.close()
    shown = run_cli(capsys, "record", "show", archive, "S-001")
    assert "sealed to other keys" in shown.out
    refused = run_cli(capsys, "record", "show", archive, "S-001", "--reveal")
    assert refused.code == 2
    assert "sealed to other keys" in refused.err
    assert "Amani" not in refused.out + refused.err


def test_record_link_adds_to_the_usual_field_or_the_one_named(capsys: Capsys, vault: Path) -> None:
    src = add(capsys, vault, "source", {"name": "A", "organisation": "X"})
    denial = add(capsys, vault, "source", {"name": "B", "organisation": "Y"})
    claim = add(capsys, vault, "claim", {"statement": "Trucks crossed at night"})
    linked = run_cli(capsys, "record", "link", vault, claim, "S-001", "--json")
    assert linked.json() == {"id": claim, "field": "supports", "to": src}
    assert run_cli(capsys, "record", "link", vault, claim, denial, "--as", "exculpatory").code == 0
    body = run_cli(capsys, "record", "show", vault, claim, "--json").json()["body"]
    assert body["supports"] == [src]
    assert body["exculpatory"] == [denial]
    refused = run_cli(capsys, "record", "link", vault, src, denial)
    assert refused.code == 2
    assert "--as" in refused.err


def test_claim_promote_applies_the_methodology_and_refuses_with_the_reason(
    capsys: Capsys, vault: Path
) -> None:
    first = add(capsys, vault, "source", {"name": "A", "organisation": "Ministry of Mines"})
    claim = add(capsys, vault, "claim", {"statement": "Gold left by air", "supports": [first]})
    promoted = run_cli(capsys, "claim", "promote", vault, claim)
    assert promoted.code == 0, promoted.err
    assert promoted.out.strip() == f"{claim}: information"
    second = add(capsys, vault, "source", {"name": "B", "organisation": "ministry of mines"})
    run_cli(capsys, "record", "link", vault, claim, second)
    refused = run_cli(capsys, "claim", "promote", vault, claim)
    assert refused.code == 2
    assert refused.out == ""
    assert "verified fact" in refused.err
    assert "S-001, S-002 are of the same organisation" in refused.err
    shown = run_cli(capsys, "record", "show", vault, claim, "--json").json()
    assert shown["body"]["status"] == "information"
    assert shown["computed"]["independent_sources"] == 1
    third = add(capsys, vault, "source", {"name": "C", "organisation": "MONUSCO"})
    run_cli(capsys, "record", "link", vault, claim, third)
    assert run_cli(capsys, "claim", "promote", vault, claim, "--json").json()["status"] == "verified_fact"


def test_claim_promote_refuses_an_interview_with_one_expert_for_a_designation(
    capsys: Capsys, vault: Path
) -> None:
    a = add(capsys, vault, "source", {"name": "A", "organisation": "X"})
    b = add(capsys, vault, "source", {"name": "B", "organisation": "Y"})
    interview = add(
        capsys, vault, "interview", {"date": "2026-03-01", "experts_present": ["Ana"], "sources": [a, b]}
    )
    claim = add(
        capsys,
        vault,
        "claim",
        {"statement": "He commands the unit", "designation": True, "supports": [interview]},
    )
    refused = run_cli(capsys, "claim", "promote", vault, claim)
    assert refused.code == 2
    assert "two experts present" in refused.err
    run_cli(capsys, "record", "edit", vault, interview, "--data", '{"experts_present": ["Ana", "Ben"]}')
    assert run_cli(capsys, "claim", "promote", vault, claim, "--to", "verified fact").code == 0


def test_claim_assess_shows_counts_and_rules(capsys: Capsys, vault: Path) -> None:
    claim = add(capsys, vault, "claim", {"statement": "S"})
    report = run_cli(capsys, "claim", "assess", vault, claim, "--json").json()
    assert report["independent_sources"] == 0
    assert report["highest"] == "allegation"
    assert report["methodology"] is None
    text = run_cli(capsys, "claim", "assess", vault, claim).out
    assert "rule: material supporting a designation needs two experts present" in text


def test_letters_overdue_lists_those_past_their_deadline_with_no_reply(capsys: Capsys, vault: Path) -> None:
    late = add(
        capsys,
        vault,
        "letter",
        {
            "symbol": "S/AC.51/2026/GE/OC.12",
            "addressee": "State A",
            "sent": "2026-01-10",
            "deadline": "2026-02-10",
        },
    )
    add(
        capsys,
        vault,
        "letter",
        {
            "symbol": "S/AC.51/2026/GE/OC.13",
            "addressee": "State B",
            "deadline": "2026-02-10",
            "status": "replied",
        },
    )
    add(
        capsys,
        vault,
        "letter",
        {"symbol": "S/AC.51/2026/GE/OC.14", "addressee": "Company C", "deadline": "2026-04-01"},
    )
    overdue = run_cli(capsys, "letters", vault, "--overdue", "--as-of", "2026-03-01", "--json").json()
    assert [(o["id"], o["symbol"], o["days_overdue"]) for o in overdue] == [
        (late, "S/AC.51/2026/GE/OC.12", 19)
    ]
    text = run_cli(capsys, "letters", vault, "--overdue", "--as-of", "2026-03-01").out
    assert "S/AC.51/2026/GE/OC.12" in text
    assert "19 day(s) overdue" in text
    assert len(run_cli(capsys, "letters", vault, "--json", "--as-of", "2026-03-01").json()) == 3
    bad = run_cli(capsys, "letters", vault, "--overdue", "--as-of", "March")
    assert bad.code == 2
    assert "--as-of" in bad.err


def test_letters_overdue_judges_against_today_by_default(capsys: Capsys, vault: Path) -> None:
    old = add(capsys, vault, "letter", {"addressee": "State A", "deadline": "2001-01-01"})
    add(capsys, vault, "letter", {"addressee": "State B", "deadline": "2999-01-01"})
    assert [o["id"] for o in run_cli(capsys, "letters", vault, "--overdue", "--json").json()] == [old]


def test_record_delete_hides_a_record_and_keeps_its_history(capsys: Capsys, vault: Path) -> None:
    rid = add(capsys, vault, "entity", {"type": "company", "name": "Shell Co"})
    assert run_cli(capsys, "record", "delete", vault, rid, "--reason", "duplicate").code == 0
    assert run_cli(capsys, "record", "list", vault, "--json").json() == []
    shown = run_cli(capsys, "record", "show", vault, rid, "--json").json()
    assert shown["deleted"] is True
    assert len(shown["revisions"]) == 2


def test_protecting_a_source_later_warns_that_history_holds_the_identity(capsys: Capsys, vault: Path) -> None:
    rid = add(capsys, vault, "source", {"name": "Jean Bosco"})
    edited = run_cli(capsys, "record", "edit", vault, rid, "--data", '{"protection": "protected"}', "--json")
    assert edited.code == 0
    assert edited.json()["id"] == rid
    assert "earlier revisions of this source still hold it in clear" in edited.err
    assert "Jean" not in run_cli(capsys, "record", "show", vault, rid).out
