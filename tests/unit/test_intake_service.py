"""The intake pipeline through the service: metadata in the record, text in search, thumbnails and
derived data inside the vault, custody events, duplicates, bad files, working copies."""

from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

import pytest
from PIL import Image

from app.service import ImportProgress, VaultService
from exporters.images import Box
from tests import media
from vault.errors import InvalidInput


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_photo_is_stored_with_its_metadata_thumbnail_and_intake_event(
    service: VaultService, tmp_path: Path
) -> None:
    photo = _write(tmp_path, "IMG_0042.JPG", media.jpeg())
    [item] = service.evidence.import_files([photo]).outcomes
    assert item.error is None
    assert item.media_type == "image/jpeg"
    assert item.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    body = service.get(item.id or "").body
    assert body["media_type"] == "image/jpeg"
    assert body["metadata"]["camera_serial"] == "032021001234"
    assert body["metadata"]["gps_latitude"] == "-4.3085417"
    thumb = service.evidence.thumbnail(item.id or "")
    assert thumb is not None
    assert Image.open(io.BytesIO(thumb)).format == "JPEG"
    [intake] = service.evidence.custody(item.id or "")
    assert intake.action == "intake"
    assert intake.detail["sha256"] == item.sha256
    assert intake.detail["by"] == service.key_id
    assert intake.detail["device_clock"]
    assert "by this vault" in intake.summary


def test_the_type_comes_from_the_content_not_the_name(service: VaultService, tmp_path: Path) -> None:
    disguised = _write(tmp_path, "invoice.pdf", media.jpeg())
    [item] = service.evidence.import_files([disguised]).outcomes
    assert item.media_type == "image/jpeg"
    assert service.evidence.thumbnail(item.id or "") is not None


def test_pdf_and_docx_text_is_searchable_but_not_in_the_record_body(
    service: VaultService, tmp_path: Path
) -> None:
    pdf = _write(tmp_path, "euc.pdf", media.pdf(["Page one", "Consignee Zanzibar Freightways"]))
    word = _write(tmp_path, "letter.docx", media.docx_file(table=[("Vessel", "IMO 9234567")]))
    pdf_item, docx_item = service.evidence.import_files([pdf, word]).outcomes
    assert [h.id for h in service.records.search("zanzibar freightways")] == [pdf_item.id]
    assert [h.id for h in service.records.search("9234567")] == [docx_item.id]
    assert "Zanzibar" not in str(service.get(pdf_item.id or "").body)
    assert service.evidence.extracted_text(pdf_item.id or "")[1] == (2, "Consignee Zanzibar Freightways")
    info = service.evidence.evidence_info(pdf_item.id or "")
    assert info.metadata["page_count"] == 2
    assert info.text_pages == 2
    assert not info.has_thumbnail


def test_search_text_survives_an_edit_of_the_record(service: VaultService, tmp_path: Path) -> None:
    pdf = _write(tmp_path, "euc.pdf", media.pdf(["Kalashnikov lot 1990-77"]))
    [item] = service.evidence.import_files([pdf]).outcomes
    service.records.edit_record(item.id or "", {"caption": "End-user certificate"})
    assert [h.id for h in service.records.search("kalashnikov")] == [item.id]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bomb.png", media.png_bomb(), "decompression bomb"),
        ("cut.jpg", media.truncated(media.jpeg()), "damaged or truncated"),
        ("locked.pdf", media.pdf(password="pw"), "encrypted"),
        ("bomb.docx", media.docx_zip_bomb(), "zip bomb"),
        ("laughs.docx", media.docx_with_entities(), "entities"),
    ],
)
def test_a_file_that_cannot_be_parsed_is_still_stored_and_flagged(
    service: VaultService, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = _write(tmp_path, name, data)
    [item] = service.evidence.import_files([path]).outcomes
    assert item.error is None
    assert len(item.warnings) == 1
    assert item.warnings[0].startswith("could not be read: ")
    assert reason in item.warnings[0]
    assert service.get(item.id or "").body["warnings"] == list(item.warnings)
    assert service.evidence.read_attachment(item.sha256 or "", 10**9) == data  # kept exactly as received
    assert service.evidence.thumbnail(item.id or "") is None


def test_a_batch_with_unreadable_files_stores_the_rest(service: VaultService, tmp_path: Path) -> None:
    good = _write(tmp_path, "good.jpg", media.jpeg())
    bomb = _write(tmp_path, "bomb.png", media.png_bomb())
    report = service.evidence.import_files([tmp_path / "missing.pdf", good, tmp_path, bomb])
    assert [o.error for o in report.outcomes] == ["no such file", None, "not a regular file", None]
    assert report.outcomes[3].warnings
    assert len(report.failed) == 2


def test_the_same_content_twice_is_linked_not_examined_or_stored_again(
    service: VaultService, tmp_path: Path
) -> None:
    data = media.pdf(["same bytes"])
    first = _write(tmp_path, "a.pdf", data)
    second = _write(tmp_path, "copy.pdf", data)
    [one] = service.evidence.import_files([first], source=None).outcomes
    [two] = service.evidence.import_files([second]).outcomes
    assert two.duplicate
    assert two.id == one.id
    assert two.notes == ()
    conn = service._vault.conn
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM evidence_text").fetchone()[0] == 1
    events = service.evidence.custody(one.id or "")
    assert [e.action for e in events] == ["intake", "intake"]
    assert "linked, not stored twice" in events[1].summary


def test_intake_records_the_source_and_names_it_in_custody(service: VaultService, tmp_path: Path) -> None:
    source = service.model.add_model_record("source", {"name": "Harbour master", "protection": "public"})
    path = _write(tmp_path, "manifest.pdf", media.pdf())
    [item] = service.evidence.import_files([path], source=source.id[:8]).outcomes
    [event] = service.evidence.custody(item.id or "")
    assert event.detail["source"] == source.id
    assert "from source S-001" in event.summary
    assert service.get(item.id or "").body["source"] == source.id


def test_progress_says_when_a_file_is_being_examined(service: VaultService, tmp_path: Path) -> None:
    seen: list[ImportProgress] = []
    service.evidence.import_files([_write(tmp_path, "p.jpg", media.jpeg())], progress=seen.append)
    assert [p.stage for p in seen] == ["storing", "examining"]
    assert seen[0].bytes_done == seen[0].bytes_total


def test_cancelling_while_files_are_examined_keeps_what_was_stored(
    service: VaultService, tmp_path: Path
) -> None:
    paths = [_write(tmp_path, f"p{i}.jpg", media.jpeg(seed=i)) for i in range(4)]
    examining: list[int] = []

    def on_progress(p: ImportProgress) -> None:
        if p.stage == "examining":
            examining.append(p.index)

    # Cancel while the third file is waited for: the first two are committed by then.
    report = service.evidence.import_files(paths, progress=on_progress, cancelled=lambda: 2 in examining)
    assert report.cancelled
    assert len(report.outcomes) == 2
    assert service.records.count("evidence") == 2
    assert service.verify().ok


def test_a_working_copy_is_a_new_record_with_its_own_hash_pointing_to_the_original(
    service: VaultService, tmp_path: Path
) -> None:
    data = media.jpeg(exif_data=media.exif(orientation=6))
    [item] = service.evidence.import_files([_write(tmp_path, "serial.jpg", data)]).outcomes
    original_id = item.id or ""
    copy = service.evidence.make_working_copy(original_id, strip=True, redact=[Box(0, 0, 50, 50)])
    assert copy.original == original_id
    assert copy.sha256 != item.sha256
    out = tmp_path / "copy.jpg"
    assert service.evidence.export_file(copy.id, out) == copy.sha256
    assert hashlib.sha256(out.read_bytes()).hexdigest() == copy.sha256
    assert dict(Image.open(out).getexif()) == {}
    # the original is untouched and still verifies
    assert service.evidence.read_attachment(item.sha256 or "", 10**9) == data
    assert service.evidence.verify_original(original_id)
    body = service.get(copy.id).body
    assert body["derived_from"] == original_id
    assert body["derived_from_sha256"] == item.sha256
    assert body["operations"] == ["redact 1 area(s)", "strip metadata"]
    assert "gps_latitude" not in body["metadata"]
    assert service.evidence.evidence_info(original_id).working_copies == (copy.id,)
    assert service.evidence.thumbnail(copy.id) is not None
    copy_events = service.evidence.custody(copy.id)
    assert copy_events[0].action == "derive"
    assert copy_events[0].detail["from"] == original_id
    original_events = service.evidence.custody(original_id)
    assert [e.action for e in original_events] == ["intake", "derive"]
    assert original_events[1].detail["working_copy"] == copy.id


def test_the_same_working_copy_twice_is_linked(service: VaultService, tmp_path: Path) -> None:
    [item] = service.evidence.import_files([_write(tmp_path, "p.png", media.png())]).outcomes
    first = service.evidence.make_working_copy(item.id or "", rotate=90)
    second = service.evidence.make_working_copy(item.id or "", rotate=90)
    assert second.duplicate
    assert second.id == first.id


def test_working_copies_need_a_readable_photo_and_an_operation(service: VaultService, tmp_path: Path) -> None:
    pdf, bomb, photo = service.evidence.import_files(
        [
            _write(tmp_path, "a.pdf", media.pdf()),
            _write(tmp_path, "b.png", media.png_bomb()),
            _write(tmp_path, "c.jpg", media.jpeg()),
        ]
    ).outcomes
    with pytest.raises(InvalidInput, match="not a photograph"):
        service.evidence.make_working_copy(pdf.id or "", strip=True)
    with pytest.raises(InvalidInput, match="could not be read"):
        service.evidence.make_working_copy(bomb.id or "", strip=True)
    with pytest.raises(InvalidInput, match="at least one"):
        service.evidence.make_working_copy(photo.id or "")


def test_viewing_is_a_custody_event(service: VaultService, tmp_path: Path) -> None:
    [item] = service.evidence.import_files([_write(tmp_path, "p.jpg", media.jpeg())]).outcomes
    service.evidence.record_view(item.id or "")
    assert [e.action for e in service.evidence.custody(item.id or "")] == ["intake", "view"]


def test_a_damaged_original_no_longer_verifies(service: VaultService, tmp_path: Path) -> None:
    [item] = service.evidence.import_files([_write(tmp_path, "p.jpg", media.jpeg())]).outcomes
    conn = service._vault.conn
    conn.execute("UPDATE chunks SET data = zeroblob(length(data))")
    assert not service.evidence.verify_original(item.id or "")


def test_intake_logs_name_records_never_files_or_content(service: VaultService, tmp_path: Path) -> None:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.DEBUG)
    logger = logging.getLogger("fieldvault")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        secret_name = "informant-KESTREL-photo.jpg"
        paths = [
            _write(tmp_path, secret_name, media.jpeg()),
            _write(tmp_path, "KESTREL-bomb.png", media.png_bomb()),
            _write(tmp_path, "KESTREL.pdf", media.pdf(["KESTREL met the broker"])),
        ]
        outcomes = service.evidence.import_files(paths).outcomes
        service.evidence.make_working_copy(outcomes[0].id or "", strip=True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    text = "\n".join(r.getMessage() for r in records)
    assert str(outcomes[0].id) in text
    assert "KESTREL" not in text
    assert str(tmp_path) not in text
