"""An adversary's files against four changes: an Outlook message attached inside another stored as an
item of its own (vault/readers/outlook.py, cfb_write.py), a movie too large to examine whole examined
from its outline (vault/intake/movie_outline.py), GPS tags of all zeros, and (not here: the viewer is
ui) PDF search-hit marking.

Each case is what a hostile party's file, a hostile colleague's bundle or a careless expert could bring:
a protected source's name must not leave through a part the new code drops or reads differently,
intake must not blow up in time or memory, and what is recorded must be what the file says. Sizes are
lowered with monkeypatch, as tests/unit/test_intake_large_movie.py does (a real case needs 256 MiB)."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path
from typing import Any

import olefile  # type: ignore[import-untyped]
import pytest
from pypdf import PdfReader, PdfWriter

from app.service import VaultService
from tests import media
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.intake import detect, examine, limits, movie_outline
from vault.intake.findings import decimal
from vault.intake.photo import examine_image
from vault.readers import files, outlook
from vault.readers.cfb_write import NameTooLong, Tree, write

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
POI = Path(__file__).resolve().parents[1] / "data" / "msg-poi"
SAID = f"Interview with {PROTECTED_NAME} at the depot."
SAID_PLAIN = "Interview with Jose Nunez at the depot."


def _box(kind: bytes, content: bytes) -> bytes:
    return struct.pack(">I", 8 + len(content)) + kind + content


def _hidden(data: bytes) -> None:
    """The name is nowhere in ``data`` as text a raw-runs reader could see."""
    for form in (PROTECTED_NAME, "Núñez", "Nunez"):
        for codec in ("utf-8", "latin-1", "utf-16-le", "utf-16-be"):
            assert form.encode(codec, "ignore") not in data


def _zip_naming() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("notes.txt", (SAID + "\n") * 40)
    return out.getvalue()


def _pdf_naming() -> bytes:
    # Helvetica's standard encoding has no accented letters: the name as people type it without them
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(media.pdf([SAID_PLAIN], title=None, author=None))))
    for page in writer.pages:
        page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _printable_noise(size: int, seed: int = 7) -> bytes:
    """Printable runs, each different (the runs reader keeps one of each), separated by zero bytes."""
    rng = random.Random(seed)  # noqa: S311 - test data
    letters = b"abcdefghijklmnopqrstuvwxyz"
    out = bytearray()
    while len(out) < size:
        out += bytes(rng.choice(letters) for _ in range(12)) + b"\0"
    return bytes(out[:size])


def _import(service: VaultService, tmp_path: Path, data: bytes, name: str) -> str:
    world = protected_world(service, tmp_path)
    path = tmp_path / name
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert outcome.id is not None, outcome.error
    return outcome.id


def _refused(service: VaultService, record: str, out: Path) -> str:
    with pytest.raises(LeakRefused) as refused:
        service.evidence.export_file(record, out)
    assert not out.exists()
    return str(refused.value)


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 4096)  # phone.mp4 is 10,874 bytes


# -- A movie too large to examine whole -----------------------------------------------------------------


@pytest.mark.usefixtures("small_limit")
@pytest.mark.parametrize("size", ["large", "small"])
def test_a_movie_carrying_a_zip_in_its_media_data_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: str
) -> None:
    # unzip opens it (the directory is at the end; the movie before it is "extra bytes at the start")
    archive = _zip_naming()
    data = (MEDIA / "phone.mp4").read_bytes() + _box(b"mdat", archive)
    _hidden(data)
    assert zipfile.ZipFile(io.BytesIO(data)).read("notes.txt").decode().startswith(SAID)
    if size == "small":
        monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 256 * 1024 * 1024)
    record = _import(service, tmp_path, data, "clip.mp4")
    _refused(service, record, tmp_path / "out.mp4")


@pytest.mark.usefixtures("small_limit")
@pytest.mark.parametrize("size", ["large", "small"])
def test_a_movie_that_pdf_readers_open_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: str
) -> None:
    # a QuickTime movie may begin with its media data; PDF readers look for the header in the first
    # 1,024 bytes and find the objects by scanning: the page's text is compressed
    document = _pdf_naming()
    movie = (MEDIA / "phone.mp4").read_bytes()
    data = _box(b"mdat", document) + movie
    _hidden(data)
    assert detect.media_type(data) in detect.MOVIES
    assert SAID_PLAIN in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    if size == "small":
        monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 256 * 1024 * 1024)
    record = _import(service, tmp_path, data, "clip.mov")
    _refused(service, record, tmp_path / "out.mov")


@pytest.mark.usefixtures("small_limit")
def test_a_movie_with_no_tracks_is_not_media_past_the_budget(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "MP4" by its head and nothing else: a file type box, then one media box of text; past the raw
    # budget its text is not a movie's payload (there is no movie), it is unread
    monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
    text = _printable_noise(40_000) + SAID.encode()
    data = _box(b"ftyp", b"isom\0\0\2\0isom") + _box(b"mdat", text)
    record = _import(service, tmp_path, data, "clip.mp4")
    assert "could not be read in full" in _refused(service, record, tmp_path / "out.mp4")


@pytest.mark.usefixtures("small_limit")
def test_a_movie_changed_between_its_outline_and_its_storing_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the outline is made when the file is read ahead, its bytes are stored later from the disk: a file
    # still being written (or a share that serves other bytes the second time) must not be vouched for
    # by the examination of bytes that were not the ones stored
    monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
    world = protected_world(service, tmp_path)
    movie = (MEDIA / "phone.mp4").read_bytes() + _box(b"mdat", _printable_noise(3 * 1024 * 1024))
    later = _box(b"uuid", bytes(16) + SAID.encode())
    path = tmp_path / "clip.mp4"
    path.write_bytes(movie + _box(b"free", bytes(len(later) - 8)))
    changed: list[bool] = []

    def progress(_: Any) -> None:
        if not changed:  # the bytes are being stored: the file's tail changes now
            with path.open("r+b") as handle:
                handle.seek(len(movie))
                handle.write(later)
            changed.append(True)

    [outcome] = service.evidence.import_files(
        [path], investigation=world.investigation, progress=progress
    ).outcomes
    assert changed
    assert outcome.id is not None
    _refused(service, outcome.id, tmp_path / "out.mp4")


@pytest.mark.usefixtures("small_limit")
def test_media_boxes_nested_in_other_boxes_are_structure_read_in_full(
    service: VaultService, tmp_path: Path
) -> None:
    # only a top-level mdat is emptied: one inside a user box stays in the outline, read by the worker
    nested = _box(b"udta", _box(b"mdat", bytes(500) + SAID.encode() + bytes(500)))
    data = (MEDIA / "phone.mp4").read_bytes() + nested
    record = _import(service, tmp_path, data, "clip.mp4")
    assert "name of source S-001" in _refused(service, record, tmp_path / "out.mp4")


def test_a_64_bit_size_lying_short_leaves_the_rest_to_be_read_as_boxes() -> None:
    # the media box claims less than it holds: what follows its claimed end is read as boxes by the
    # outline (and by every movie reader), never skipped as media
    ftyp, moov = _box(b"ftyp", b"isom\0\0\2\0isom"), _box(b"moov", _box(b"mvhd", bytes(100)))
    payload = bytes(1000)
    lying = struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", 16 + 200) + payload
    sketch = movie_outline.of_file(io.BytesIO(ftyp + lying + moov))
    assert sketch is None  # 800 zero bytes are not a box: no outline, examined as before (unread)


def test_an_outline_of_many_tiny_boxes_is_refused_not_built() -> None:
    data = _box(b"ftyp", b"isom") + _box(b"free", b"") * 200_000
    assert movie_outline.of_file(io.BytesIO(data)) is None
    assert movie_outline.of_chunks([data[i : i + 4096] for i in range(0, len(data), 4096)]) is None


# -- An Outlook message attached inside another ---------------------------------------------------------


def _embedded(subject: str, body: str, inner: Tree | None = None) -> Tree:
    tree: Tree = {
        "__properties_version1.0": bytes(24),
        "__substg1.0_0037001F": subject.encode("utf-16-le"),
        "__substg1.0_1000001F": body.encode("utf-16-le"),
    }
    if inner is not None:
        tree["__attach_version1.0_#00000000"] = {"__substg1.0_3701000D": inner}
    return tree


def _outer(attachments: list[Tree], body: str = "For the file.") -> bytes:
    tree: Tree = {
        "__properties_version1.0": bytes(32),
        "__substg1.0_0037001F": "Fwd: papers".encode("utf-16-le"),
        "__substg1.0_1000001F": body.encode("utf-16-le"),
    }
    for n, attachment in enumerate(attachments):
        tree[f"__attach_version1.0_#{n:08X}"] = attachment
    return write(tree)


def test_many_attached_messages_are_listed_once_not_once_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # each attached message used to list the whole file twice: 2,000 of them in a 1.3 MB message took
    # a minute, 4,000 ran past the worker's time limit (the message then "could not be read")
    calls = []
    listdir = olefile.OleFileIO.listdir

    def counted(self: olefile.OleFileIO, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return listdir(self, *args, **kwargs)

    monkeypatch.setattr(olefile.OleFileIO, "listdir", counted)
    data = _outer([{"__substg1.0_3701000D": _embedded(f"m{n}", "text")} for n in range(60)])
    message = outlook.message(data)
    assert len(message.attachments) == 60
    assert len(calls) <= 4


def test_an_attached_message_that_is_a_stream_does_not_lose_the_message() -> None:
    # 3701000D names a storage; a hostile file makes it a stream: the message is still read
    data = _outer([{"__substg1.0_3701000D": b"not a storage"}, {"__substg1.0_37010102": b"plain words"}])
    found = examine.examine(data)
    assert found.problem is None
    assert found.metadata["subject"] == "Fwd: papers"
    assert [a.data for a in found.attachments] == [b"plain words"]
    assert any("too large or malformed" in str(note) for note in found.notes)


def test_a_name_the_64_byte_entry_cannot_hold_is_refused_by_the_writer() -> None:
    # 31 characters beyond the BMP are 62 UTF-16 code units: with its terminator, past the entry's 64
    # bytes (written anyway, the directory would be shifted and the copy unreadable)
    wide = "\U0001f600" * 31
    with pytest.raises(NameTooLong):
        write({wide: b"x"})
    single = write({"\U0001f600" * 15 + "a": b"x"})  # 31 code units: the longest name allowed
    with olefile.OleFileIO(io.BytesIO(single)) as ole:
        assert ole.openstream(["\U0001f600" * 15 + "a"]).read() == b"x"


def test_an_attached_message_with_a_broken_stream_does_not_lose_the_message() -> None:
    # a stream of the attached message starts at a sector past the file's end
    data = bytearray(_outer([{"__substg1.0_3701000D": _embedded("Inner", "x" * 3000)}]))
    with olefile.OleFileIO(io.BytesIO(bytes(data))) as ole:
        path = ["__attach_version1.0_#00000000", "__substg1.0_3701000D", "__substg1.0_1000001F"]
        sid = ole._find(path)
        sector = ole.sectorsize
        first_dir = ole.first_dir_sector
    entry = 512 + first_dir * sector + sid * 128
    data[entry + 116 : entry + 120] = struct.pack("<I", 0x00FFFFF0)  # a start sector far past the end
    found = examine.examine(bytes(data))
    assert found.metadata["subject"] == "Fwd: papers"
    assert found.problem is None
    assert len(found.attachments) + sum("too large or malformed" in str(n) for n in found.notes) == 1


def test_messages_attached_ten_deep_stop_at_the_depth_limit_and_each_stored_one_is_stopped(
    service: VaultService, tmp_path: Path
) -> None:
    tree = _embedded("m9", f"Notes of the meeting with {PROTECTED_NAME}.")
    for n in range(8, 0, -1):
        tree = _embedded(f"m{n}", "See below.", tree)
    data = _outer([{"__substg1.0_3701000D": tree}])
    world = protected_world(service, tmp_path)
    path = tmp_path / "outer.msg"
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert outcome.id is not None
    assert len(outcome.attachments) == examine.MAX_ATTACHMENT_DEPTH
    for item in (outcome.id, *outcome.attachments):
        with pytest.raises(LeakRefused, match="name of source S-001"):
            service.evidence.export_file(item, tmp_path / "out.msg")


# -- GPS tags of all zeros ------------------------------------------------------------------------------


def test_a_position_on_the_equator_or_the_meridian_is_still_recorded() -> None:
    for gps in (media.Gps(0.0, 29.2356, 1200.0), media.Gps(-1.6789, 0.0, 15.0)):
        found = examine_image(media.jpeg(exif_data=media.exif(gps=gps)), detect.JPEG)
        assert found.metadata["gps_latitude"] == media_decimal(gps.latitude, 7)
        assert found.metadata["gps_longitude"] == media_decimal(gps.longitude, 7)


def test_zero_coordinates_with_a_real_altitude_keep_the_altitude() -> None:
    found = examine_image(media.jpeg(exif_data=media.exif(gps=media.Gps(0.0, 0.0, 1450.0))), detect.JPEG)
    assert "gps_latitude" not in found.metadata
    assert found.metadata["gps_altitude_m"] == media_decimal(1450.0, 2)


def media_decimal(value: float, places: int) -> str:
    return str(decimal(value, places))


def _pdf_of_at_least(size: int) -> bytes:
    pages = [f"Page {n}: bill of lading, container MSCU {n:07d}." for n in range(1, 60)]
    document = media.pdf(pages)
    assert len(document) >= size
    return document


def test_an_attached_message_carrying_a_pdf_is_read_as_a_message(
    service: VaultService, tmp_path: Path
) -> None:
    # a short forwarded message with a PDF attached: in the file made for it the PDF (the only stream
    # of 4,096 bytes or more) is the first sector, its header at byte 512, where PDF readers (and our
    # detection) look for one; the message's own text must still be read before it can leave
    inner = _embedded("Original", f"Notes of the meeting with {PROTECTED_NAME}.")
    inner["__attach_version1.0_#00000000"] = {
        "__substg1.0_3707001F": "manifest.pdf".encode("utf-16-le"),
        "__substg1.0_37010102": _pdf_of_at_least(4096),
    }
    data = _outer([{"__substg1.0_3701000D": inner}])
    found = examine.examine(data)
    attached = next(a.data for a in found.attachments if (a.name or "").endswith(".msg"))
    assert detect.media_type(attached) == detect.MSG
    world = protected_world(service, tmp_path)
    path = tmp_path / "outer.msg"
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    for item in (outcome.id or "", *outcome.attachments):
        body = service.get(item).body
        if body["name"] == "manifest.pdf":
            continue
        with pytest.raises(LeakRefused, match="name of source S-001"):
            service.evidence.export_file(item, tmp_path / "out.bin")


def test_an_outlook_message_that_pdf_readers_open_is_read_as_both() -> None:
    # a compound file with a PDF's header in its first 1,024 bytes (a stream name whose UTF-16 code
    # units spell it, in the directory's first sector) and its objects after: Outlook opens it as a
    # message, PDF readers as a PDF
    document = _pdf_naming()
    header = document[: document.index(b"\n")]
    data = write(
        {
            header.ljust(len(header) + len(header) % 2).decode("utf-16-le"): document,
            "__properties_version1.0": bytes(32),
            "__substg1.0_0037001F": "Papers".encode("utf-16-le"),
            "__substg1.0_1000001F": f"Notes of the meeting with {PROTECTED_NAME}.".encode("utf-16-le"),
        }
    )
    assert b"%PDF-" in data[:1024]
    assert detect.media_type(data) == detect.MSG
    texts = "\n".join(p.text for p in files.read_file(data).parts)
    assert PROTECTED_NAME in texts
    assert SAID_PLAIN in texts


def _with_subtitles(movie: bytes, samples: bytes) -> bytes:
    """``movie`` with a subtitle track declared in its moov and ``samples`` in a media box after it
    (the sample tables are left out: the gate reads the payload's runs, not the samples)."""
    hdlr = _box(b"hdlr", bytes(8) + b"sbtl" + bytes(12) + b"\0")
    trak = _box(b"trak", _box(b"mdia", hdlr))
    out, at = b"", 0
    while at < len(movie):
        size, kind = int.from_bytes(movie[at : at + 4], "big"), movie[at + 4 : at + 8]
        box = movie[at : at + size]
        out += _box(b"moov", box[8:] + trak) if kind == b"moov" else box
        at += size
    return out + _box(b"mdat", samples)


def test_a_small_movie_with_a_subtitle_track_past_the_budget_is_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a subtitle sample deep in the media data: text, never media, whatever the budget
    monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
    samples = _printable_noise(40_000) + SAID.encode() + _printable_noise(40_000, seed=8)
    reading = files.read_file(_with_subtitles((MEDIA / "phone.mp4").read_bytes(), samples))
    assert reading.unread
    plain = files.read_file((MEDIA / "phone.mp4").read_bytes() + _box(b"mdat", samples))
    assert (plain.unread, len(plain.payload)) == ([], 1)  # no text track: the budget's end is media


@pytest.mark.usefixtures("small_limit")
def test_a_large_movie_with_a_subtitle_track_past_the_budget_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
    samples = _printable_noise(40_000) + SAID.encode()
    data = _with_subtitles((MEDIA / "phone.mp4").read_bytes(), samples)
    record = _import(service, tmp_path, data, "clip.mp4")
    assert "could not be read in full" in _refused(service, record, tmp_path / "out.mp4")


def test_two_streams_of_one_name_are_not_read_as_one() -> None:
    # olefile finds the first of two same-named streams by its name (so does every look-up by path):
    # the second, which another program may take instead, would never be read (a compressed RTF body
    # has no readable runs), so it is unread
    data = bytearray(
        write(
            {
                "__properties_version1.0": bytes(32),
                "__substg1.0_1000001F": "Nothing to see.".encode("utf-16-le"),
                "__substg1.0_1000001E": b"Another body.",
            }
        )
    )
    twin = "__substg1.0_1000001E".encode("utf-16-le")
    data[data.index(twin) : data.index(twin) + len(twin)] = "__substg1.0_1000001F".encode("utf-16-le")
    reading = outlook.read_msg(bytes(data))
    assert any("same name" in place for place in reading.unread)
    plain = outlook.read_msg(write({"__substg1.0_1000001F": b"a\0"}))
    assert plain.unread == []


def test_a_message_held_already_and_now_from_a_protected_source_has_its_attachments_sealed(
    service: VaultService, tmp_path: Path
) -> None:
    # the careless expert imports a forwarded message without saying who gave it, then again with its
    # protected source: the message is linked and sealed, and so is every item it brought (the attached
    # message among them), not only those of a first import
    world = protected_world(service, tmp_path)
    inner = _embedded("Original", "Meet at the usual place.")
    inner["__attach_version1.0_#00000000"] = {
        "__substg1.0_3707001F": "photo.jpg".encode("utf-16-le"),
        "__substg1.0_37010102": media.jpeg(seed=5),
    }
    path = tmp_path / "outer.msg"
    path.write_bytes(_outer([{"__substg1.0_3701000D": inner}]))
    [first] = service.evidence.import_files([path]).outcomes
    assert first.id is not None
    assert len(first.attachments) == 2
    [again] = service.evidence.import_files([path], source=world.protected).outcomes
    assert again.duplicate
    assert service.get(first.id).body.get("sealed_sha256")
    for attached in first.attachments:
        body = service.get(attached).body
        assert body.get("sealed_sha256") or body.get("withheld"), "attachment travels unsealed"


def test_an_attached_message_in_another_code_page_is_read_in_its_own() -> None:
    # the attached message's 8-bit strings are in its code page (here 850): read in the outer
    # message's (Windows-1252 by default) the name would be "Jos‚ N£¤ez", which matches nothing, while
    # Outlook, and the attached message's own file, show it
    body = f"Notes of the meeting with {PROTECTED_NAME}.".encode("cp850")
    properties = bytes(24) + struct.pack("<HHIQ", 0x0003, 0x3FFD, 0, 850)
    inner: Tree = {"__properties_version1.0": properties, "__substg1.0_1000001E": body}
    data = _outer([{"__substg1.0_3701000D": inner}])
    assert any(PROTECTED_NAME in p.text for p in outlook.read_msg(data).parts)
    [attached] = outlook.message(data).attachments
    assert any(PROTECTED_NAME in p.text for p in outlook.read_msg(attached.data).parts)
