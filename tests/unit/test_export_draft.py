"""Watermarked drafts: every page stamped per recipient, copies recorded, leaks traced to a recipient."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, StreamObject

from app.service import VaultService
from exporters.pdf_watermark import COPY_ID, COPY_ID_PROPERTY, copy_ids_in, stamp_copy, winansi
from tests import media
from tests.unit.test_export_fixtures import (
    PROTECTED_ALIAS,
    PROTECTED_NAME,
    assert_names_no_source,
    protected_world,
)
from vault import outfile
from vault.errors import Cancelled, InvalidInput, UserError
from vault.guard import distribution
from vault.guard.gate import Clearance
from vault.guard.leakguard import LeakRefused
from vault.newfile import PendingFile
from vault.storage import audit

PAGES = ("Draft final report\nParagraph 1", "Annex 4: the depot", "Annex 5: vessels")


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_every_page_shows_the_recipient_and_copy_id_and_the_metadata_holds_the_id() -> None:
    out = stamp_copy(media.pdf(PAGES), "draft.pdf", "Marie Dubois", "FV-7K3M-9QXT-2HBW")
    reader = read(out)
    assert len(reader.pages) == 3
    for n, page in enumerate(reader.pages):
        text = page.extract_text()
        assert PAGES[n].split("\n")[0] in text
        assert "Marie Dubois" in text
        assert "FV-7K3M-9QXT-2HBW" in text
    assert reader.metadata is not None
    assert str(reader.metadata[COPY_ID_PROPERTY]) == "FV-7K3M-9QXT-2HBW"


def test_the_drafts_own_author_and_xmp_do_not_travel_with_a_copy() -> None:
    draft = media.pdf(PAGES, author="Expert Four", xmp=media.xmp_packet())
    out = stamp_copy(draft, "draft.pdf", "UN Mission", "FV-0000-1111-2222")
    reader = read(out)
    assert reader.metadata is not None
    assert "/Author" not in reader.metadata
    assert "/Metadata" not in reader.root_object


def test_a_rotated_page_is_stamped_upright_and_content_streams_are_compressed() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(media.pdf(PAGES)))
    writer.pages[1].rotate(90)
    buf = io.BytesIO()
    writer.write(buf)
    out = stamp_copy(buf.getvalue(), "draft.pdf", "Marie Dubois", "FV-7K3M-9QXT-2HBW")
    page = read(out).pages[1]
    assert page.rotation == 0
    assert float(page.mediabox.width) > float(page.mediabox.height)  # the page is shown landscape
    assert "FV-7K3M-9QXT-2HBW" in page.extract_text()
    raw = page["/Contents"].get_object()
    streams = [s.get_object() for s in raw] if isinstance(raw, ArrayObject) else [raw]
    assert all(isinstance(s, StreamObject) and s.get("/Filter") == "/FlateDecode" for s in streams)


def test_copy_ids_are_read_back_from_text_and_recipient_names_fit_the_standard_font() -> None:
    assert copy_ids_in("copy fv-7k3m-9qxt-2hbw and FV-0000-1111-2222 and FV-7K3M-9QXT-2HBW") == [
        "FV-7K3M-9QXT-2HBW",
        "FV-0000-1111-2222",
    ]
    assert winansi("Zoë  Łukasz 李") == "Zoë Lukasz ?".encode("cp1252")
    ids = {distribution.new_copy_id() for _ in range(200)}
    assert len(ids) == 200
    assert all(COPY_ID.fullmatch(i) for i in ids)


def test_an_unreadable_or_locked_pdf_is_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match="x.pdf is not a readable PDF"):
        stamp_copy(b"%PDF-1.7 broken", "x.pdf", "A", "FV-0000-1111-2222")
    with pytest.raises(InvalidInput, match="x.pdf is password-protected"):
        stamp_copy(media.pdf(PAGES, password="secret"), "x.pdf", "A", "FV-0000-1111-2222")


# --- the service: distribution records, leak guard, tracing ----------------------------------------


def make_draft(folder: Path, pages: tuple[str, ...] = PAGES, **kwargs: object) -> Path:
    path = folder / "draft-report.pdf"
    path.write_bytes(media.pdf(pages, **kwargs))  # type: ignore[arg-type]
    return path


def test_each_recipient_gets_a_recorded_copy(service: VaultService, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    copies = service.drafts.export_drafts(make_draft(tmp_path), ["Marie Dubois", "UN Mission"], out)
    assert [c.recipient for c in copies] == ["Marie Dubois", "UN Mission"]
    assert len({c.copy_id for c in copies}) == 2
    for c in copies:
        data = c.path.read_bytes()
        rec = service.get(c.id)
        assert rec.kind == "draft_copy"
        assert rec.body["recipient"] == c.recipient
        assert rec.body["copy_id"] == c.copy_id
        assert rec.body["sha256"] == c.sha256 == distribution_sha(data)
        assert rec.body["pages"] == 3
        assert all(c.recipient in p.extract_text() for p in read(data).pages)
        exports = [e for e in service.records.details(c.id).custody if e.action == "export"]
        assert len(exports) == 1
        assert exports[0].detail["sha256"] == c.sha256
        assert c.recipient not in str(exports[0].detail)  # the log holds ids and hashes, not names


def distribution_sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_draft_naming_a_protected_source_is_refused_with_every_place(
    service: VaultService, tmp_path: Path
) -> None:
    protected_world(service, tmp_path)
    # The test generator's font has no accents: the name is typed without them, as it often is.
    pages = ("Clean page", "We met Jose Nunez at the depot", f"Known as {PROTECTED_ALIAS.upper()}")
    with pytest.raises(LeakRefused) as caught:
        service.drafts.export_drafts(
            make_draft(tmp_path, pages, author=PROTECTED_NAME), ["UN Mission"], tmp_path
        )
    places = [f.location for f in caught.value.findings]
    assert "the draft, document property 'Author'" in places
    for page in ("page 2", "page 3"):
        assert any(page in p for p in places), page
    assert not any("page 1" in p for p in places)
    assert PROTECTED_NAME not in str(caught.value)
    assert not list(tmp_path.glob("draft-report-*.pdf"))
    assert service.drafts.draft_copies() == []


def test_a_recipient_who_is_a_source_is_refused(service: VaultService, tmp_path: Path) -> None:
    protected_world(service, tmp_path)
    with pytest.raises(LeakRefused, match="recipient 2"):
        service.drafts.export_drafts(make_draft(tmp_path), ["UN Mission", PROTECTED_NAME], tmp_path)
    assert not list(tmp_path.glob("draft-report-*.pdf"))


def test_copies_are_all_written_or_none(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    real = outfile._write_pending

    def failing(out: Path, chunks: Iterable[bytes], clearance: Clearance) -> tuple[PendingFile, str]:
        if written:  # the second copy: the disk is full
            raise UserError(f"cannot write {out}: disk full")
        written.append(out)
        return real(out, chunks, clearance)

    monkeypatch.setattr("vault.outfile._write_pending", failing)
    with pytest.raises(UserError, match="disk full"):
        service.drafts.export_drafts(make_draft(tmp_path), ["A", "B"], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft-report.pdf", "field.fvault"]
    assert service.drafts.draft_copies() == []


def test_bad_recipient_lists_are_refused(service: VaultService, tmp_path: Path) -> None:
    draft = make_draft(tmp_path)
    with pytest.raises(InvalidInput, match="at least one recipient"):
        service.drafts.export_drafts(draft, [], tmp_path)
    with pytest.raises(InvalidInput, match="recipient 2 is named twice"):
        service.drafts.export_drafts(draft, ["Marie Dubois", "marie  DUBOIS"], tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        service.drafts.export_drafts(tmp_path / "missing.pdf", ["A"], tmp_path)


def test_trace_names_the_recipient_of_an_unaltered_copy(service: VaultService, tmp_path: Path) -> None:
    copies = service.drafts.export_drafts(make_draft(tmp_path), ["Marie Dubois", "UN Mission"], tmp_path)
    trace = service.drafts.trace(copies[1].path)
    assert [m.recipient for m in trace.matches] == ["UN Mission"]
    assert any("byte for byte" in how for how in trace.matches[0].how)
    entry = audit.chain_entries(service._vault.conn, service.key_id)[-1]
    assert entry.action == "trace"
    assert entry.target == copies[1].id


def _rewritten(data: bytes, *, keep_metadata: bool, pages: slice = slice(None)) -> bytes:
    """A leaked copy passed through another program: pages re-written, properties dropped."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages[pages]:
        writer.add_page(page)
    if keep_metadata:
        writer.add_metadata({COPY_ID_PROPERTY: str(PdfReader(io.BytesIO(data)).metadata[COPY_ID_PROPERTY])})  # type: ignore[index]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_trace_reads_the_properties_and_then_the_stamp_when_properties_are_stripped(
    service: VaultService, tmp_path: Path
) -> None:
    copies = service.drafts.export_drafts(make_draft(tmp_path), ["Marie Dubois", "UN Mission"], tmp_path)
    leaked = tmp_path / "leaked.pdf"
    leaked.write_bytes(_rewritten(copies[0].path.read_bytes(), keep_metadata=True))
    hows = service.drafts.trace(leaked).matches[0].how
    assert any("document properties" in h for h in hows)
    assert not any("byte for byte" in h for h in hows)

    one_page = tmp_path / "one-page.pdf"
    one_page.write_bytes(_rewritten(copies[0].path.read_bytes(), keep_metadata=False, pages=slice(2, 3)))
    trace = service.drafts.trace(one_page)
    assert [m.recipient for m in trace.matches] == ["Marie Dubois"]
    assert trace.matches[0].how == ("its copy id is printed on 1 of 1 page(s)",)


def test_trace_reports_a_copy_this_vault_never_issued(service: VaultService, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(stamp_copy(media.pdf(PAGES), "d.pdf", "Someone", "FV-ZZZZ-0000-1111"))
    trace = service.drafts.trace(foreign)
    assert trace.matches == ()
    assert trace.unknown_copy_ids == ("FV-ZZZZ-0000-1111",)
    plain = make_draft(tmp_path)
    assert service.drafts.trace(plain).matches == ()


def test_no_copy_names_a_source_anywhere(service: VaultService, tmp_path: Path) -> None:
    protected_world(service, tmp_path)
    copies = service.drafts.export_drafts(make_draft(tmp_path), ["UN Mission", "Member State X"], tmp_path)
    for c in copies:
        assert_names_no_source(c.path.read_bytes())


def test_a_cancelled_distribution_keeps_no_copy(service: VaultService, tmp_path: Path) -> None:
    done: list[int] = []
    with pytest.raises(Cancelled):
        service.drafts.export_drafts(
            make_draft(tmp_path),
            ["A", "B", "C"],
            tmp_path,
            progress=lambda n, _: done.append(n),
            cancelled=lambda: len(done) == 2,
        )
    assert done == [1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft-report.pdf", "field.fvault"]
    assert service.drafts.draft_copies() == []


def test_a_new_output_folder_is_made_only_for_a_draft_that_passes_the_guard(
    service: VaultService, tmp_path: Path
) -> None:
    protected_world(service, tmp_path)
    refused_dir = tmp_path / "refused"
    with pytest.raises(LeakRefused):
        service.drafts.export_drafts(make_draft(tmp_path, author=PROTECTED_NAME), ["UN Mission"], refused_dir)
    assert not refused_dir.exists()
    made = tmp_path / "copies"
    service.drafts.export_drafts(make_draft(tmp_path), ["UN Mission"], made)
    assert len(list(made.iterdir())) == 1
    with pytest.raises(UserError, match="is not a folder"):
        service.drafts.export_drafts(make_draft(tmp_path), ["UN Mission"], tmp_path / "no" / "such")
