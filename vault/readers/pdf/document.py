"""Document-level places: the document information dictionary (a custom property's name is content),
the catalog and its other entries, page labels, bookmarks with their actions, the /Names trees and
/Dests, and the structure tree."""

from __future__ import annotations

from pypdf.generic import DictionaryObject

from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.names import _OUTLINE_LINKS, _STANDARD_PROPERTIES


class _Document(_ReadingCore):
    """The document's information, catalog, bookmarks, name trees and structure tree."""

    def read_info(self) -> None:
        ref = self.reader.trailer.get("/Info")
        info = _resolve(ref)
        if not isinstance(info, DictionaryObject):
            return
        if (n := _idnum(info)) is not None:
            self.walked.add(n)
        custom = 0
        for key, value in info.items():
            label = str(key).lstrip("/")
            texts = self.walk(value, Text("the document properties"))
            if label in _STANDARD_PROPERTIES:
                self.add_lines(Text("document property '{key}'", key=label), texts)
            else:  # a custom property's name is chosen by whoever made the file: content, not a location
                custom += 1
                self.said.add(label)
                self.add_lines(Text("custom document property {n}", n=custom), [label, *texts])

    def read_catalog(self, root: DictionaryObject) -> None:
        if (n := _idnum(root)) is not None:
            self.walked.add(n)
        handled = {"/Pages", "/Names", "/AcroForm", "/Outlines", "/StructTreeRoot", "/Metadata", "/PieceInfo",
                   "/PageLabels", "/Type", "/Dests"}  # fmt: skip
        self.stream_at(root.get("/Metadata"), Text("document"), "/Metadata")
        self.add_lines(
            Text("document piece information"), self.walk(root.get("/PieceInfo"), Text("document"))
        )
        self.add_lines(Text("page labels"), self.walk(root.get("/PageLabels"), Text("page labels")))
        lines: list[str] = []
        for key, value in root.items():
            if key in handled:
                continue
            lines += self.name_line(key)
            lines += self.walk(value, Text("document catalog"))
        self.add_lines(Text("document catalog"), lines)

    def read_outline(self, root: DictionaryObject) -> None:
        outlines = _resolve(root.get("/Outlines"))
        if not isinstance(outlines, DictionaryObject):
            return
        self.add_lines(Text("bookmarks"), self.walk_dict(outlines, Text("bookmarks"), skip=_OUTLINE_LINKS))
        stack = [outlines.get("/First")]
        seen: set[int] = set()
        counter = 0
        while stack:
            item = _resolve(stack.pop())
            if not isinstance(item, DictionaryObject) or id(item) in seen:
                continue
            seen.add(id(item))
            counter += 1
            if counter > 200_000 or self.timed_out(Text("bookmarks")):
                self.unread(Text("bookmarks after {n} (limit)", n=counter - 1))
                return
            where = Text("bookmark {n}", n=counter)
            self.add_lines(where, self.walk_dict(item, where, skip=_OUTLINE_LINKS))
            stack.append(item.get("/Next"))
            stack.append(item.get("/First"))

    def read_names(self, root: DictionaryObject) -> None:
        names = _resolve(root.get("/Names"))
        if isinstance(names, DictionaryObject):
            if (n := _idnum(names)) is not None:
                self.walked.add(n)
            for tree_name, tree in names.items():
                label = str(tree_name)[1:]
                if label == "EmbeddedFiles":
                    where = Text("attachments list")
                elif label == "JavaScript":
                    where = Text("document JavaScript")
                elif label == "Dests":
                    where = Text("named destinations")
                else:
                    where = Text("name tree {n}", n=list(names.keys()).index(tree_name) + 1)
                self.add_lines(where, self.name_line(tree_name) + self.walk(tree, where))
        dests = _resolve(root.get("/Dests"))
        if isinstance(dests, DictionaryObject):  # the PDF 1.1 form: destination names are keys
            where = Text("named destinations")
            self.add_lines(where, [str(k)[1:] for k in dests] + self.walk(dests, where))

    def read_structure(self, root: DictionaryObject) -> None:
        tree = root.get("/StructTreeRoot")
        if tree is not None:
            self.add_lines(Text("structure tree"), self.walk(tree, Text("structure tree")))
