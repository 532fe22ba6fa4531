"""The state of one PDF reading and how it adds what it finds: parts, places not read (named, and counted
beyond a limit), attached files and images, the time limit, one step's failure costing that step only.

Each concern of the reading is a mixin of ``_ReadingCore`` in a module of its own (fonts, content
streams, pages, annotations, forms, the document, the object graph, streams by kind, the safety net),
combined in reading.py; the methods the mixins call on one another are declared here for the type
checker only.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from vault.messages import Text
from vault.readers.base import MAX_EMBEDDED_BYTES, MAX_PART_CHARS, Embedded, Reading
from vault.readers.pdf.limits import MAX_UNREAD, READ_SECONDS
from vault.readers.pdf.names import _known_name
from vault.readers.pdf.strings import _clean

if TYPE_CHECKING:
    from pypdf.generic import StreamObject

    from vault.readers.pdf.fonts import _FontInfo
    from vault.readers.pdf.layout import _GraphicsState


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _idnum(obj: Any) -> int | None:
    ref = getattr(obj, "indirect_reference", None)
    return ref.idnum if isinstance(ref, IndirectObject) else None


class _ReadingCore:
    """What every concern of the reading shares: the file, what has been shown so far, the limits."""

    def __init__(self, reader: PdfReader, data: bytes, reading: Reading) -> None:
        self.reader = reader
        self.data = data
        self.reading = reading
        self.deadline = time.monotonic() + READ_SECONDS
        self.said: set[str] = set()  # every string value shown in a part so far
        self.walked: set[int] = set()  # indirect objects whose strings a walk has shown
        self.streams: set[int] = set()  # streams read (or deliberately skipped), by object number
        self.font_programs: set[int] = set()
        self.fonts: dict[int, tuple[Any, _FontInfo]] = {}
        self.embedded_bytes = 0
        self.attachments = 0
        self.page_ids: set[int] = set()
        self.out_of_time = False
        self.unread_more = 0  # places not read beyond MAX_UNREAD, counted
        self.batch: list[str] = []  # the safety net's strings, once parts are many: shown in batches
        self.batch_from = 0
        self.nesting = 0  # content streams being read inside one another, however reached
        self.default_resources: Any = None  # the form's /DR: fonts of appearances that name none

    # -- parts ----------------------------------------------------------------------------------------------

    def add(self, where: str, text: str) -> None:
        text = _clean(text)
        if len(text) > MAX_PART_CHARS:
            self.reading.unread.append(Text("{where} (text beyond the size limit)", where=where))
        self.reading.add(where, text)

    def add_lines(self, where: str, lines: Iterable[str]) -> None:
        self.add(where, "\n".join(line for line in lines if line and line.strip()))

    def unread(self, where: str) -> None:
        if where in self.reading.unread:
            return
        if len(self.reading.unread) < MAX_UNREAD:
            self.reading.unread.append(where)
        else:
            self.unread_more += 1

    def embed(self, where: str, data: bytes) -> None:
        if not data:
            return
        if self.embedded_bytes + len(data) > MAX_EMBEDDED_BYTES:
            self.unread(Text("{where} (embedded files beyond the size limit)", where=where))
            return
        self.embedded_bytes += len(data)
        self.reading.embedded.append(Embedded(where, data))

    def timed_out(self, where: str) -> bool:
        if self.out_of_time:
            return True
        if time.monotonic() > self.deadline:
            self.out_of_time = True
            self.unread(Text("{where} and what follows (time limit)", where=where))
            return True
        return False

    def name_line(self, name: Any) -> list[str]:
        """An unusual name (a key or a value the author chose) as a line of text, once."""
        if _known_name(name):
            return []
        text = str(name)[1:]
        self.said.add(text)
        return [text]

    def step(self, where: str, action: Any, *args: Any) -> None:
        """Run one reading step; a failure costs that step only, and is named."""
        try:
            action(*args)
        except Exception:  # noqa: BLE001 - hostile structure may fail anywhere
            self.unread(Text("{where} (damaged)", where=where))

    if TYPE_CHECKING:  # defined by the mixins (see the module docstring)

        def font(self, value: Any) -> _FontInfo | None: ...

        def content_stream(self, ref: Any, where: str, resources: Any, depth: int, page_norm: str = "",
                           state: _GraphicsState | None = None) -> None: ...  # fmt: skip

        def draw(self, operations: list[tuple[Any, bytes]], raw: bytes, resources: Any, where: str,
                 depth: int, page_norm: str, state: _GraphicsState) -> None: ...  # fmt: skip

        def raw_content(self, contents: Any, where: str) -> None: ...

        def read_annotations(self, number: int, page: Any) -> None: ...

        def appearances(self, value: Any, where: str) -> None: ...

        def certificates(self, value: Any) -> list[str]: ...

        def walk_dict(self, node: DictionaryObject, where: str, skip: Iterable[str] = ()) -> list[str]: ...

        def walk(self, value: Any, where: str, key: str | None = None) -> list[str]: ...

        def filespec(self, spec: DictionaryObject, where: str) -> list[str]: ...

        def stream_at(self, ref: Any, where: str, key: str) -> None: ...

        def stream(self, stream: StreamObject, where: str, key: str | None) -> list[str]: ...
