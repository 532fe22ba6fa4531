"""Schema v9: a multi-page scan read before every frame was read (only its first, up to v8) is read
again, every frame, and held back from outputs until then; a photograph is left as read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.service import VaultService
from tests import ocrpages
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.guard.leakguard import LeakRefused
from vault.keys.secret import Passphrase
from vault.storage import migrations

NAME = "Amina Kettaneh"


def _scan() -> bytes:
    first = ocrpages.render(ocrpages.ENGLISH[:5], ocrpages.DEJAVU_SERIF, 40)
    second = ocrpages.render([f"Meeting with {NAME} at the port office", *ocrpages.ENGLISH[5:]],
                             ocrpages.DEJAVU_SERIF, 40)  # fmt: skip
    out = io.BytesIO()
    first.save(out, "TIFF", save_all=True, append_images=[second], compression="packbits")
    return out.getvalue()


def _import(service: VaultService, folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    outcome = service.evidence.import_files([path]).outcomes[0]
    assert outcome.id is not None
    return outcome.id


def test_a_scan_read_only_in_part_before_v9_is_read_again_and_held_until_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v8.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 8)
        service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        service.model.add_model_record(
            "source", {"name": NAME, "protection": "protected", "type": "informant"}
        )
        scan = _import(service, tmp_path, "scan.tif", _scan())
        photo = _import(service, tmp_path, "IMG_0001.png", ocrpages.encode(
            ocrpages.render(ocrpages.ENGLISH[:4], ocrpages.DEJAVU_SANS, 40), "PNG"))  # fmt: skip
        service.ocr.run()
        # As a vault read before v9 holds it: the scan's first frame only, read in full.
        conn = service._vault.conn
        with conn:
            conn.execute("DELETE FROM ocr_text WHERE page > 0")
        assert [p for p, _t in service.ocr.text(scan)] == [0]
        assert service.ocr.status().queued == 0
        service.close()
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert service.ocr.status().queued == 1  # the scan, not the photograph
        with pytest.raises(LeakRefused) as refusal:  # read first, every frame: the second names the source
            service.evidence.export_file(scan, tmp_path / "out.tif")
        assert "S-001" in str(refusal.value)
        assert not (tmp_path / "out.tif").exists()
        assert sorted(p for p, _t in service.ocr.text(scan)) == [0, 2]
        service.evidence.export_file(photo, tmp_path / "photo.png")
        assert (tmp_path / "photo.png").exists()
    finally:
        service.close()


def test_an_image_of_one_frame_is_queued_again_too_but_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v8.fvault"
    page = ocrpages.render(ocrpages.ENGLISH[:4], ocrpages.DEJAVU_SANS, 40)
    out = io.BytesIO()
    page.save(out, "GIF")
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 8)
        service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        item = _import(service, tmp_path, "page.gif", out.getvalue())
        service.ocr.run()
        before = service.ocr.text(item)
        service.close()
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert service.ocr.status().queued == 1
        run = service.ocr.run()
        assert (run.pages, run.originals) == (1, 1)
        assert service.ocr.text(item) == before
        assert getattr(Image.open(io.BytesIO(out.getvalue())), "n_frames", 1) == 1
    finally:
        service.close()
