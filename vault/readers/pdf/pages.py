"""Pages: each page's text as pypdf extracts it, its letter-spaced words joined, what its content
stream draws, its annotations, metadata and every other entry of its dictionary; a content stream that
will not parse is read as bytes."""

from __future__ import annotations

from typing import Any

from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.layout import _collapse_spaced_letters, _GraphicsState, _norm
from vault.readers.pdf.limits import MAX_PAGES, MAX_STREAM_BYTES
from vault.readers.pdf.strings import _printable


class _Pages(_ReadingCore):
    """The pages, at most ``MAX_PAGES``."""

    def read_pages(self) -> None:
        pages = self.reader.pages
        total = len(pages)
        for index in range(min(total, MAX_PAGES)):
            if self.timed_out(Text("page {page}", page=index + 1)):
                return
            try:
                page = pages[index]
            except Exception:  # noqa: BLE001
                self.unread(Text("page {page} (damaged)", page=index + 1))
                continue
            if (n := _idnum(page)) is not None:
                self.page_ids.add(n)
                self.walked.add(n)
            self.step(Text("page {page}", page=index + 1), self.read_page, index + 1, page)
        if total > MAX_PAGES:
            self.unread(Text("pages {first} to {last} (page limit)", first=MAX_PAGES + 1, last=total))

    def read_page(self, number: int, page: Any) -> None:
        where = Text("page {page}", page=number)
        resources = _resolve(page.get("/Resources"))
        if resources is None:
            resources = self.inherited(page, "/Resources")
        contents = page.get("/Contents")
        stream: ContentStream | None = None
        raw = b""
        if contents is not None:
            listed = _resolve(contents)
            for ref in listed if isinstance(listed, ArrayObject) else [contents]:
                if isinstance(ref, IndirectObject):
                    self.streams.add(ref.idnum)
            try:
                stream = ContentStream(contents, self.reader, "bytes")
                raw = stream.get_data()
                _ = stream.operations
                # Kept parsed and with its bytes, pypdf's own extraction below reuses it (no second parse).
                stream._data = raw
                page[NameObject("/Contents")] = stream
            except Exception:  # noqa: BLE001
                self.unread(Text("{where} content stream (damaged)", where=where))
                stream = None
                self.raw_content(contents, where)
        page_text = ""
        try:
            page_text = page.extract_text() or ""
        except Exception:  # noqa: BLE001
            self.unread(Text("{where} text (pypdf could not extract it)", where=where))
        self.add(where, page_text)
        spaced = [_collapse_spaced_letters(line) for line in page_text.splitlines()]
        changed = [s for s, line in zip(spaced, page_text.splitlines(), strict=True) if s != line]
        self.add_lines(Text("{where} letter-spaced words", where=where), changed)
        if stream is not None:
            self.draw(stream.operations, raw, resources, where, 0, _norm(page_text), _GraphicsState())
        self.read_annotations(number, page)
        self.stream_at(page.get("/Metadata"), where, "/Metadata")
        self.add_lines(
            Text("{where} piece information", where=where), self.walk(page.get("/PieceInfo"), where)
        )
        lines: list[str] = []
        for key, value in page.items():
            if key in ("/Parent", "/Contents", "/Resources", "/Annots", "/Metadata", "/PieceInfo", "/Type"):
                continue
            lines += self.name_line(key)
            lines += self.walk(value, where)
        self.add_lines(Text("{where} dictionary", where=where), lines)

    def inherited(self, node: Any, key: str) -> Any:
        seen: set[int] = set()
        while isinstance(node, DictionaryObject) and id(node) not in seen:
            seen.add(id(node))
            if key in node:
                return _resolve(node[key])
            node = _resolve(node.get("/Parent"))
        return None

    def raw_content(self, contents: Any, where: str) -> None:
        """A content stream that would not parse: its readable bytes, so nothing is lost."""
        try:
            parts = _resolve(contents)
            streams = [_resolve(s) for s in parts] if isinstance(parts, ArrayObject) else [parts]
            data = b"\n".join(s.get_data()[:MAX_STREAM_BYTES] for s in streams if isinstance(s, StreamObject))
            self.add(Text("{where} content stream bytes", where=where), _printable(data))
        except Exception:  # noqa: BLE001
            self.unread(Text("{where} content stream bytes (undecodable)", where=where))
