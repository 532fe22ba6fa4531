"""One PDF's reading: the mixins of every concern combined, and the order in which the places of the
file are read (each a step whose failure costs that step only)."""

from __future__ import annotations

from pypdf.generic import DictionaryObject

from vault.messages import Text
from vault.readers.pdf.annotations import _Annotations
from vault.readers.pdf.core import _resolve
from vault.readers.pdf.document import _Document
from vault.readers.pdf.drawing import _ContentStreams
from vault.readers.pdf.fonts import _Fonts
from vault.readers.pdf.forms import _Forms
from vault.readers.pdf.graph import _Graph
from vault.readers.pdf.pages import _Pages
from vault.readers.pdf.safety_net import _SafetyNet
from vault.readers.pdf.salvage import _StrayBytes
from vault.readers.pdf.streams import _Streams


class _PdfReading(
    _Document, _Pages, _ContentStreams, _Fonts, _Annotations, _Forms, _Graph, _Streams, _SafetyNet
):
    """Every place of one PDF, read in order."""

    def run(self) -> None:
        reader = self.reader
        try:
            root = _resolve(reader.trailer.get("/Root"))
        except Exception:  # noqa: BLE001
            root = None
        if not isinstance(root, DictionaryObject):
            root = DictionaryObject()
            self.unread(Text("the document catalog (damaged)"))
        try:
            form = _resolve(root.get("/AcroForm"))
            self.default_resources = _resolve(form.get("/DR")) if isinstance(form, DictionaryObject) else None
        except Exception:  # noqa: BLE001
            self.default_resources = None
        self.step(Text("the document properties"), self.read_info)
        self.step(Text("the document catalog"), self.read_catalog, root)
        self.step(Text("the pages"), self.read_pages)
        self.step(Text("the form fields"), self.read_fields, root)
        self.step(Text("the bookmarks"), self.read_outline, root)
        self.step(Text("the name trees"), self.read_names, root)
        self.step(Text("the structure tree"), self.read_structure, root)
        self.step(Text("the file's objects"), self.read_every_object)
        self.step(Text("the file's earlier revisions"), self.read_unlisted_objects)
        self.step(Text("the file's bytes outside its objects"), _StrayBytes(self.data, self.reading).run)
        if self.unread_more:
            self.reading.unread.append(Text("{n} more places (not listed)", n=self.unread_more))
