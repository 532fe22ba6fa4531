"""Walking a dictionary's graph for its strings: every string and unusual name reachable from a value, in
order, following references but not into pages, annotations or the catalog (read on their own) nor back
up to a parent; streams met on the way are read by kind, attached files as ``Embedded``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

from vault.messages import Text
from vault.readers.pdf.core import _ReadingCore, _resolve
from vault.readers.pdf.limits import MAX_WALK_NODES
from vault.readers.pdf.names import _BACK_REFERENCES, _BOUNDARY_TYPES, _is_annotation
from vault.readers.pdf.strings import _string_texts


class _Graph(_ReadingCore):
    """The strings of a value and of everything it refers to."""

    def walk_dict(self, node: DictionaryObject, where: str, skip: Iterable[str] = ()) -> list[str]:
        lines: list[str] = []
        for key, value in node.items():
            if key in skip:
                continue
            lines += self.name_line(key)
            lines += self.walk(value, where, key)
        return lines

    def walk(self, value: Any, where: str, key: str | None = None) -> list[str]:
        """Every string (and unusual name) reachable from ``value``, in order, following references but
        not into pages, annotations or the catalog (read on their own) nor back up to a parent. Streams
        met on the way are read by kind (attached files, XMP, JavaScript, forms, images ...)."""
        lines: list[str] = []
        stack: list[tuple[Any, str | None]] = [(value, key)]
        nodes = 0
        while stack:
            item, item_key = stack.pop()
            nodes += 1
            if nodes > MAX_WALK_NODES:
                self.unread(Text("{where} (too many values)", where=where))
                break
            if isinstance(item, IndirectObject):
                if item.idnum in self.walked:
                    continue
                try:
                    resolved = item.get_object()
                except Exception:  # noqa: BLE001
                    self.unread(Text("{where} (a damaged object)", where=where))
                    continue
                if (
                    isinstance(resolved, DictionaryObject)
                    and not isinstance(resolved, StreamObject)
                    and (resolved.get("/Type") in _BOUNDARY_TYPES or _is_annotation(resolved))
                ):
                    continue  # read on its own
                if not isinstance(resolved, StreamObject):
                    self.walked.add(item.idnum)
                item = resolved
            if isinstance(item, StreamObject):
                lines += self.stream(item, where, item_key)
            elif isinstance(item, DictionaryObject):
                lines += self.dictionary(item, where, stack)
            elif isinstance(item, ArrayObject):
                if len(item) >= 2 and item[0] == "/ICCBased":
                    self.stream_at(item[1], where, "/ICCBased")
                stack.extend((v, item_key) for v in reversed(item))
            elif isinstance(item, NameObject):
                lines += self.name_line(item)
            elif isinstance(item, (str, bytes)):
                texts = _string_texts(item)
                self.said.update(texts)
                lines += texts
        return lines

    def dictionary(
        self, node: DictionaryObject, where: str, stack: list[tuple[Any, str | None]]
    ) -> list[str]:
        lines: list[str] = []
        is_signature = node.get("/Type") in ("/Sig", "/DocTimeStamp") or "/ByteRange" in node
        if node.get("/Type") == "/Filespec" or "/EF" in node:
            lines += self.filespec(node, where)
        if node.get("/Subtype") == "/Type3":  # its glyph procedures are drawing operators
            self.font(node)
        for key, value in reversed(list(node.items())):
            if key in _BACK_REFERENCES or key == "/EF":
                continue
            if is_signature and key in ("/Contents", "/Cert"):
                lines += self.certificates(value)
                continue
            lines += self.name_line(key)
            stack.append((value, key))
        return lines

    def filespec(self, spec: DictionaryObject, where: str) -> list[str]:
        """An attached file: its contents as Embedded, its names and description as text."""
        ef = _resolve(spec.get("/EF"))
        if not isinstance(ef, DictionaryObject):
            return []
        self.attachments += 1
        file_where = Text("{where}: attached file {n}", where=where, n=self.attachments)
        done: set[int] = set()
        lines: list[str] = []
        for ref in ef.values():
            stream = _resolve(ref)
            if isinstance(stream, StreamObject) and id(stream) not in done:
                done.add(id(stream))
                lines += self.stream(stream, file_where, "/EF")
        return lines
