"""After a scripted session, a marker string is nowhere on disk outside the encrypted database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import media
from tests.helpers import CLI_KDF, PASSPHRASE
from tests.reliability.leakscan import Session, scan

MARKER = "QX7-LEAKMARK-91Z"


def test_a_cli_session_leaves_the_marker_nowhere_outside_the_vault_database(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    session = Session(tmp_path / "sandbox", PASSPHRASE, harness=[tmp_path_factory.getbasetemp()])
    vault = session.root / "data" / "case.fvault"
    session.cli("init", vault, *CLI_KDF)
    note_id = session.cli(
        "note", "add", vault, "--title", f"Met {MARKER}", "--body", f"{MARKER} said"
    ).strip()
    evidence = session.root / "inputs" / f"{MARKER}.txt"
    evidence.write_text(f"document mentioning {MARKER}\n" * 500)
    items = json.loads(session.cli("import", vault, evidence, "--json"))
    session.cli("search", vault, MARKER)
    session.cli("show", vault, note_id, "--json")
    session.cli("show", vault, items[0]["id"])
    session.cli("verify", vault)
    exported = session.exported(session.root / "out" / "exported.txt")
    session.cli("export-file", vault, items[0]["id"], exported)
    (session.root / "newpass").write_text("another passphrase here\n")
    session.cli("passwd", vault, "--new-passphrase-file", session.root / "newpass", *CLI_KDF)
    assert exported.read_text().count(MARKER) == 500  # the explicit export is the one plaintext copy
    assert scan(session, [vault], MARKER) == []


def test_the_scan_finds_a_planted_leak(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The scan itself can fail: a marker left in the session's cache folder is reported."""
    session = Session(tmp_path / "sandbox", PASSPHRASE, harness=[tmp_path_factory.getbasetemp()])
    (session.root / "cache" / "thumbs.db").write_bytes(b"...QX7-LEAKMARK-91Z...".decode().encode("utf-16-le"))
    assert scan(session, [], MARKER) == [str(session.root / "cache" / "thumbs.db")]


def test_bundles_merge_exports_and_a_handover_leave_the_marker_nowhere_outside_the_vault_databases(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    session = Session(tmp_path / "sandbox", PASSPHRASE, harness=[tmp_path_factory.getbasetemp()])
    data, inputs, out = session.root / "data", session.root / "inputs", session.root / "out"
    case, archive, successor = data / "case.fvault", data / "archive.fvault", data / "successor.fvault"
    session.cli("init", case, *CLI_KDF)
    session.cli("init", successor, *CLI_KDF)
    session.cli("archive", "init", archive, *CLI_KDF)
    for vault, name in ((case, "case"), (archive, "archive"), (successor, "successor")):
        session.cli("identity", "export", vault, out / f"{name}.id")
    session.cli("archive", "enroll", archive, out / "case.id", "--name", "Case Expert")

    def add(kind: str, fields: dict[str, object]) -> str:
        return session.cli("record", "add", case, kind, "--data", json.dumps(fields)).strip()

    inv = add("investigation", {"title": f"Depot {MARKER}", "area": "arms embargo"})
    session.cli("note", "add", case, "--title", f"Met {MARKER}", "--body", f"{MARKER} said")
    photo = inputs / "IMG_0001.jpg"
    photo.write_bytes(media.jpeg(seed=3, exif_data=media.exif(make=MARKER, body_serial=MARKER)))
    scan_pdf = inputs / "manifest.pdf"
    scan_pdf.write_bytes(media.pdf([f"Container list {MARKER}"], title=MARKER))
    imported = json.loads(session.cli("import", case, photo, scan_pdf, "--investigation", inv, "--json"))
    photo_id = imported[0]["id"]
    item = add("item", {"type": "rifle", "serial_number": MARKER, "photos": [photo_id], "investigation": inv})
    add("claim", {"statement": f"Rifles {MARKER} at the depot.", "supports": [item], "investigation": inv})

    session.cli("bundle", case, "--to", out / "archive.id", "--out", out / "b1.fvb")
    session.cli("archive", "merge", archive, out / "b1.fvb")
    session.cli("search", archive, MARKER)
    session.cli("verify", archive)

    draft = inputs / "draft.pdf"
    draft.write_bytes(media.pdf([f"Draft report {MARKER}", "Annex"]))
    session.exported(out / "drafts")
    (out / "drafts").mkdir()
    copies = json.loads(
        session.cli("export", "draft", case, "--pdf", draft, "--recipient", "Member State", "--out",
                    out / "drafts", "--json")
    )  # fmt: skip
    session.cli("trace", case, copies[0]["path"])
    exported_photo = session.exported(out / "photo.jpg")
    session.cli("export", "photo", case, photo_id, exported_photo, "--redact", "0,0,20,20")
    session.cli(
        "export", "annex", case, "--investigation", inv, "--out", session.exported(out / "annex.docx")
    )
    session.cli("export", "share", case, item, "--to", "JMAC", "--authority", "Panel decision",
                "--out", session.exported(out / "share"))  # fmt: skip

    session.cli("handover", case, "--to", out / "successor.id", "--out", out / "handover.fvh")
    session.cli("receive", successor, out / "handover.fvh", "--from", out / "case.id")
    session.cli("search", successor, MARKER)
    session.cli("verify", successor)

    assert MARKER.encode() not in exported_photo.read_bytes()  # the photo export strips its metadata
    assert (out / "annex.docx").exists()
    assert scan(session, [case, archive, successor], MARKER) == []
    ciphertexts = {
        (out / "b1.fvb").resolve(),
        (out / "handover.fvh").resolve(),
        (archive / "vault.db").resolve(),
    }
    assert ciphertexts <= session.scanned  # the bundle, the package and the databases were read too


def test_sealed_withheld_and_revealed_originals_leave_the_marker_only_in_the_export_asked_for(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A protected source's name in originals: one sealed (imported from the source), one refused then
    withheld, one written out with --reveal. Refusals print places and codes, never the name; the
    bundle, the archive and the logs hold the name nowhere but the explicit export."""
    session = Session(tmp_path / "sandbox", PASSPHRASE, harness=[tmp_path_factory.getbasetemp()])
    data, inputs, out = session.root / "data", session.root / "inputs", session.root / "out"
    case, archive = data / "case.fvault", data / "archive.fvault"
    session.cli("init", case, *CLI_KDF)
    session.cli("archive", "init", archive, *CLI_KDF)
    for vault, name in ((case, "case"), (archive, "archive")):
        session.cli("identity", "export", vault, out / f"{name}.id")
    session.cli("archive", "enroll", archive, out / "case.id", "--name", "Case Expert")
    source = {"code": "S-001", "name": f"Ana {MARKER}", "protection": "protected"}
    session.cli("record", "add", case, "source", "--data", json.dumps(source))
    given = inputs / "given.jpg"
    given.write_bytes(media.jpeg(seed=4, exif_data=media.exif(make=f"Ana {MARKER}")))
    found = inputs / "found.jpg"
    found.write_bytes(media.jpeg(seed=5, exif_data=media.exif(make=f"Ana {MARKER}")))
    sealed = json.loads(session.cli("import", case, given, "--from", "S-001", "--json"))[0]["id"]
    loose = json.loads(session.cli("import", case, found, "--json"))[0]["id"]
    session.cli("bundle", case, "--to", out / "archive.id", "--out", out / "refused.fvb", expect=2)
    assert not (out / "refused.fvb").exists()
    session.cli("evidence", "withhold", case, loose, "--reason", "names a source")
    session.cli("bundle", case, "--to", out / "archive.id", "--out", out / "b1.fvb")
    session.cli("archive", "merge", archive, out / "b1.fvb")
    assert session.cli("search", archive, MARKER).strip() in ("", "no results")
    session.cli("verify", archive)
    session.cli("export-file", archive, sealed, out / "not-held.jpg", expect=2)
    session.cli("export-file", case, sealed, out / "refused.jpg", expect=2)
    revealed = session.exported(out / "revealed.jpg")
    session.cli("export-file", case, sealed, revealed, "--reveal")
    assert MARKER.encode() in revealed.read_bytes()
    assert scan(session, [case, archive], MARKER) == []
    assert (out / "b1.fvb").resolve() in session.scanned
