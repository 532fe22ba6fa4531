"""Attacks on the answer to a request from a court (issue 18): what a careless expert, a hostile
colleague's bundle or a curious recipient could make a package leak or break.

Written by an adversarial review; each one that failed showed a vulnerability, now fixed: they stay as
regression tests."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.request_select import Selection
from app.service import VaultService
from tests import media
from tests.requestcases import IDENTIFIERS, Mix, mix
from tests.unit.test_export_fixtures import assert_names_no_source
from vault.errors import UserError
from vault.storage import hlc, records, revisions


@pytest.fixture
def world(service: VaultService, tmp_path: Path) -> Mix:
    folder = tmp_path / "files"
    folder.mkdir()
    return mix(service, folder)


def _verdict(service: VaultService, world: Mix, rid: str, selection: Selection) -> Any:
    found = {v.id: v for v in service.requests.verdicts(world.request, selection)}
    return found[rid]


def _received(service: VaultService, record_id: str, kind: str, body: dict[str, Any]) -> None:
    """A revision as a colleague's bundle could bring it: signed, never checked against the kind."""
    conn, me = service._vault.conn, service._vault.identity
    parents = tuple(service.get(record_id).heads) if kind != "new" else ()
    rev = revisions.make(
        record_id, service.get(record_id).kind if kind != "new" else "evidence", me.key_id,
        me.sign_secret.reveal(), hlc.tick(conn), parents, False, body,
    )  # fmt: skip
    with conn:
        records.apply(conn, rev)


def _everything(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file())


# --- claims resting only on what stays out ------------------------------------------------------------


def test_a_claim_chosen_by_entity_resting_only_on_withheld_evidence_stays_out(
    service: VaultService, world: Mix
) -> None:
    """Every claim chosen by --entity cites that entity; the entity says nothing of a source, so it
    must not count as ground that lets a claim resting only on a refusing source's document go."""
    ent = service.model.add_model_record("entity", {"type": "company", "name": "Depot Logistics SARL"}).id
    claim = service.model.add_model_record(
        "claim",
        {"statement": "Depot Logistics SARL signed the cargo manifest 77-A.",
         "supports": [ent, world.no_consent_doc], "investigation": world.investigation},
    ).id  # fmt: skip
    v = _verdict(service, world, claim, Selection(entities=(ent,)))
    assert not v.allowed, "a claim resting only on a non-consenting source's document goes to the court"


@pytest.mark.parametrize("via", ["item", "note"])
def test_a_claim_resting_on_a_materiel_item_or_note_of_withheld_evidence_stays_out(
    service: VaultService, world: Mix, via: str
) -> None:
    """A claim may cite a materiel item (whose photographs come from a protected source) or a note:
    neither is judged, so the claim's information goes although all it rests on is withheld."""
    if via == "item":
        ground = service.model.add_model_record(
            "item", {"type": "rifle", "photos": [world.protected_photo], "investigation": world.investigation}
        ).id
    else:
        ground = service.model.add_model_record(
            "note", {"title": "Gate", "body": "From the informant at the gate: guards change at 22:00."}
        ).id
    claim = service.model.add_model_record(
        "claim", {"statement": "The gate guards change at 22:00.", "supports": [ground]}
    ).id
    v = _verdict(service, world, claim, Selection(claims=(claim,)))
    assert not v.allowed, f"a claim resting only on withheld material (via a {via}) goes"


def test_a_claim_citing_a_deleted_source_stays_out(service: VaultService, world: Mix) -> None:
    """A source record deleted (or not yet received) cannot show its consent: the claim resting on it
    must not be treated as resting on nothing."""
    gone = service.model.add_model_record(
        "source",
        {"name": "Gone Person", "protection": "protected", "consent": ["report"], "type": "informant"},
    ).id
    claim = service.model.add_model_record(
        "claim", {"statement": "Trucks left at dawn.", "supports": [gone]}
    ).id
    service.records.delete_record(gone, "entered twice")
    v = _verdict(service, world, claim, Selection(claims=(claim,)))
    assert not v.allowed, "a claim resting only on an unreadable source goes"


def test_a_claim_resting_on_a_consenting_source_goes_with_its_status(
    service: VaultService, world: Mix
) -> None:
    v = _verdict(service, world, world.claim_ok, Selection(claims=(world.claim_ok,)))
    assert v.allowed
    assert v.status == "allegation"
    assert not _verdict(
        service, world, world.claim_protected, Selection(claims=(world.claim_protected,))
    ).allowed


# --- the same bytes from several sources ----------------------------------------------------------


def test_bytes_a_refusing_source_gave_are_not_a_second_record_that_goes(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The careless expert imports again, without attribution, the file a non-consenting source gave:
    the package must not carry those bytes to the court."""
    refused = service.get(world.no_consent_doc).body["sha256"]
    data = service.evidence.original_bytes(world.no_consent_doc) if hasattr(
        service.evidence, "original_bytes") else None  # fmt: skip
    if data is None:
        data = media.pdf(["Cargo manifest 77-A"], author=None)
    path = tmp_path / "again.pdf"
    path.write_bytes(data)
    outcome = service.evidence.import_files([path], investigation=world.investigation, workers=1).outcomes[0]
    assert outcome.id is not None
    assert service.get(outcome.id).body["sha256"] == refused
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(outcome.id,)), out)
    shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / "originals").glob("*")} if (
        out / "originals").exists() else set()  # fmt: skip
    assert refused not in shas, "the non-consenting source's file went to the court under another record"


def test_an_item_also_received_from_a_refusing_source_stays_out(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The refusing source hands over a file; later the consenting source hands over the same bytes.
    The second receipt replaces the item's source, so the verdict forgets the first source, who never
    consented to a court (its receipt is still in the item's custody)."""
    path = tmp_path / "ledger.pdf"
    path.write_bytes(media.pdf(["Ledger of the depot, March"], author=None))
    first = service.evidence.import_files([path], investigation=world.investigation, source=world.refusing,
                                          workers=1).outcomes[0]  # fmt: skip
    again = service.evidence.import_files([path], investigation=world.investigation, source=world.consenting,
                                          workers=1).outcomes[0]  # fmt: skip
    assert first.id is not None
    assert again.id == first.id
    v = _verdict(service, world, first.id, Selection(items=(first.id,)))
    assert not v.allowed, "bytes a non-consenting source gave go because a consenting one gave them too"


# --- consent and protection as they are when the package is made ----------------------------------


def test_consent_withdrawn_after_the_dry_run_keeps_the_item_out(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    selection = Selection(items=(world.court_photo, world.own_photo))
    assert _verdict(service, world, world.court_photo, selection).allowed  # the dry run
    service.model.edit_model_record(world.consenting, {"consent": ["report"]})
    out = tmp_path / "pkg"
    service.requests.package(world.request, selection, out)
    court_sha = service.get(world.court_photo).body["sha256"]
    assert court_sha not in json.dumps(json.loads((out / "manifest.json").read_text())["items"])


def test_a_source_made_protected_after_import_keeps_its_items_out(service: VaultService, world: Mix) -> None:
    service.model.edit_model_record(world.consenting, {"protection": "protected", "consent": ["report"]})
    v = _verdict(service, world, world.court_photo, Selection(items=(world.court_photo,)))
    assert not v.allowed
    assert v.category == "protected"


def test_an_interview_with_one_refusing_source_among_several_stays_out(
    service: VaultService, world: Mix
) -> None:
    note = service.model.add_model_record(
        "interview", {"date": "2026-02-12", "place": "Goma", "sources": [world.consenting, world.refusing],
                      "experts_present": ["A. Expert"],
                      "notes": "Both saw the trucks."},
    ).id  # fmt: skip
    v = _verdict(service, world, note, Selection(items=(note,)))
    assert not v.allowed
    assert v.category == "no_consent"


def test_a_file_name_that_names_a_protected_source_keeps_the_item_out(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    path = tmp_path / "jose_nunez_depot.jpg"
    path.write_bytes(media.jpeg(seed=31))
    rid = service.evidence.import_files([path], investigation=world.investigation, workers=1).outcomes[0].id
    assert rid is not None
    v = _verdict(service, world, rid, Selection(items=(rid,)))
    assert not v.allowed
    assert v.category == "names_source"


def test_a_working_copy_of_a_sealed_original_never_reaches_the_court(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The expert answers with a redacted working copy of the protected source's sealed photograph."""
    out = tmp_path / "pkg"
    sealed_sha = service.get(world.protected_photo).body["sha256"]
    selection = Selection(items=(world.protected_photo, world.own_photo))
    service.requests.package(world.request, selection, out)
    for p in out.rglob("*"):
        if p.is_file():
            assert hashlib.sha256(p.read_bytes()).hexdigest() != sealed_sha


# --- a hostile colleague's bundle ---------------------------------------------------------------------


def test_consent_widened_by_another_key_does_not_open_the_package(service: VaultService, world: Mix) -> None:
    """A colleague's bundle carries a revision of the refusing source, signed by the colleague's key,
    that adds 'court' to the consent. Nothing checks who widened the consent: the document goes."""
    from vault import crypto

    conn = service._vault.conn
    key = crypto.new_signing_key()
    author = crypto.signing_public(key).hex()
    body = {**service.get(world.refusing).body, "consent": ["report", "court"]}
    rev = revisions.make(world.refusing, "source", author, key, hlc.tick(conn),
                         tuple(service.get(world.refusing).heads), False, body)  # fmt: skip
    with conn:
        records.apply(conn, rev)
    v = _verdict(service, world, world.no_consent_doc, Selection(items=(world.no_consent_doc,)))
    assert not v.allowed, "a consent widened by someone other than the source's handler lets the item go"


_HOSTILE_NAMES = [
    "../../../../tmp/escape.jpg",
    "/etc/passwd",
    "a\\..\\..\\b.jpg",
    "photo\x00.jpg",
    "x" * 5000 + ".jpg",
    "gpj.\u202eexe",
]


@pytest.mark.parametrize("name", _HOSTILE_NAMES)
def test_a_hostile_item_name_from_a_bundle_writes_nothing_outside_out(
    service: VaultService, world: Mix, tmp_path: Path, name: str
) -> None:
    body = {**service.get(world.own_photo).body, "name": name}
    _received(service, world.own_photo, "evidence", body)
    other = {**service.get(world.court_photo).body, "name": name}
    _received(service, world.court_photo, "evidence", other)  # two items, one name
    out = tmp_path / "deep" / "pkg"
    (tmp_path / "deep").mkdir()
    before = {p for p in tmp_path.rglob("*") if "pkg" not in p.parts}
    service.requests.package(world.request, Selection(items=(world.own_photo, world.court_photo)), out)
    after = {p for p in tmp_path.rglob("*") if "pkg" not in p.parts}
    assert after == before
    if len(name) > 4096:
        # Changed after review: a name longer than the evidence kind allows makes the received record
        # malformed, and a malformed record is withheld (fail closed, finding H2): nothing goes.
        assert not (out / "originals").exists()
        return
    originals = sorted((out / "originals").iterdir())
    assert len(originals) == 2
    shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in originals}
    assert shas == {service.get(r).body["sha256"] for r in (world.own_photo, world.court_photo)}
    assert all(len(p.name) < 40 for p in out.rglob("*"))


def test_a_hostile_item_name_is_not_written_into_the_manifest_as_it_is(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """A name with a right-to-left override (reads 'exe.jpg' as '...gpj.exe') or a line break is
    copied into manifest.json as original_name: the recipient's viewer shows another name."""
    name = "report\u202egpj.exe"
    body = {**service.get(world.own_photo).body, "name": name}
    _received(service, world.own_photo, "evidence", body)
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.own_photo,)), out)
    text = (out / "manifest.json").read_text()
    assert "\u202e" not in text


# --- where the package goes -----------------------------------------------------------------------------


def test_out_as_a_symlink_to_an_empty_folder_elsewhere_is_refused(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """--out is a symlink (planted by a colleague, or a synced folder's link): the package's plaintext
    originals land wherever it points."""
    elsewhere = tmp_path / "synced-cloud-folder"
    elsewhere.mkdir()
    link = tmp_path / "pkg"
    link.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UserError):
        service.requests.package(world.request, Selection(items=(world.own_photo,)), link)
    assert not any(elsewhere.iterdir())


def test_out_as_an_existing_file_or_dangling_link_is_refused_and_nothing_is_recorded(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    existing = tmp_path / "pkg"
    existing.write_bytes(b"keep me")
    with pytest.raises(UserError):
        service.requests.package(world.request, Selection(items=(world.own_photo,)), existing)
    assert existing.read_bytes() == b"keep me"
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(UserError):
        service.requests.package(world.request, Selection(items=(world.own_photo,)), dangling)
    assert not (tmp_path / "nowhere").exists()
    assert service.requests.shared(world.own_photo) == []


# --- what the recipient checks, and what it can learn -----------------------------------------------------


def _ssh_verify(out: Path) -> subprocess.CompletedProcess[bytes]:
    with (out / "SHA256SUMS").open("rb") as sums:
        return subprocess.run(
            ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", "fieldvault",
             "-n", "fieldvault-request", "-s", "SHA256SUMS.sig"],
            cwd=out, stdin=sums, capture_output=True, check=False,
        )  # fmt: skip


def _sums_ok(out: Path) -> bool:
    done = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=out, capture_output=True, check=False
    )
    return done.returncode == 0


def test_a_swapped_original_fails_the_documented_check(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.own_photo, world.court_photo)), out)
    assert _ssh_verify(out).returncode == 0
    assert _sums_ok(out)
    listed = {line.split("  ", 1)[1] for line in (out / "SHA256SUMS").read_text().splitlines()}
    on_disk = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    assert on_disk - listed == {"SHA256SUMS", "SHA256SUMS.sig"}  # every other file is signed
    first, second = sorted((out / "originals").iterdir())
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)  # two items swapped
    assert not _sums_ok(out)
    (out / "SHA256SUMS").write_text((out / "SHA256SUMS").read_text().replace("E-1", "E-9"))
    assert _ssh_verify(out).returncode != 0  # an edited SHA256SUMS no longer verifies


def _exactly_listed(out: Path) -> bool:
    """VERIFYING.txt's third command, run as the recipient would (sh, from inside the folder)."""
    from app.request_package import EXACT_CHECK

    assert EXACT_CHECK in (out / "VERIFYING.txt").read_text()
    done = subprocess.run(["sh", "-c", EXACT_CHECK], cwd=out, capture_output=True, check=False)
    return done.returncode == 0 and done.stdout.strip() == b"OK"


def test_a_file_added_in_transit_fails_the_documented_check(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """VERIFYING.txt's two commands both pass when someone adds a file (a forged originals/E-2.jpg or a
    second cover letter): sha256sum -c only checks what SHA256SUMS lists."""
    # Changed after review: no sha256sum/ssh-keygen check can see an unlisted file, so the documented
    # check now has a third command (the folder holds exactly what SHA256SUMS lists), run here too.
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.own_photo,)), out)
    assert _ssh_verify(out).returncode == 0
    assert _sums_ok(out)
    assert _exactly_listed(out)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["files"] == sum(1 for p in out.rglob("*") if p.is_file())
    (out / "originals" / "E-2.jpg").write_bytes(media.jpeg(seed=99))
    assert not (_ssh_verify(out).returncode == 0 and _sums_ok(out) and _exactly_listed(out)), (
        "an added file passes the documented check"
    )


def test_custody_files_say_no_source_nor_name(service: VaultService, world: Mix, tmp_path: Path) -> None:
    """The court photo was viewed, exported and re-attributed; its custody file holds none of that
    content (no source id or code, no file name, no reason)."""
    service.attribution.attribute_evidence(world.court_photo, caption="From Bertrand at the depot gate")
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.court_photo,)), out)
    data = (out / "custody" / "E-1.json").read_bytes()
    custody = json.loads(data)
    for rid in (world.consenting, world.refusing, world.protected):
        assert rid.encode() not in data
    assert b"depot.jpg" not in data
    assert b"Bertrand" not in data
    assert b"S-00" not in data
    assert custody["events"][-1]["action"] == "disclose"
    assert_names_no_source(_everything(out), IDENTIFIERS)


def test_a_full_disk_mid_package_leaves_nothing_and_records_nothing(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The disk fills while an original is written (RLIMIT_FSIZE stands in for a full disk): no file,
    no plaintext .partial copy, no folder, no disclosure, no custody entry."""
    import resource
    import signal

    big = tmp_path / "big.jpg"
    big.write_bytes(media.jpeg(seed=7) + os.urandom(3 << 20))
    rid = service.evidence.import_files([big], investigation=world.investigation, workers=1).outcomes[0].id
    assert rid is not None
    out = tmp_path / "pkg"
    # Changed after review: the dry run first, so the OCR the import queued (merged since) is stored
    # before the limit; otherwise the vault's own write fails first and no package file is ever written.
    service.requests.verdicts(world.request, Selection(items=(world.own_photo, rid)))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, hard))
    try:
        with pytest.raises((OSError, UserError)):
            service.requests.package(world.request, Selection(items=(world.own_photo, rid)), out)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)
    assert not out.exists() or not any(out.rglob("*"))
    assert not out.exists(), "an empty package folder is left behind"
    assert service.requests.shared(rid) == []
    assert service.requests.shared(world.own_photo) == []
    assert service.requests.request(world.request).packages == 0


def test_a_request_purpose_widened_by_a_colleague_does_not_open_the_package(
    service: VaultService, world: Mix
) -> None:
    """A colleague's revision turns the ICC request's purpose from 'court' to 'report': every source who
    consented to the Panel's report (not to a court) now has its material go to the ICC."""
    from vault import crypto

    conn = service._vault.conn
    key = crypto.new_signing_key()
    body = {**service.get(world.request).body, "purpose": "report"}
    rev = revisions.make(world.request, "request", crypto.signing_public(key).hex(), key, hlc.tick(conn),
                         tuple(service.get(world.request).heads), False, body)  # fmt: skip
    with conn:
        records.apply(conn, rev)
    v = _verdict(service, world, world.no_consent_doc, Selection(items=(world.no_consent_doc,)))
    assert not v.allowed, "a report-only source's document goes to a court"


@pytest.mark.parametrize(
    "statement",
    [
        "Nunez, Jose watched the depot.",
        "NÚÑEZ reported the convoy.",
        "Call +243-897-531-864 for the roster.",
        "Call 0897 531 864 for the roster.",
        "Claire  Mbuyi's cousin drives the trucks.",
    ],
)
def test_a_claim_statement_naming_a_source_in_another_form_stays_out(
    service: VaultService, world: Mix, statement: str
) -> None:
    claim = service.model.add_model_record(
        "claim", {"statement": statement, "supports": [world.court_photo]}
    ).id
    v = _verdict(service, world, claim, Selection(claims=(claim,)))
    assert not v.allowed
    assert v.category == "names_source"


def test_custody_does_not_tell_the_expert_s_time_zone_at_each_receipt(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """``device_clock`` is the expert's local time with its UTC offset at the moment a source handed
    the item over: it says in which country the meeting took place."""
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.court_photo,)), out)
    custody = json.loads((out / "custody" / "E-1.json").read_text())
    assert not any("device_clock" in e["detail"] for e in custody["events"])


@pytest.mark.parametrize("field", ["scope", "basis"])
def test_a_request_with_a_page_break_in_its_scope_is_refused_or_packaged(
    service: VaultService, world: Mix, tmp_path: Path, field: str
) -> None:
    """Text pasted from a PDF carries form feeds and vertical tabs, which a DOCX cannot hold: the request
    must be refused when added, or its package written; never an unexplained crash."""
    from vault.errors import InvalidInput

    try:
        rid = service.requests.add_request(
            {**service.get(world.request).body, field: "Page 1\x0cPage 2\x0b"}
        ).id
    except InvalidInput:
        return
    out = tmp_path / "pkg"
    try:
        service.requests.package(rid, Selection(items=(world.own_photo,)), out)
    except UserError:
        assert not out.exists()
        return
    assert (out / "cover-letter.docx").exists()


def test_cli_lists_of_a_received_request_and_disclosure_do_not_drive_the_terminal(
    service: VaultService,
    world: Mix,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A colleague's bundle brings a request and a disclosure whose authority holds terminal escapes
    (clear the screen, rewrite the line) and a right-to-left override: the CLI prints them as they are."""
    from tests.helpers import PASSPHRASE, run_cli

    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    body = {**service.get(world.request).body, "authority": "ICC\x1b[2J\x1b[1;1HALL CLEAR \u202eCCI"}
    _received(service, world.request, "request", body)
    service.close()
    listed = run_cli(capsys, "request", "list", vault_path)
    assert listed.code == 0, listed.err
    assert "\x1b" not in listed.out
    assert "\u202e" not in listed.out


@pytest.mark.parametrize("target", ["protected_photo", "withheld_doc", "no_consent_doc"])
def test_a_crafted_record_naming_a_sealed_original_s_hash_does_not_carry_it_out(
    service: VaultService, world: Mix, tmp_path: Path, target: str
) -> None:
    """A colleague's bundle brings a new evidence record, with no source and no seal, that names the
    SHA-256 of an original this vault holds sealed, withheld or from a refusing source (the hash travels
    in every bundle). The verdict reads the crafted record; the bytes are streamed by hash."""
    import uuid

    held = service.get(getattr(world, target)).body
    conn, me = service._vault.conn, service._vault.identity
    forged = {"name": "crates-2.jpg", "sha256": held["sha256"], "size": held["size"],
              "media_type": held.get("media_type"), "investigation": world.investigation}  # fmt: skip
    rid = str(uuid.uuid4())
    rev = revisions.make(
        rid, "evidence", me.key_id, me.sign_secret.reveal(), hlc.tick(conn), (), False, forged
    )
    with conn:
        records.apply(conn, rev)
    out = tmp_path / "pkg"
    try:
        service.requests.package(world.request, Selection(items=(rid, world.own_photo)), out)
    except UserError:
        return
    shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / "originals").iterdir()}
    assert held["sha256"] not in shas, f"the {target} original went out under a crafted record"


def test_numbering_leaves_no_gap_where_an_item_was_withheld(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection((world.investigation,)), out)
    manifest = json.loads((out / "manifest.json").read_text())
    assert [i["item"] for i in manifest["items"]] == [f"E-{n}" for n in range(1, len(manifest["items"]) + 1)]
    claims = json.loads((out / "records" / "claims.json").read_text())
    assert [c["number"] for c in claims] == list(range(1, len(claims) + 1))


@pytest.mark.parametrize(
    ("target", "field", "shape"),
    [
        ("protected_photo", "source", "list"),
        ("no_consent_doc", "source", "list"),
        ("interview_protected", "sources", "string"),
        ("claim_protected", "supports", "string"),
    ],
)
def test_a_link_of_another_shape_from_a_bundle_does_not_skip_the_consent_check(
    service: VaultService, world: Mix, target: str, field: str, shape: str
) -> None:
    """A colleague's bundle brings a revision whose link to a source has another shape ('source' as a
    list, 'sources' or 'supports' as one id): read as 'no source', the consent check is skipped."""
    rid = getattr(world, target)
    body = dict(service.get(rid).body)
    linked = body[field]
    body[field] = [linked] if shape == "list" else linked[-1]
    body.pop("sealed_sha256", None)  # the colleague's revision does not carry the seal either
    body.pop("sealed_to", None)
    _received(service, rid, "edit", body)
    selection = Selection(claims=(rid,)) if target.startswith("claim") else Selection(items=(rid,))
    v = _verdict(service, world, rid, selection)
    assert not v.allowed, f"{target} goes once its {field} is a {shape}"


def test_the_disclosure_and_its_audit_entries_name_no_source(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The disclosure record travels in bundles and its audit entries in the log: ids and counts only."""
    from vault.model import queries
    from vault.storage import audit

    service.requests.package(world.request, Selection((world.investigation,)), tmp_path / "pkg")
    conn = service._vault.conn
    ((did, body),) = queries.live_bodies(conn, "disclosure")
    text = json.dumps(body)
    entries = audit.for_target(conn, [world.request, world.court_photo, world.own_photo, did])
    text += json.dumps([e.detail for e in entries if e.action == "disclose"])
    for rid in (world.refusing, world.protected, world.no_consent_doc, world.protected_photo,
                world.interview_protected, world.claim_protected, world.naming_doc):  # fmt: skip
        assert rid not in text
    assert_names_no_source(text.encode(), IDENTIFIERS)


def test_answering_with_a_redacted_working_copy_does_not_silently_send_the_unredacted_original(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The expert blurred a face (a bystander, or the source) in a working copy and answers with that
    copy. The package silently replaces it by the original, face and all; the dry run shows it as the
    original and 'may go', nothing says a redaction was dropped."""
    from exporters.images import Box

    copy = service.evidence.make_working_copy(world.own_photo, redact=[Box(0, 0, 40, 40)])
    (v,) = service.requests.verdicts(world.request, Selection(items=(copy.id,)))
    assert not v.allowed or "redact" in v.reason, "the unredacted original goes in place of the redacted copy"


def test_out_inside_the_vault_folder_is_refused(service: VaultService, world: Mix, vault_path: Path) -> None:
    """Plaintext originals written inside the .fvault folder travel with every copy or backup of the
    vault, which its users believe holds only ciphertext."""
    with pytest.raises(UserError):
        service.requests.package(world.request, Selection(items=(world.own_photo,)), vault_path / "pkg")


def test_the_claims_document_does_not_say_a_provided_note_was_withheld(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """A claim citing an interview note that is in the package says '1 other cited item(s) not
    provided': the court is told material was held back when it was not (and given a count to infer
    from when it was)."""
    claim = service.model.add_model_record(
        "claim", {"statement": "Crates arrived in February.", "supports": [world.interview_ok]}
    ).id
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(claims=(claim,)), out)
    assert (out / "records" / "interviews.json").exists()
    (row,) = json.loads((out / "records" / "claims.json").read_text())
    assert "not provided" not in row["cited"], row["cited"]
