"""An Outlook message with a large annex (a scanned letter of 12 MB) can leave: its attached files are read
whole by their own readers, and the raw-bytes safety net reads the rest of the message, not the annex a
second time (it used to exhaust its budget and refuse the message as not read in full). What sits outside
the streams — after a stream's end, in a free sector, across the edge of an annex — is still read."""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

import olefile  # type: ignore[import-untyped]
import pytest
from PIL import Image

from app.service import VaultService
from tests import msgwriter
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.readers.files import read_file


def _scan(megabytes: int) -> bytes:
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    noise = random.Random(5).randbytes(side * side * 3)  # noqa: S311 - noise, not a secret
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), noise).save(out, "JPEG", quality=98)
    return out.getvalue()


@pytest.fixture(scope="module")
def annexed() -> bytes:
    scan = _scan(14)
    assert len(scan) > 6.5 * 1024 * 1024  # past what the raw-bytes budget reads of noise
    return msgwriter.msg(
        "Reply of the Member State", "Please find our reply attached.", [("annex.jpg", scan)]
    )


def _annex_span(data: bytes) -> tuple[int, int, int]:
    """(first byte, last byte + 1, sector size) of the annex's content in the file (contiguous here)."""
    with olefile.OleFileIO(data) as ole:
        path = ["__attach_version1.0_#00000000", "__substg1.0_37010102"]
        first = ole.direntries[ole._find(path)].isectStart
        return ole.sectorsize * (first + 1), ole.sectorsize * (first + 1) + ole.get_size(path), ole.sectorsize


def test_a_message_with_a_large_annex_is_read_in_full(annexed: bytes) -> None:
    assert read_file(annexed).unread == []


def test_a_message_with_a_large_annex_is_exported(
    service: VaultService, tmp_path: Path, annexed: bytes
) -> None:
    path = tmp_path / "reply.msg"
    path.write_bytes(annexed)
    [outcome] = service.evidence.import_files([path]).outcomes
    out = tmp_path / "out.msg"
    service.evidence.export_file(outcome.id or "", out)
    assert out.read_bytes() == annexed


def _name_at(data: bytes, at: int) -> bytes:
    name = f"Met {PROTECTED_NAME} at the port".encode()
    return data[:at] + name + data[at + len(name) :]


@pytest.mark.parametrize("where", ["after the annex's end", "across the annex's end", "in the header's tail"])
def test_a_name_outside_the_streams_is_still_read(
    service: VaultService, tmp_path: Path, annexed: bytes, where: str
) -> None:
    protected_world(service, tmp_path)
    _, end, sector = _annex_span(annexed)
    at = {"after the annex's end": end + 2, "across the annex's end": end - 10, "in the header's tail": 0x1D0}
    data = _name_at(annexed, at[where])
    assert struct.unpack_from("<I", data, 0x30)[0] != 0xFFFFFFFE  # the file still opens
    path = tmp_path / "reply.msg"
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path]).outcomes
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.msg")
