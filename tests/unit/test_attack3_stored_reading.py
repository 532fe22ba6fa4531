"""An adversary's files against the one pass over a large stored original (vault/intake/stored_reading.py):
the movie outline, the printable runs within their budget (``files.ChunkRuns``) and the file's first and
last bytes, all read from one streaming of its chunks; and against the v8 upgrade's progress hook and a
typed title never translated.

What the outbound gate reads decides whether a protected source's name can leave: each case is a file a
hostile party hands an expert (or a share that serves other bytes the second time), and asserts the name
cannot leave, or that the reading holds. Sizes are lowered with monkeypatch as in
tests/unit/test_intake_movie_one_pass.py (a real case needs 256 MiB)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from tests import media
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.unit.test_attack1_adversary import (
    SAID,
    SAID_PLAIN,
    _box,
    _hidden,
    _import,
    _pdf_naming,
    _printable_noise,
    _refused,
    _zip_naming,
)
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.intake import limits
from vault.keys.secret import Passphrase
from vault.messages import Text
from vault.readers import files
from vault.session import Vault
from vault.storage import attachments, migrations, records, schema_search, search, store, upgrade_progress

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
MIB = 1024 * 1024


# -- The file changes between its examination and its storing -------------------------------------------


@pytest.mark.parametrize("kind", ["movie", "other"])
def test_a_large_file_that_shrinks_while_stored_is_not_kept_with_findings_of_other_bytes(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    # Read ahead, the file is over the limit: a movie's outline is examined (or, not a movie, nothing
    # is). While its bytes are stored from the disk (a share serving other bytes the second time) it
    # shrinks below the limit, with the name in its new bytes: the stored bytes are small enough that
    # nothing reads them "as too large", and the findings kept were made of other bytes.
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 2 * MIB)
    world = protected_world(service, tmp_path)
    head = (MEDIA / "phone.mp4").read_bytes() if kind == "movie" else bytes(range(256)) * 64
    path = tmp_path / ("clip.mp4" if kind == "movie" else "blob.bin")
    path.write_bytes(head + _box(b"mdat", _printable_noise(3 * MIB)))
    changed: list[bool] = []

    def progress(_: Any) -> None:
        if not changed:  # the first MiB is stored: the rest of the file is now other, and shorter
            with path.open("r+b") as handle:
                handle.seek(MIB + 4096)
                handle.write(b"\0" + SAID.encode() + b"\0")
                handle.truncate(MIB + MIB // 2)
            changed.append(True)

    [outcome] = service.evidence.import_files(
        [path], investigation=world.investigation, progress=progress
    ).outcomes
    assert changed
    assert outcome.id is None, "stored with findings made of other bytes"
    assert "changed while it was being imported" in (outcome.error or "")


# -- A name split across two stored chunks --------------------------------------------------------------


def _chunked(data: bytes, cut: int, size: int) -> list[bytes]:
    """``data`` in chunks of ``size`` bytes, the first cut at ``cut`` (where the name is split)."""
    return [data[:cut]] + [data[i : i + size] for i in range(cut, len(data), size)]


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lead", [0, 1, 300, 301])  # where the name starts in a long run, at odd offsets
def test_a_name_split_at_any_byte_across_two_chunks_is_read_whole(codec: str, lead: int) -> None:
    # the stored chunks are cut wherever the file's bytes fall (1 MiB; a handover's entry streams): the
    # name is found whole at every split, in a run that began long before the edge (past the overlap)
    said = ("x" * lead + SAID).encode(codec)
    data = bytes(range(0, 32)) * 40 + b"\0" + said + b"\0" + bytes(range(0, 32)) * 40
    start = data.index(said) + len("x" * lead) * (1 if codec == "utf-8" else 2)
    name = PROTECTED_NAME.encode(codec)
    at = data.index(name, start)
    middle = at + len(name) // 2
    splits = [(cut, 700) for cut in range(at - 2, at + len(name) + 2)] + [(middle, 3), (middle + 1, 3)]
    for cut, size in splits:  # tiny chunks too (each is read with the overlap before it)
        runs = files.ChunkRuns()
        for chunk in _chunked(data, cut, size):
            runs.feed(chunk)
        assert any(PROTECTED_NAME in p.text for p in runs.reading.parts), (codec, lead, cut, size)
        assert runs.reading.unread == []


# -- A PDF inside a movie, past its first 1,024 bytes -----------------------------------------------------


@pytest.mark.parametrize("size", ["large", "small"])
@pytest.mark.parametrize("where", ["middle", "end", "no header"])
def test_a_movie_carrying_a_pdf_past_its_head_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: str, where: str
) -> None:
    # Poppler (pdftotext, Evince, Okular) opens a file whose PDF header is not in its first 1,024
    # bytes, or missing ("May not be a PDF file (continuing anyway)"), and finds its objects by
    # scanning: the page's text, compressed in the media data, is shown. Checked with pdftotext 22.
    document = _pdf_naming()
    if where == "no header":
        document = document.replace(b"%PDF-", b"%XXX-")
    after = b"" if where == "end" else _printable_noise(20_000, seed=3)
    data = (MEDIA / "phone.mp4").read_bytes() + _box(b"mdat", _printable_noise(5000) + document + after)
    _hidden(data)
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 4096 if size == "large" else 256 * MIB)
    record = _import(service, tmp_path, data, "clip.mp4")
    _refused(service, record, tmp_path / "out.mp4")


def test_a_pdf_object_header_across_two_stored_chunks_is_seen(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the one pass looks for PDF objects chunk by chunk: the header "12 0 obj" cut by the 1 MiB edge
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 4096)
    movie = (MEDIA / "phone.mp4").read_bytes()
    before = attachments.CHUNK_SIZE - len(movie) - 8 - 4  # "12 0" ends chunk 1, " obj" begins chunk 2
    data = movie + _box(b"mdat", bytes(before) + b"12 0 obj" + bytes(5000))
    assert data[attachments.CHUNK_SIZE - 4 : attachments.CHUNK_SIZE + 4] == b"12 0 obj"
    assert not files.pdf_objects(data[: attachments.CHUNK_SIZE])
    assert not files.pdf_objects(data[attachments.CHUNK_SIZE :])
    record = _import(service, tmp_path, data, "clip.mp4")
    assert "PDF" in _refused(service, record, tmp_path / "out.mp4")


# -- A typed title, a title the vault made --------------------------------------------------------------


def test_a_title_is_a_template_only_when_the_vault_made_it_and_a_value_is_never_one(
    service: VaultService,
) -> None:
    # a hostile colleague's record: a typed title that is a vault sentence (shown as typed, never
    # translated into another), and braces in a value the vault puts in its own sentence (a value)
    conn, me = service._vault.conn, service._vault.identity
    with store.transaction(conn):
        typed = records.create(conn, me, "note", {"title": "Shared with {to}"})
        hostile = "{to} {0} {to.__class__} {authority}"
        share = records.create(
            conn, me, "share", {"to": hostile, "authority": "x", "issued_at": "2026-01-01"}
        )
    title = records.get(conn, typed.id).title
    assert not isinstance(title, Text)
    assert title == "Shared with {to}"
    made = records.get(conn, share.id).title
    assert isinstance(made, Text)
    assert (made.template, made.params) == ("Shared with {to}", {"to": hostile})
    assert made == f"Shared with {hostile}" == made.template.format(**made.params)
    with store.transaction(conn):  # the stored title no longer what the body makes: never the template
        conn.execute("UPDATE records SET title = ? WHERE id = ?", ("Shared with someone", share.id))
    assert not isinstance(records.get(conn, share.id).title, Text)


# -- The v8 upgrade's progress --------------------------------------------------------------------------


@pytest.mark.parametrize("failure", [RuntimeError, KeyboardInterrupt])
def test_an_upgrade_whose_watcher_fails_leaves_the_vault_as_it_was_and_reports_only_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: type[BaseException]
) -> None:
    # the watcher (a closed window's signal, Ctrl-C at the terminal) raises half-way through the copy:
    # that failure is what the opening raises (SQLite made it its own error, which said the vault was
    # damaged); the v8 step is rolled back whole, nothing reported but counts, the next opening upgrades
    folder = tmp_path / "v7.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 7)
        vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        with store.transaction(vault.conn):
            for n in range(7):
                records.create(vault.conn, vault.identity, "note", {"title": f"N{n}", "body": SAID})
        vault.close()
    monkeypatch.setattr(schema_search, "REPORT_EVERY", 3)
    seen: list[tuple[object, ...]] = []

    def failing(*args: object) -> None:
        seen.append(args)
        if len(seen) == 2:
            raise failure("the window is gone")

    with pytest.raises(failure), upgrade_progress.reporting(failing):
        Vault.open(folder, Passphrase.from_text(PASSPHRASE)).close()
    assert seen == [(0, 7), (3, 7)]
    assert all(type(v) is int for args in seen for v in args)  # counts, never content
    again = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert migrations.version(again.conn) == migrations.LATEST
        assert len(search.find(again.conn, "depot").hits) == 7
    finally:
        again.close()


# -- Text past the runs' budget where the gate still reads it (attacks that hold) -------------------------


def _zip_ending_across_the_first_chunk_edge(movie: bytes) -> bytes:
    archive = _zip_naming()
    end = archive.rindex(files.ZIP_END)
    pad = attachments.CHUNK_SIZE - 2 - len(movie) - 8 - end  # "PK" ends chunk 1, "\5\6" begins chunk 2
    return movie + _box(b"mdat", _printable_noise(pad) + archive)


@pytest.mark.parametrize(
    "case", ["utf-16 at an odd offset", "second moov", "fragment box", "zip end across chunks", "not a movie"]
)
def test_text_a_large_movie_holds_outside_its_payload_or_within_the_budget_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    monkeypatch.setattr(limits, "MAX_EXAMINE_BYTES", 4096)
    movie = (MEDIA / "phone.mp4").read_bytes()
    said = _box(b"uuid", bytes(16) + SAID.encode())
    noise = _printable_noise(40_000)
    if case == "utf-16 at an odd offset":  # in the payload, before the budget ends
        data = movie + _box(b"mdat", b"\1" + SAID.encode("utf-16-le") + noise)
    elif case == "second moov":  # a second movie after the first's payload: structure, in the outline
        monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
        data = movie + _box(b"mdat", noise) + _box(b"moov", _box(b"udta", said))
    elif case == "fragment box":  # a fragmented movie's moof/mdat pairs: each moof is structure
        monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
        fragments = [_box(b"moof", _box(b"mfhd", bytes(8))) + _box(b"mdat", noise) for _ in range(3)]
        data = movie + b"".join(fragments) + _box(b"moof", said) + _box(b"mdat", noise)
    elif case == "zip end across chunks":  # unzip opens it: the tail is kept across the chunks' edge
        monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
        data = _zip_ending_across_the_first_chunk_edge(movie)
        edge = attachments.CHUNK_SIZE
        assert data[edge - 2 : edge + 2] == files.ZIP_END
    else:  # by its head not a movie: over the limit, read as raw bytes only, and that is unread
        monkeypatch.setattr(files, "MAX_STRINGS_CHARS", 4096)
        data = bytes(range(256)) * 16 + noise + SAID.encode()
    if case == "zip end across chunks":
        _hidden(data)
    record = _import(service, tmp_path, data, "clip.mp4")
    said_why = {"zip end across chunks": "zip", "not a movie": "could not be read in full"}
    assert said_why.get(case, "name of source S-001") in _refused(service, record, tmp_path / "out.mp4")


def test_a_photo_or_archive_carrying_a_pdf_after_its_end_is_read_as_one() -> None:
    # the same PDF appended to a photo or a zip (pdftotext shows its page): read (held)
    for data in (media.jpeg(seed=3) + _pdf_naming(), _zip_naming() + _pdf_naming()):
        reading = files.read_file(data)
        assert any(SAID_PLAIN in p.text for p in reading.parts)


def test_pdf_object_headers_are_seen_in_every_spacing_a_pdf_reader_takes_and_cost_little() -> None:
    # PDF white-space (NUL, tab, line feed, form feed, carriage return, space); \v and a no-break space
    # as pdf.js's pattern takes them; many near misses (" obj" after no number) are given up on as a PDF
    for spaced in (b"12 0 obj", b"12\r\n0\0obj", b"7\f\f0\tobj", b"3\v0\xa0obj"):
        assert files.pdf_objects(b"\x89movie" * 100 + spaced + b"<<>>")
    for not_one in (b"x 0 obj", b"12 x obj", b"12 0 ob", b"objobj" * 1000):
        assert not files.pdf_objects(not_one)
    assert files.pdf_objects(b"a1 obj" * (files.MAX_PDF_CHECKS + 1))
