"""Video and audio at intake: duration, dates, position, device and codecs from files made by an
independent writer (ffmpeg: tests/data/media/make.sh), and the tags read by the outbound gate, a
compressed ID3 frame included (which no reading of raw bytes can see)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.intake import detect, examine
from vault.readers.files import raw_strings, read_file

DATA = Path(__file__).resolve().parents[1] / "data" / "media"

EXPECTED: dict[str, tuple[str, dict[str, Any]]] = {
    "phone.mp4": (detect.MP4, {"duration_s": "1", "created_at": "2026-02-01T10:20:30+00:00",
                  "gps_latitude": "12.345596", "gps_longitude": "-45.678894", "gps_altitude": "100",
                  "codecs": "avc1, mp4a", "width": 96, "height": 64, "title": "Depot walk",
                  "comment": "filmed near the depot"}),
    "iphone.mov": (detect.QUICKTIME, {"device_make": "Apple", "device_model": "iPhone 12",
                   "gps_latitude": "48.8583", "gps_longitude": "2.2945", "gps_altitude": "35",
                   "created_at": "2026-02-01T10:20:30+00:00"}),
    "android.mov": (detect.QUICKTIME, {"device_make": "Samsung", "device_model": "SM-A525F",
                    "gps_latitude": "-4.3085", "gps_longitude": "15.3123"}),
    "phone.3gp": (detect.THREE_GP, {"duration_s": "1", "codecs": "s263", "width": 144, "height": 96}),
    "clip.webm": (detect.WEBM, {"duration_s": "1", "codecs": "V_VP8", "width": 96, "height": 64,
                  "title": "WebM title"}),
    "voice.opus": (detect.OGG, {"duration_s": "1", "codec": "Opus", "channels": 1, "title": "Voice note"}),
    "note.ogg": (detect.OGG, {"duration_s": "1", "codec": "Vorbis", "sample_rate": 16000}),
    "call.mp3": (detect.MP3, {"duration_s": "1.08", "sample_rate": 16000, "title": "Harbour call"}),
    "memo.wav": (detect.WAV, {"duration_s": "1", "codec": "PCM", "sample_rate": 8000, "title": "Wave title"}),
    "raw.aac": (detect.AAC, {"duration_s": "1.088", "codec": "AAC", "sample_rate": 16000}),
    "memo.m4a": (detect.M4A, {"duration_s": "1", "codecs": "mp4a", "title": "Memo"}),
    "memo.flac": (detect.FLAC, {"duration_s": "1", "codec": "FLAC", "sample_rate": 16000}),
}  # fmt: skip


@pytest.mark.parametrize("name", list(EXPECTED))
def test_media_facts_match_what_the_writer_wrote(name: str) -> None:
    media_type, facts = EXPECTED[name]
    findings = examine.examine((DATA / name).read_bytes())
    assert findings.problem is None
    assert findings.media_type == media_type
    assert {k: findings.metadata.get(k) for k in facts} == facts


def _amr(frames: int) -> bytes:
    return b"#!AMR\n" + (b"\x3c" + bytes(31)) * frames  # mode 7 (12.2 kbit/s): 32 bytes, 20 ms each


def test_an_amr_voice_note_has_its_duration() -> None:
    findings = examine.examine(_amr(150))
    assert findings.media_type == detect.AMR
    assert findings.metadata["duration_s"] == "3"


def _id3_with_compressed_comment(text: str) -> bytes:
    """ID3v2.3 with a zlib-compressed COMM frame (flag 0x0080, 4-byte decompressed size first)."""
    payload = b"\x01eng\xff\xfe\x00\x00" + text.encode("utf-16-le")  # UTF-16 with BOM, empty description
    packed = struct.pack(">I", len(payload)) + zlib.compress(payload)
    frame = b"COMM" + struct.pack(">I", len(packed)) + b"\x00\x80" + packed
    size = len(frame)
    synchsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + synchsafe + frame + (DATA / "call.mp3").read_bytes()[10 + _tag_size() :]


def _tag_size() -> int:
    head = (DATA / "call.mp3").read_bytes()[:10]
    return (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F)


def test_a_compressed_id3_frame_is_read_where_raw_bytes_show_nothing() -> None:
    data = _id3_with_compressed_comment(f"Call from {PROTECTED_NAME}")
    assert not any("Núñez" in p.text for p in raw_strings(data, "raw"))  # hidden from a raw reading
    parts = read_file(data).parts
    assert any(p.location == "media tag ID3 frame COMM" and PROTECTED_NAME in p.text for p in parts)


@pytest.mark.parametrize("how", ["compressed ID3 comment", "Opus comment"])
def test_media_tags_naming_a_protected_source_stop_the_export(
    service: VaultService, tmp_path: Path, how: str
) -> None:
    protected_world(service, tmp_path)
    path = tmp_path / "note.bin"
    if how == "Opus comment":
        path.write_bytes((DATA / "voice.opus").read_bytes())
    else:
        path.write_bytes(_id3_with_compressed_comment(f"Call from {PROTECTED_NAME}"))
    [outcome] = service.evidence.import_files([path]).outcomes
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.bin")


def test_a_video_is_stored_with_its_position_and_found_by_its_title(
    service: VaultService, tmp_path: Path
) -> None:
    [outcome] = service.evidence.import_files([DATA / "phone.mp4"]).outcomes
    assert outcome.media_type == detect.MP4
    body = service.get(outcome.id or "").body
    assert body["metadata"]["gps_latitude"] == "12.345596"
    assert [h.id for h in service.records.search("depot walk")] == [outcome.id]
