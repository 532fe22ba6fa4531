"""The object-graph safety net: every indirect object, by number, for any string or unusual name no
other part has shown, and every stream of no known kind as text; and the objects of earlier revisions
that the cross-reference table no longer lists (an incremental save keeps them in the file)."""

from __future__ import annotations

import io
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    StreamObject,
    read_object,
)

from vault.messages import Text
from vault.readers.pdf.core import _ReadingCore, _resolve
from vault.readers.pdf.geometry import _number
from vault.readers.pdf.limits import MAX_OBJECT_PARTS, MAX_WALK_NODES
from vault.readers.pdf.names import _FONT_FILES, _known_name
from vault.readers.pdf.salvage import _OBJECT_HEADER
from vault.readers.pdf.strings import _string_texts


class _SafetyNet(_ReadingCore):
    """Every object of the file, listed or not."""

    def object_ids(self) -> list[tuple[int, int]]:
        ids: set[tuple[int, int]] = set()
        for generation, table in getattr(self.reader, "xref", {}).items():
            for number in table:
                ids.add((int(number), int(generation)))
        for number in getattr(self.reader, "xref_objStm", {}):
            ids.add((int(number), 0))
        return sorted(ids)

    def read_every_object(self) -> None:
        objects: list[tuple[int, Any]] = []
        for number, generation in self.object_ids():
            if number == 0:
                continue
            try:
                obj = IndirectObject(number, generation, self.reader).get_object()
            except Exception:  # noqa: BLE001
                self.unread(Text("object {n} (damaged)", n=number))
                continue
            if obj is None or isinstance(obj, NullObject):
                continue
            objects.append((number, obj))
            if isinstance(obj, DictionaryObject):
                for key in _FONT_FILES:
                    ref = obj.get(key)
                    if isinstance(ref, IndirectObject):
                        self.font_programs.add(ref.idnum)
        # Dictionaries first: a page outside the page tree or a Type 3 font says how to read its streams.
        objects.sort(key=lambda item: isinstance(item[1], StreamObject))
        for number, obj in objects:
            if self.timed_out(Text("object {n}", n=number)):
                break
            self.step(
                Text("object {n}", n=number), self.read_object, number, obj, Text("object {n}", n=number)
            )
        if self.batch:
            self.flush_batch(objects[-1][0])

    def read_object(self, number: int, obj: Any, where: str) -> None:
        if isinstance(obj, StreamObject):
            lines = self.stream(obj, where, None)
            lines += self.new_strings(obj)
        else:
            lines = self.new_strings(obj)
            if isinstance(obj, DictionaryObject) and number not in self.page_ids:
                if "/Contents" in obj and "/Resources" in obj:  # a page (template) outside the page tree
                    contents = _resolve(obj.get("/Contents"))
                    for ref in contents if isinstance(contents, ArrayObject) else [obj.get("/Contents")]:
                        self.content_stream(
                            ref, Text("{where} content", where=where), obj.get("/Resources"), 1
                        )
                if obj.get("/Type") == "/Filespec" or "/EF" in obj:
                    lines += self.filespec(obj, where)
                if obj.get("/Subtype") == "/Type3":
                    self.font(obj)
        if len(self.reading.parts) < MAX_OBJECT_PARTS or number < 0:
            self.add_lines(Text("{where} strings", where=where), lines)
            return
        # A file of very many objects: their strings in parts of many objects each.
        if not self.batch:
            self.batch_from = number
        self.batch += lines
        if sum(len(line) for line in self.batch) > 1_000_000 or number % 1000 == 0:
            self.flush_batch(number)

    def flush_batch(self, last: int) -> None:
        where = Text("objects {first} to {last} strings", first=self.batch_from, last=last)
        self.add_lines(where, self.batch)
        self.batch = []

    def new_strings(self, obj: Any) -> list[str]:
        """The strings and unusual names held directly in an object (not behind references) that no part
        has shown yet; streams it holds directly are read by kind."""
        lines: list[str] = []
        stack: list[Any] = [obj]
        nodes = 0
        while stack and nodes < MAX_WALK_NODES:
            item = stack.pop()
            nodes += 1
            if isinstance(item, DictionaryObject):
                for key, value in item.items():
                    if str(key)[1:] not in self.said:
                        lines += self.name_line(key)
                    if isinstance(value, (DictionaryObject, ArrayObject, str, bytes)):
                        stack.append(value)
            elif isinstance(item, ArrayObject):
                stack.extend(v for v in item if isinstance(v, (DictionaryObject, ArrayObject, str, bytes)))
            elif isinstance(item, NameObject):
                if not _known_name(item) and str(item)[1:] not in self.said:
                    lines += self.name_line(item)
            elif isinstance(item, (str, bytes)):
                for text in _string_texts(item):
                    if text not in self.said:
                        self.said.add(text)
                        lines.append(text)
        return list(dict.fromkeys(lines))

    def read_unlisted_objects(self) -> None:
        """Objects in the file that the cross-reference table does not list: earlier revisions of objects
        an incremental save replaced, and objects nothing refers to. A viewer ignores them; the file
        still carries them."""
        listed: dict[int, set[int]] = {}
        for table in getattr(self.reader, "xref", {}).values():
            for number, offset in table.items():
                listed.setdefault(int(number), set()).add(int(offset))
        count = 0
        for match in _OBJECT_HEADER.finditer(self.data):
            number, generation = int(match.group(1)), int(match.group(2))
            if match.start() in listed.get(number, ()):
                continue
            count += 1
            where = Text("object {n} (earlier revision)", n=number)
            if count > 100_000 or self.timed_out(where):
                self.unread(Text("objects of earlier revisions (limit)"))
                return
            self.step(where, self.read_unlisted, match.end(), number, generation, where)

    def read_unlisted(self, offset: int, number: int, generation: int, where: str) -> None:
        obj = self.read_at(self.data, offset)
        encryption = getattr(self.reader, "_encryption", None)
        if encryption is not None:
            obj = encryption.decrypt_object(obj, number, generation)
        if isinstance(obj, StreamObject) and obj.get("/Type") == "/ObjStm":
            self.read_unlisted_stream(obj, where)
            return
        self.read_object(-1, obj, where)

    def read_at(self, data: bytes, offset: int) -> Any:
        """The object written at ``offset`` (after white space and comments)."""
        while offset < len(data) and data[offset] in b" \t\r\n\f\x00":
            offset += 1
        stream = io.BytesIO(data)
        stream.seek(offset)
        return read_object(stream, self.reader)

    def read_unlisted_stream(self, stream: StreamObject, where: str) -> None:
        data = stream.get_data()
        first = int(_number(stream.get("/First"), 0))
        count = int(_number(stream.get("/N"), 0))
        header = data[:first].split()
        for k in range(0, min(len(header) - 1, 2 * count), 2):
            obj = self.read_at(data, first + int(header[k + 1]))
            inner_where = Text("{where} object {n}", where=where, n=int(header[k]))
            self.read_object(-1, obj, inner_where)
