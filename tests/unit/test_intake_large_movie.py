"""A movie too large to examine whole (a phone's video of a few GB) is examined from its outline: its
structure with the media payload left out (vault/intake/movie_outline.py). The expert sees its metadata,
the gate reads its whole structure and the payload's printable runs, and it can leave like a small one.

The size limit is lowered for these tests (a real one would need files of 256 MiB): the files are the
ffmpeg-made samples of tests/data/media, with boxes added the way a writer would."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest

from app.service import VaultService
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from tests.unit.test_intake_media import EXPECTED
from vault.guard.leakguard import LeakRefused
from vault.intake import detect, examine, limits, movie_outline

DATA = Path(__file__).resolve().parents[1] / "data" / "media"


def _box(kind: bytes, content: bytes) -> bytes:
    return struct.pack(">I", 8 + len(content)) + kind + content


def _boxes(data: bytes) -> list[tuple[bytes, int]]:
    out, at = [], 0
    while at < len(data):
        size = int.from_bytes(data[at : at + 4], "big")
        out.append((data[at + 4 : at + 8], size))
        at += size
    return out


@pytest.mark.parametrize("name", ["phone.mp4", "iphone.mov", "android.mov", "phone.3gp", "memo.m4a"])
def test_the_outline_examines_as_the_whole_file_does(name: str) -> None:
    data = (DATA / name).read_bytes()
    sketch = movie_outline.of_file(io.BytesIO(data))
    assert sketch is not None
    assert len(sketch) < len(data)
    assert (b"mdat", 8) in _boxes(sketch)  # the media payload emptied, its box kept
    whole, outlined = examine.examine(data), examine.examine(sketch)
    assert outlined.problem is None
    assert outlined.media_type == EXPECTED[name][0]
    assert outlined.metadata == whole.metadata
    assert outlined.unread == []


def test_the_outline_reads_the_same_from_stored_chunks_as_from_a_file() -> None:
    data = (DATA / "phone.mp4").read_bytes()
    chunks = [data[i : i + 333] for i in range(0, len(data), 333)]
    assert movie_outline.of_chunks(chunks) == movie_outline.of_file(io.BytesIO(data))


def test_a_64_bit_media_box_and_one_running_to_the_end_are_emptied() -> None:
    ftyp, moov = _box(b"ftyp", b"isom\0\0\2\0isom"), _box(b"moov", _box(b"mvhd", bytes(100)))
    payload = bytes(5000)
    large = struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", 16 + len(payload)) + payload
    assert movie_outline.of_file(io.BytesIO(ftyp + large + moov)) == ftyp + b"\0\0\0\x08mdat" + moov
    to_end = struct.pack(">I", 0) + b"mdat" + payload
    assert movie_outline.of_file(io.BytesIO(ftyp + moov + to_end)) == ftyp + moov + b"\0\0\0\x08mdat"


@pytest.mark.parametrize(
    "data",
    [
        _box(b"ftyp", b"isom") + b"\0\0\0\x04moov",  # a box smaller than its header
        _box(b"ftyp", b"isom") + _box(b"moov", bytes(50))[:-10],  # truncated
        _box(b"ftyp", b"isom") + struct.pack(">I", 0) + b"moov" + bytes(50),  # structure to the end
        _box(b"ftyp", b"isom") + b"\0\0",  # a header cut short
        b"",
    ],
)
def test_what_is_not_a_clean_sequence_of_boxes_has_no_outline(data: bytes) -> None:
    assert movie_outline.of_file(io.BytesIO(data)) is None


def test_a_structure_past_the_bound_has_no_outline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(movie_outline, "MAX_OUTLINE_BYTES", 1000)
    data = _box(b"ftyp", b"isom") + _box(b"free", bytes(2000)) + _box(b"moov", b"")
    assert movie_outline.of_file(io.BytesIO(data)) is None


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 4096)  # phone.mp4 is 10,874 bytes


@pytest.mark.usefixtures("small_limit")
def test_a_large_video_is_stored_with_its_metadata_and_can_leave(
    service: VaultService, tmp_path: Path
) -> None:
    [outcome] = service.evidence.import_files([DATA / "phone.mp4"]).outcomes
    assert outcome.media_type == detect.MP4
    body = service.get(outcome.id or "").body
    assert body["metadata"]["gps_latitude"] == "12.345596"
    assert body["metadata"]["title"] == "Depot walk"
    assert any("examined without its media data" in note for note in outcome.notes)
    assert [h.id for h in service.records.search("depot walk")] == [outcome.id]
    out = tmp_path / "out.mp4"
    service.evidence.export_file(outcome.id or "", out)
    assert out.read_bytes() == (DATA / "phone.mp4").read_bytes()


@pytest.mark.usefixtures("small_limit")
@pytest.mark.parametrize("where", ["structure", "payload"])
def test_a_large_video_naming_a_protected_source_is_stopped(
    service: VaultService, tmp_path: Path, where: str
) -> None:
    world = protected_world(service, tmp_path)
    text = f"Subtitle: interview with {PROTECTED_NAME}".encode()
    data = (DATA / "phone.mp4").read_bytes()
    if where == "structure":  # a box of the writer's own after the movie
        data += _box(b"uuid", bytes(16) + text)
    else:  # a timed-text sample sits in the media payload
        data = data + _box(b"mdat", bytes(3000) + text + bytes(3000))
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert any("examined without its media data" in note for note in outcome.notes)
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.mp4")


@pytest.mark.usefixtures("small_limit")
def test_a_large_file_that_is_not_a_movie_is_still_stored_unexamined(
    service: VaultService, tmp_path: Path
) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 64)
    [outcome] = service.evidence.import_files([path]).outcomes
    assert outcome.id is not None
    assert any("not examined" in note for note in outcome.notes)


@pytest.mark.usefixtures("small_limit")
def test_a_large_video_received_in_a_bundle_is_examined_from_its_outline(tmp_path: Path) -> None:
    from tests.unit.test_bundles import make_group

    group = make_group(tmp_path)
    try:
        [outcome] = group.alice.evidence.import_files([DATA / "phone.mp4"]).outcomes
        bundle = group.bundle(group.alice, "b1")
        (report,) = group.archive.bundles.merge_bundles([bundle])
        assert report.status == "merged"
        assert [h.id for h in group.archive.records.search("depot walk")] == [outcome.id]
        out = tmp_path / "out.mp4"
        group.archive.evidence.export_file(outcome.id or "", out)
        assert out.read_bytes() == (DATA / "phone.mp4").read_bytes()
    finally:
        for svc in (group.archive, group.alice, group.bob):
            svc.close()
