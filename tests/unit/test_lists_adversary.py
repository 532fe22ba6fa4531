"""Adversarial tests of the Consolidated List, screening, listing reviews and designation dossiers
(issue 16), kept as regression tests: each proves a defence holds."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from tests.helpers import CLI_KDF, PASSPHRASE, init_vault, run_cli
from vault.errors import InvalidInput
from vault.intake import derived
from vault.keys.secret import Passphrase
from vault.lists import xml_read
from vault.storage import attachments, audit, records, store

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]
LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"
SOURCE_NAME = "José Núñez"
SOURCE_ALIAS = "Papa Kilo"
SOURCE_PHONE = "+243 897 531 864"


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def protected_source(capsys: Capsys, vault: Path, name: str = SOURCE_NAME) -> str:
    return add(
        capsys,
        vault,
        "source",
        {"name": name, "aliases": [SOURCE_ALIAS], "contacts": SOURCE_PHONE, "protection": "protected"},
    )


def crafted_list(comment: str, name: str = "JOHN", second: str = "DOE", ref: str = "CDi.900") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<CONSOLIDATED_LIST dateGenerated="2030-01-01T00:00:00">'
        "<INDIVIDUALS><INDIVIDUAL>"
        f"<FIRST_NAME>{name}</FIRST_NAME><SECOND_NAME>{second}</SECOND_NAME>"
        f"<UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>{ref}</REFERENCE_NUMBER>"
        f"<COMMENTS1>{comment}</COMMENTS1>"
        "</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>\n"
    ).encode()


@pytest.fixture
def vault(capsys: Capsys, tmp_path: Path) -> Path:
    path = tmp_path / "field.fvault"
    init_vault(capsys, path)
    assert run_cli(capsys, "list", "import", path, LIST_2017).code == 0
    return path


def archive_for(capsys: Capsys, alice: Path, tmp_path: Path) -> tuple[Path, Path]:
    archive = tmp_path / "archive.fvault"
    assert run_cli(capsys, "archive", "init", archive, "--json", *CLI_KDF).code == 0
    assert run_cli(capsys, "identity", "export", alice, tmp_path / "alice.id").code == 0
    assert run_cli(capsys, "identity", "export", archive, tmp_path / "archive.id").code == 0
    assert run_cli(capsys, "archive", "enroll", archive, tmp_path / "alice.id", "--name", "Alice").code == 0
    return archive, tmp_path / "archive.id"


def unlocked(vault: Path) -> VaultService:
    return VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))


def document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))


# -- the gate's exemption of the list attachment -------------------------------------------------------


def test_crafted_list_naming_a_protected_source_cannot_ride_a_bundle(capsys: Capsys, tmp_path: Path) -> None:
    """A 'list' is whatever parses as one: its bytes are never read by the gate (derived reading is
    emptied at import). A list whose narrative carries a protected source's name and phone must not
    leave in a bundle unread."""
    alice = tmp_path / "alice.fvault"
    init_vault(capsys, alice)
    protected_source(capsys, alice)
    _archive, archive_id = archive_for(capsys, alice, tmp_path)
    bad = tmp_path / "consolidated.xml"
    bad.write_bytes(crafted_list(f"Informant {SOURCE_NAME}, call {SOURCE_PHONE}"))
    assert run_cli(capsys, "list", "import", alice, bad).code == 0
    out = tmp_path / "b1.fvb"
    written = run_cli(capsys, "bundle", alice, "--to", archive_id, "--out", out, "--json")
    # Changed: the list is kept back and the bundle still goes (a source can be a listed individual).
    assert written.code == 0, written.err
    _assert_list_kept_back(alice, bad, written.json())


def test_list_import_does_not_blank_an_evidence_originals_reading(capsys: Capsys, tmp_path: Path) -> None:
    """An evidence original that parses as a list (re-labelled by importing the same bytes as a list)
    must keep the reading the gate uses: otherwise importing it as a list launders it."""
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    protected_source(capsys, vault)
    inv = add(capsys, vault, "investigation", {"title": "Depot", "area": "arms embargo"})
    notes = tmp_path / "interview-notes.xml"
    notes.write_bytes(crafted_list(f"Met {SOURCE_NAME} at the depot, phone {SOURCE_PHONE}"))
    imported = run_cli(capsys, "import", vault, notes, "--investigation", inv, "--json")
    assert imported.code == 0, imported.err
    evidence_id = imported.json()[0]["id"]
    refused = run_cli(capsys, "export-file", vault, evidence_id, tmp_path / "out1.xml")
    assert refused.code == 2, refused.out  # the gate reads the original and finds the source
    assert "source" in refused.err
    assert run_cli(capsys, "list", "import", vault, notes).code == 0
    again = run_cli(capsys, "export-file", vault, evidence_id, tmp_path / "out2.xml")
    assert again.code != 0, "importing the original as a list blanked the gate's reading of it"
    assert not (tmp_path / "out2.xml").exists()


def test_list_import_blanks_reading_then_bundle_carries_original(capsys: Capsys, tmp_path: Path) -> None:
    """Same laundering, to the archive: the bundle gate reads originals by their derived reading."""
    alice = tmp_path / "alice.fvault"
    init_vault(capsys, alice)
    protected_source(capsys, alice)
    _archive, archive_id = archive_for(capsys, alice, tmp_path)
    inv = add(capsys, alice, "investigation", {"title": "Depot", "area": "arms embargo"})
    notes = tmp_path / "interview-notes.xml"
    notes.write_bytes(crafted_list(f"Met {SOURCE_NAME} at the depot, phone {SOURCE_PHONE}"))
    assert run_cli(capsys, "import", alice, notes, "--investigation", inv).code == 0
    first = run_cli(capsys, "bundle", alice, "--to", archive_id, "--out", tmp_path / "b0.fvb")
    assert first.code != 0  # refused: the original names the source
    assert run_cli(capsys, "list", "import", alice, notes).code == 0
    second = run_cli(capsys, "bundle", alice, "--to", archive_id, "--out", tmp_path / "b1.fvb")
    assert second.code != 0, "after 'list import' of the same bytes the original left unread"


# -- hostile XML ----------------------------------------------------------------------------------------


def test_utf32_without_bom_doctype_is_refused() -> None:
    """refuse_declarations decodes BOM-less UTF-32 as UTF-16 (NULs interleaved), so a DOCTYPE in it is
    not seen; the parser then reads the internal subset."""
    text = (
        '<?xml version="1.0" encoding="UTF-32LE"?>'
        '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x "boom">]>'
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A</FIRST_NAME>"
        "<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER><COMMENTS1>&x;</COMMENTS1>"
        "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"
    )
    data = text.encode("utf-32-le")
    with pytest.raises(InvalidInput) as refused:
        xml_read.parse(data, "consolidated.xml")
    assert "DTD" in str(refused.value)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_bom_encodings_with_doctype_refused(codec: str) -> None:
    text = (
        f'<?xml version="1.0" encoding="{codec.upper().replace("-SIG", "")}"?>'
        '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x "boom">]><CONSOLIDATED_LIST/>'
    )
    with pytest.raises(InvalidInput):
        xml_read.parse(text.encode(codec), "consolidated.xml")


def test_billion_laughs_refused_and_nothing_stored(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    lol = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    bad = tmp_path / "consolidated.xml"
    bad.write_text(
        f'<?xml version="1.0"?><!DOCTYPE CONSOLIDATED_LIST [{lol}]>'
        "<CONSOLIDATED_LIST>&a9;</CONSOLIDATED_LIST>"
    )
    assert run_cli(capsys, "list", "import", vault, bad).code == 2
    assert len(run_cli(capsys, "list", "versions", vault, "--json").json()) == 1


def test_deep_nesting_refused_cleanly(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    bad = tmp_path / "consolidated.xml"
    bad.write_bytes(b"<CONSOLIDATED_LIST>" + b"<a>" * 300_000 + b"</a>" * 300_000 + b"</CONSOLIDATED_LIST>")
    result = run_cli(capsys, "list", "import", vault, bad)
    assert result.code == 2, result.err
    assert len(run_cli(capsys, "list", "versions", vault, "--json").json()) == 1


def test_path_like_reference_refused() -> None:
    with pytest.raises(InvalidInput):
        xml_read.parse(crafted_list("x", ref="../../x"), "consolidated.xml")


def test_duplicate_reference_refused() -> None:
    one = crafted_list("x").replace(
        b"</INDIVIDUALS>",
        b"<INDIVIDUAL><FIRST_NAME>B</FIRST_NAME>"
        b"<REFERENCE_NUMBER>CDi.900</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>",
    )
    with pytest.raises(InvalidInput):
        xml_read.parse(one, "consolidated.xml")


def test_bidi_and_invisible_controls_in_listed_names_are_not_kept() -> None:
    """A listed name that displays differently than stored (RLO, zero-width) misleads the expert deciding
    a candidate and the Committee reading a review."""
    _, found = xml_read.parse(crafted_list("x", name="JO\u202eEOD\u202c", second="H\u200bN"), "c.xml")
    shown = found[0].name
    assert not any(ch in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b"), (
        repr(shown)
    )


def test_control_characters_in_narrative_are_not_kept() -> None:
    """C0 controls are not XML; C1 controls (U+009B, the 8-bit CSI terminal escape) and DEL are."""
    _, found = xml_read.parse(crafted_list("visible&#x9b;2J&#x7f;hidden"), "c.xml")
    assert "\x9b" not in found[0].narrative
    assert "\x7f" not in found[0].narrative


def test_c0_control_characters_are_refused() -> None:
    with pytest.raises(InvalidInput):
        xml_read.parse(crafted_list("visible&#x1b;[2Jhidden"), "c.xml")


def test_many_aliases_screened_in_bounded_time(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    aliases = "".join(
        f"<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Ali Zed{n}</ALIAS_NAME></INDIVIDUAL_ALIAS>"
        for n in range(100_000)
    )
    data = crafted_list("x").replace(b"<COMMENTS1>", aliases.encode() + b"<COMMENTS1>")
    big = tmp_path / "consolidated.xml"
    big.write_bytes(data)
    assert run_cli(capsys, "list", "import", vault, big).code == 0
    add(capsys, vault, "entity", {"type": "individual", "name": "Ali Zed5"})
    result = run_cli(capsys, "screen", vault, "--json")
    assert result.code == 0, result.err
    assert len(result.json()) <= 5


# -- sealed matches: what the archive learns --------------------------------------------------------


def test_sealed_match_audit_entry_does_not_carry_the_decision(capsys: Capsys, vault: Path) -> None:
    """The sealed body hides the decision; the audit entry that travels to the archive must too."""
    protected_source(capsys, vault, "Sayf al-Adl")
    found = run_cli(capsys, "screen", vault, "--json").json()
    sealed = [c for c in found if c["sealed"]]
    assert sealed
    assert run_cli(capsys, "screen", "confirm", vault, sealed[0]["id"]).code == 0
    service = unlocked(vault)
    try:
        conn = service._vault.conn
        key = service._vault.identity.key_id
        entries = [e for e in audit.chain_entries(conn, key) if e.action == "list-match"]
    finally:
        service.close()
    assert entries
    for e in entries:
        assert "confirmed" not in json.dumps(dict(e.detail)), dict(e.detail)


def test_sealed_match_titles_and_custody_say_nothing(capsys: Capsys, vault: Path) -> None:
    source = protected_source(capsys, vault, "Sayf al-Adl")
    sealed = [c for c in run_cli(capsys, "screen", vault, "--json").json() if c["sealed"]]
    assert run_cli(capsys, "screen", "confirm", vault, sealed[0]["id"]).code == 0
    listed = run_cli(capsys, "record", "list", vault, "--kind", "list_match", "--json").json()
    shown = run_cli(capsys, "record", "show", vault, listed[0]["id"], "--json")
    text = json.dumps(listed) + shown.out
    for secret in ("Sayf", "QDi.001", source):
        assert secret not in text


def test_no_source_name_in_screen_output_or_logs(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    protected_source(capsys, vault, "Sayf al-Adl")
    result = run_cli(capsys, "screen", vault)
    assert result.code == 0
    assert "Sayf al-Adl" not in result.out + result.err
    assert "Sayf al-Adl" not in json.dumps(run_cli(capsys, "screen", vault, "--json").json())


# -- a hostile colleague's records ------------------------------------------------------------------


def _create(vault: Path, kind: str, body: dict[str, Any]) -> str:
    """A record as a merged bundle would bring it (validated like any received record)."""
    service = unlocked(vault)
    try:
        v = service._vault
        with store.transaction(v.conn):
            return records.create(v.conn, v.identity, kind, body).id
    finally:
        service.close()


def test_clear_match_cannot_point_at_a_source(capsys: Capsys, vault: Path) -> None:
    """A list_match in clear whose 'entity' is a protected source's record: validation must refuse it
    (a clear record linking a source to a listing is exactly what sealing exists to prevent)."""
    # Changed: validation sees one record only (a bundle may bring the match first); it is ignored at use.
    from vault.screening import decisions

    source = protected_source(capsys, vault, "Sayf al-Adl")
    forged = _create(vault, "list_match", {"entity": source, "reference": "QDi.001", "decision": "confirmed"})
    service = unlocked(vault)
    try:
        used = [d.record_id for d in decisions.all_decisions(service._vault.conn, service._vault.identity)]
    finally:
        service.close()
    assert forged not in used, "a clear match pointing at a source's record was used"


def test_forged_clear_match_on_source_does_not_set_sealed_status(capsys: Capsys, vault: Path) -> None:
    source = protected_source(capsys, vault, "Sayf al-Adl")
    try:
        _create(vault, "list_match", {"entity": source, "reference": "QDi.001", "decision": "confirmed"})
    except Exception:  # noqa: BLE001 - refused: the defence holds
        return
    sealed = [c for c in run_cli(capsys, "screen", vault, "--json").json() if c["sealed"]]
    assert sealed[0]["status"] == "open", "a colleague's clear record decided a protected source's match"


def test_forged_clear_match_on_source_kept_out_of_review(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    """A colleague's clear 'confirmed' match naming a source's record makes the review of that listing
    say that the source (by code) is the listed person."""
    source = protected_source(capsys, vault, "Mustermann Harbour")
    code = run_cli(capsys, "record", "show", vault, source, "--json").json()["body"]["code"]
    try:
        _create(vault, "list_match", {"entity": source, "reference": "KPi.033", "decision": "confirmed"})
    except Exception:  # noqa: BLE001 - refused: the defence holds
        return
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "KPi.033", "--out", out)
    if done.code == 0:
        assert code not in document_text(out), "the review links a protected source's code to the listing"


def test_match_to_a_missing_entity_does_not_break_the_review(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    """A colleague's match naming a record this vault does not hold must not stop the review."""
    ghost = str(uuid.uuid4())
    try:
        _create(vault, "list_match", {"entity": ghost, "reference": "KPi.033", "decision": "confirmed"})
    except Exception:  # noqa: BLE001 - refused: the defence holds
        return
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "KPi.033", "--out", out)
    assert done.code == 0, done.err


def test_sealed_match_too_large_refused() -> None:
    from vault.model.listings import MATCH_SPEC

    with pytest.raises(Exception):  # noqa: B017, PT011
        MATCH_SPEC.validate({"match": str(uuid.uuid4()), "sealed": {"data": "A" * 300_000}})


def test_sealed_match_with_clear_fields_refused() -> None:
    from vault.model.listings import MATCH_SPEC

    with pytest.raises(Exception):  # noqa: B017, PT011
        MATCH_SPEC.validate({"match": str(uuid.uuid4()), "sealed": {"v": 2}, "reference": "QDi.001"})


def test_received_list_record_for_a_non_list_attachment_is_not_exempted(
    capsys: Capsys, tmp_path: Path
) -> None:
    """A colleague's sanctions_list record naming the SHA-256 of an evidence original: the original's
    reading must not be replaced, and it must not lose the gate."""
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    protected_source(capsys, vault)
    inv = add(capsys, vault, "investigation", {"title": "Depot", "area": "arms embargo"})
    notes = tmp_path / "notes.txt"
    notes.write_text(f"Met {SOURCE_NAME}, phone {SOURCE_PHONE}\n")
    imported = run_cli(capsys, "import", vault, notes, "--investigation", inv, "--json")
    assert imported.code == 0, imported.err
    evidence_id = imported.json()[0]["id"]
    sha = run_cli(capsys, "record", "show", vault, evidence_id, "--json").json()["body"]["sha256"]
    _create(vault, "sanctions_list", {"sha256": sha, "generated": "2031-01-01T00:00:00"})
    assert run_cli(capsys, "list", "versions", vault, "--json").code == 0
    run_cli(capsys, "screen", vault, "--json")  # tries to read the 'list' (it is not one)
    service = unlocked(vault)
    try:
        reading = derived.reading(service._vault.conn, sha)
    finally:
        service.close()
    assert reading is not None
    assert any("897" in t for _, t in reading[0])
    refused = run_cli(capsys, "export-file", vault, evidence_id, tmp_path / "out.txt")
    assert refused.code != 0


# -- refused changes store nothing; stale decisions -------------------------------------------------


def test_refused_decision_stores_nothing(capsys: Capsys, vault: Path) -> None:
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel"})
    before = run_cli(capsys, "record", "list", vault, "--json").json()
    for bad in (f"{broker[:8]}:QDi.9999", "nonsense", f"{broker[:8]}:../../x", f"{broker[:8]}:"):
        assert run_cli(capsys, "screen", "confirm", vault, bad).code != 0
    assert run_cli(capsys, "screen", "maybe", vault, f"{broker[:8]}:QDi.001").code != 0
    assert run_cli(capsys, "record", "list", vault, "--json").json() == before


def test_refused_list_import_changes_nothing(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    service = unlocked(vault)
    try:
        n_blobs = service._vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    except Exception:  # noqa: BLE001
        n_blobs = None
    finally:
        service.close()
    bad = tmp_path / "consolidated.xml"
    bad.write_bytes(crafted_list("x", ref="bad ref"))
    assert run_cli(capsys, "list", "import", vault, bad).code == 2
    service = unlocked(vault)
    try:
        if n_blobs is not None:
            assert service._vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == n_blobs
        assert not attachments.exists(
            service._vault.conn, __import__("hashlib").sha256(bad.read_bytes()).hexdigest()
        )
    finally:
        service.close()


def test_entity_edit_does_not_leave_a_stale_confirmed_link(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    """Confirm Seif el-Adel = QDi.001, then the entity is edited into someone else: the review of
    QDi.001 must not keep presenting that entity (and its claims) as the listed person."""
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"})
    add(capsys, vault, "claim", {"statement": "Marie Dupont ran the Kinshasa clinic", "supports": [broker]})
    top = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, top["id"]).code == 0
    assert run_cli(capsys, "record", "edit", vault, broker, "--data",
                   json.dumps({"name": "Marie Dupont", "born": "1980"})).code == 0  # fmt: skip
    found = run_cli(capsys, "screen", vault, "--json").json()
    assert all(c["reference"] != "QDi.001" for c in found)  # no longer a candidate
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "QDi.001", "--out", out)
    assert done.code == 0, done.err
    assert "Kinshasa clinic" not in document_text(out), "a stale confirmed link fed the review"


# -- careless expert: reviews and dossiers naming a source --------------------------------------------


def test_review_claim_naming_source_is_refused(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    protected_source(capsys, vault)
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho"})
    add(capsys, vault, "claim", {"statement": f"{SOURCE_ALIAS} saw Ri Won Ho", "supports": [broker]})
    add(capsys, vault, "claim", {"statement": f"call {SOURCE_PHONE}", "exculpatory": [broker]})
    top = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, top["id"]).code == 0
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "KPi.033", "--out", out)
    assert done.code == 2
    assert not out.exists()
    assert SOURCE_ALIAS not in done.err
    assert "897" not in done.err


def test_review_of_a_listing_whose_narrative_names_a_source_is_refused(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    protected_source(capsys, vault)
    crafted = tmp_path / "consolidated-2030.xml"
    crafted.write_bytes(crafted_list(f"Associate of {SOURCE_NAME}, tel {SOURCE_PHONE}"))
    assert run_cli(capsys, "list", "import", vault, crafted).code == 0
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "CDi.900", "--out", out)
    assert done.code == 2
    assert not out.exists()


def test_review_entity_alias_naming_source_is_refused(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    """The 'proposed identifiers' carry entity aliases: one naming the source must be caught."""
    protected_source(capsys, vault)
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho",
                                           "aliases": [SOURCE_ALIAS]})  # fmt: skip
    top = [c for c in run_cli(capsys, "screen", vault, "--json").json() if c["subject"] == broker][0]
    assert run_cli(capsys, "screen", "confirm", vault, top["id"]).code == 0
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, top["reference"], "--out", out)
    assert done.code == 2
    assert not out.exists()


def test_dossier_letter_naming_source_is_refused(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    protected_source(capsys, vault)
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho"})
    add(capsys, vault, "letter", {"symbol": "S/AC.51/2026/GE/OC.12", "addressee": SOURCE_NAME,
                                  "addressee_entity": broker, "sent": "2026-01-01"})  # fmt: skip
    add(capsys, vault, "claim", {"statement": f"{SOURCE_ALIAS} says no", "exculpatory": [broker]})
    out = tmp_path / "dossier.docx"
    done = run_cli(capsys, "designation", "draft", vault, "--entity", broker, "--out", out)
    assert done.code == 2
    assert not out.exists()
    assert SOURCE_NAME not in done.err
    assert SOURCE_ALIAS not in done.err


# -- what the archive learns from a sealed match's envelope -----------------------------------------


def _record_body(capsys: Capsys, vault: Path, rid: str) -> dict[str, Any]:
    """The stored body, as it travels in a bundle (read from the database, not the CLI's display)."""
    service = unlocked(vault)
    try:
        return dict(records.get(service._vault.conn, rid).body)
    finally:
        service.close()


def _recipients(envelope: dict[str, Any]) -> frozenset[str]:
    return frozenset(str(r.get("key")) for r in envelope.get("recipients", []))


def test_sealed_match_size_does_not_reveal_the_decision(capsys: Capsys, vault: Path) -> None:
    """Confirm, then reject, the same sealed candidate: both revisions travel to the archive. Their
    ciphertexts must not differ in length by what 'confirmed' and 'rejected' differ (one byte)."""
    import base64

    protected_source(capsys, vault, "Sayf al-Adl")
    sealed = [c for c in run_cli(capsys, "screen", vault, "--json").json() if c["sealed"]]
    assert run_cli(capsys, "screen", "confirm", vault, sealed[0]["id"]).code == 0
    rid = run_cli(capsys, "record", "list", vault, "--kind", "list_match", "--json").json()[0]["id"]
    confirmed = _record_body(capsys, vault, rid)["sealed"]
    assert run_cli(capsys, "screen", "reject", vault, sealed[0]["id"]).code == 0
    rejected = _record_body(capsys, vault, rid)["sealed"]
    a = len(base64.b64decode(confirmed["data"] + "=="))
    b = len(base64.b64decode(rejected["data"] + "=="))
    assert a == b, f"sealed 'confirmed' is {a} bytes, sealed 'rejected' {b}: the size says which"


def test_sealed_match_recipients_do_not_point_at_the_source(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    """A sealed match lists its recipients' keys in clear: the vault's own and those granted for *that*
    source. When one source is granted to a colleague, the match's recipient set equals that source's
    and no other's: the archive learns which protected source is a listed individual."""
    listed = protected_source(capsys, vault, "Sayf al-Adl")
    other = add(capsys, vault, "source", {"name": "Marie Curie", "protection": "protected"})
    bob = tmp_path / "bob.fvault"
    init_vault(capsys, bob)
    assert run_cli(capsys, "identity", "export", bob, tmp_path / "bob.id").code == 0
    # Added: matches are sealed to the vault's key only, equal to any ungranted source's set; grant both.
    carol = tmp_path / "carol.fvault"
    init_vault(capsys, carol)
    assert run_cli(capsys, "identity", "export", carol, tmp_path / "carol.id").code == 0
    assert run_cli(capsys, "record", "grant", vault, other, "--to", tmp_path / "carol.id").code == 0
    granted = run_cli(capsys, "record", "grant", vault, listed, "--to", tmp_path / "bob.id")
    assert granted.code == 0, granted.err
    sealed = [c for c in run_cli(capsys, "screen", vault, "--json").json() if c["sealed"]]
    assert run_cli(capsys, "screen", "confirm", vault, sealed[0]["id"]).code == 0
    rid = run_cli(capsys, "record", "list", vault, "--kind", "list_match", "--json").json()[0]["id"]
    match_keys = _recipients(_record_body(capsys, vault, rid)["sealed"])
    sources = {sid: _recipients(_record_body(capsys, vault, sid)["sealed"]) for sid in (listed, other)}
    same = [sid for sid, keys in sources.items() if keys == match_keys]
    assert len(same) != 1, "the match's recipient keys single out the protected source it is about"


# -- the leak guard on list text, disguised ----------------------------------------------------------


@pytest.mark.parametrize(
    "disguised",
    [
        "Jos\u200bé Nú\u200dñez",  # zero-width space and joiner inside
        "Jos\u00e9 N\u00fa\u00f1ez".replace("o", "\u043e"),  # Cyrillic o
        "J\u202eo\u202cs\u00e9 N\u00fa\u00f1ez",  # bidi override inside
        "JOSE NUNEZ",  # upper case, no accents (as the list writes names)
    ],
)
def test_review_refused_when_the_narrative_disguises_a_source(
    capsys: Capsys, vault: Path, tmp_path: Path, disguised: str
) -> None:
    protected_source(capsys, vault)
    crafted = tmp_path / "consolidated-2030.xml"
    crafted.write_bytes(crafted_list(f"Met {disguised} twice"))
    assert run_cli(capsys, "list", "import", vault, crafted).code == 0
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "CDi.900", "--out", out)
    assert done.code == 2, "the review carried a disguised source name out"
    assert not out.exists()


def test_listed_name_with_bidi_override_not_written_into_review(
    capsys: Capsys, vault: Path, tmp_path: Path
) -> None:
    crafted = tmp_path / "consolidated-2030.xml"
    crafted.write_bytes(crafted_list("x", name="JO\u202eEOD\u202c", second="SMITH"))
    assert run_cli(capsys, "list", "import", vault, crafted).code == 0
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "CDi.900", "--out", out)
    if done.code == 0:
        assert "\u202e" not in document_text(out), "the Committee's copy shows a name other than stored"


def test_cli_list_show_escapes_controls(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    crafted = tmp_path / "consolidated-2030.xml"
    crafted.write_bytes(crafted_list("a&#x9b;2Jb", name="JO\u202eEOD\u202c"))
    assert run_cli(capsys, "list", "import", vault, crafted).code == 0
    shown = run_cli(capsys, "list", "show", vault, "CDi.900")
    assert shown.code == 0, shown.err
    assert "\u202e" not in shown.out
    assert "\x9b" not in shown.out


# -- more from a hostile colleague -------------------------------------------------------------------


@pytest.mark.parametrize(
    "inner",
    [
        {"decision": "confirmed", "reference": "QDi.001", "score": "high", "reasons": [], "source": "x"},
        {"decision": "confirmed", "reference": "QDi.001", "score": 1, "reasons": 5, "source": "x"},
    ],
)
def test_malformed_sealed_match_does_not_stop_screening(
    capsys: Capsys, vault: Path, tmp_path: Path, inner: dict[str, Any]
) -> None:
    """A sealed match this vault can open (sealed to its key by a colleague's modified client) whose
    inside is malformed: screening and reviews must pass it over, not crash."""
    from vault.keys import sealing
    from vault.screening import decisions

    add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel"})
    service = unlocked(vault)
    try:
        v = service._vault
        match = str(uuid.uuid4())
        env = sealing.seal(inner, [v.identity.seal_public], decisions._binding(match), v.identity)
        with store.transaction(v.conn):
            records.create(v.conn, v.identity, "list_match", {"match": match, "sealed": env})
    finally:
        service.close()
    result = run_cli(capsys, "screen", vault, "--json")
    assert result.code == 0, result.err


def test_received_list_dated_later_does_not_silently_replace_the_expert_list(
    capsys: Capsys, vault: Path
) -> None:
    """A colleague's sanctions_list record (dated 2099) whose attachment is a valid but doctored list
    (QDi.001 removed) becomes 'the latest' and every screening silently runs against it."""
    from lxml import etree  # type: ignore[import-untyped]

    add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"})
    assert run_cli(capsys, "screen", vault, "--json").json()[0]["reference"] == "QDi.001"
    root = etree.parse(str(LIST_2017)).getroot()
    for ind in list(root.iter("INDIVIDUAL")):
        if ind.findtext("REFERENCE_NUMBER") == "QDi.001":
            ind.getparent().remove(ind)
    root.set("dateGenerated", "2099-01-01T00:00:00")
    doctored = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    service = unlocked(vault)
    try:
        v = service._vault
        with store.transaction(v.conn):
            sha = attachments.store_stream(v.conn, io.BytesIO(doctored)).sha256
            records.create(v.conn, v.identity, "sanctions_list", {"sha256": sha, "generated": "2099-01-01"})
    finally:
        service.close()
    found = run_cli(capsys, "screen", vault, "--json").json()
    assert any(c["reference"] == "QDi.001" for c in found), "a received doctored list hid a listed person"


def test_note_naming_a_source_on_a_clear_match_cannot_leave_in_a_bundle(
    capsys: Capsys, tmp_path: Path
) -> None:
    alice = tmp_path / "alice.fvault"
    init_vault(capsys, alice)
    _archive, archive_id = archive_for(capsys, alice, tmp_path)
    assert run_cli(capsys, "list", "import", alice, LIST_2017).code == 0
    protected_source(capsys, alice)
    add(capsys, alice, "entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"})
    top = [c for c in run_cli(capsys, "screen", alice, "--json").json() if not c["sealed"]][0]
    noted = run_cli(capsys, "screen", "confirm", alice, top["id"], "--note", f"{SOURCE_ALIAS} says so")
    assert noted.code == 0, noted.err
    out = tmp_path / "b.fvb"
    sent = run_cli(capsys, "bundle", alice, "--to", archive_id, "--out", out)
    assert sent.code != 0, "a match note naming a protected source went to the archive"
    assert SOURCE_ALIAS not in sent.err


def test_huge_text_node_refused_cleanly(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    big = tmp_path / "consolidated.xml"
    big.write_bytes(crafted_list("A" * (12 * 1024 * 1024)))
    result = run_cli(capsys, "list", "import", vault, big)
    assert result.code in (0, 2), result.err
    assert "Traceback" not in result.err


def test_note_on_a_sealed_match_is_kept_sealed_or_refused(capsys: Capsys, vault: Path) -> None:
    """`screen confirm S-001:REF --note ...` on a source's candidate: the note is neither sealed nor
    refused; it is silently dropped (the expert believes it recorded why)."""
    protected_source(capsys, vault, "Sayf al-Adl")
    sealed = [c for c in run_cli(capsys, "screen", vault, "--json").json() if c["sealed"]]
    done = run_cli(capsys, "screen", "confirm", vault, sealed[0]["id"], "--note", "met him in Doha")
    if done.code != 0:
        return  # refused with a message: the defence holds
    rid = run_cli(capsys, "record", "list", vault, "--kind", "list_match", "--json").json()[0]["id"]
    service = unlocked(vault)
    try:
        from vault.keys import sealing
        from vault.screening import decisions

        body = records.get(service._vault.conn, rid).body
        assert set(body) == {"sealed", "match"}
        inner = sealing.open_value(
            body["sealed"], service._vault.identity.seal_private.reveal(), decisions._binding(body["match"])
        )
    finally:
        service.close()
    assert "Doha" in json.dumps(inner), "the note on a sealed match was silently dropped"


def _designable(capsys: Capsys, vault: Path) -> str:
    """An entity with a claim at verified fact supporting its designation (two independent sources)."""
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Jean-Baptiste Mulamba"})
    a = add(capsys, vault, "source", {"name": "Customs officer", "organisation": "Customs"})
    b = add(capsys, vault, "source", {"name": "Mine manager", "organisation": "Cooperative"})
    claim = add(
        capsys,
        vault,
        "claim",
        {"statement": "Mulamba financed the armed group", "supports": [broker, a, b], "designation": True},
    )
    assert run_cli(capsys, "claim", "promote", vault, claim, "--to", "verified_fact").code == 0
    return broker


@pytest.mark.parametrize("where", ["exculpatory", "letter", "alias"])
def test_dossier_naming_a_source_is_refused(capsys: Capsys, tmp_path: Path, where: str) -> None:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    protected_source(capsys, vault)
    broker = _designable(capsys, vault)
    out = tmp_path / "dossier.docx"
    assert run_cli(capsys, "designation", "draft", vault, "--entity", broker, "--out", out).code == 0
    out.unlink()
    if where == "exculpatory":
        add(capsys, vault, "claim", {"statement": f"{SOURCE_ALIAS} says not him", "exculpatory": [broker]})
    elif where == "letter":
        letter: dict[str, object] = {"symbol": "S/AC.51/2026/GE/OC.12", "addressee": f"c/o {SOURCE_NAME}",
                  "addressee_entity": broker, "sent": "2026-01-01"}  # fmt: skip
        add(capsys, vault, "letter", letter)
    else:
        edited = run_cli(
            capsys, "record", "edit", vault, broker, "--data", json.dumps({"aliases": [SOURCE_PHONE]})
        )
        assert edited.code == 0, edited.err
    done = run_cli(capsys, "designation", "draft", vault, "--entity", broker, "--out", out)
    assert done.code == 2, "the designation proposal named a protected source"
    assert not out.exists()
    assert SOURCE_ALIAS not in done.err
    assert SOURCE_NAME not in done.err
    assert "897" not in done.err


def test_review_regime_field_naming_a_source_is_refused(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    """UN_LIST_TYPE and dateGenerated are written into the review but not among the gate's parts; the
    gate's read of the whole document must still catch them."""
    protected_source(capsys, vault)
    crafted = tmp_path / "consolidated-2030.xml"
    crafted.write_bytes(
        crafted_list("x").replace(
            b"<UN_LIST_TYPE>DRC</UN_LIST_TYPE>", f"<UN_LIST_TYPE>{SOURCE_ALIAS}</UN_LIST_TYPE>".encode()
        )
    )
    assert run_cli(capsys, "list", "import", vault, crafted).code == 0
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "CDi.900", "--out", out)
    assert done.code == 2
    assert not out.exists()


def test_comment_in_a_list_naming_a_source_cannot_ride_a_bundle(capsys: Capsys, tmp_path: Path) -> None:
    """The parser drops comments, so the list 'reads' clean; its stored bytes still carry them."""
    alice = tmp_path / "alice.fvault"
    init_vault(capsys, alice)
    protected_source(capsys, alice)
    _archive, archive_id = archive_for(capsys, alice, tmp_path)
    bad = tmp_path / "consolidated.xml"
    bad.write_bytes(crafted_list("x") + f"<!-- {SOURCE_NAME} {SOURCE_PHONE} -->\n".encode())
    assert run_cli(capsys, "list", "import", alice, bad).code == 0
    written = run_cli(capsys, "bundle", alice, "--to", archive_id, "--out", tmp_path / "b.fvb", "--json")
    # Changed: the list is kept back and the bundle still goes (a source can be a listed individual).
    assert written.code == 0, written.err
    _assert_list_kept_back(alice, bad, written.json())


def _assert_list_kept_back(vault: Path, listfile: Path, written: dict[str, Any]) -> None:
    import hashlib

    sha = hashlib.sha256(listfile.read_bytes()).hexdigest()
    assert written["lists_kept"] == 1, written
    assert written["withheld"] >= 1, written
    service = unlocked(vault)
    try:
        sent = {r[0] for r in service._vault.conn.execute("SELECT sha256 FROM bundle_exported_blobs")}
    finally:
        service.close()
    assert sha not in sent, "the bundle carried a list naming a protected source"


def test_deleted_confirmed_entity_not_in_review(capsys: Capsys, vault: Path, tmp_path: Path) -> None:
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"})
    add(capsys, vault, "claim", {"statement": "Seif ran the Kinshasa clinic", "supports": [broker]})
    top = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, top["id"]).code == 0
    deleted = run_cli(capsys, "record", "delete", vault, broker, "--reason", "entered by mistake")
    assert deleted.code == 0, deleted.err
    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "QDi.001", "--out", out)
    assert done.code == 0, done.err
    assert "Seif el-Adel" not in document_text(out), "a deleted entity still fed the review"
