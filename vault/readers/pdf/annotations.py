"""Annotations of every subtype: every string of the dictionary by key (/Contents, /T, /Subj, /RC ...),
keys of the author's own with their names, actions (/A, /AA: URIs, file specifications, JavaScript) as
the graph walk reaches them, and appearance streams, one per state."""

from __future__ import annotations

from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.names import _ANNOTATION_KEYS


class _Annotations(_ReadingCore):
    """A page's annotations and their appearances."""

    def read_annotations(self, number: int, page: Any) -> None:
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, ArrayObject):
            return
        for m, ref in enumerate(annots, 1):
            where = Text("page {page} annotation {n}", page=number, n=m)
            self.step(where, self.read_annotation, ref, where)

    def read_annotation(self, ref: Any, where: str) -> None:
        annot = _resolve(ref)
        if not isinstance(annot, DictionaryObject):
            return
        if (n := _idnum(annot)) is not None:
            if n in self.walked:
                return
            self.walked.add(n)
        other: list[str] = []
        for key, value in annot.items():
            if key in ("/P", "/Parent", "/Popup", "/IRT", "/StructParent"):
                continue
            if key == "/AP":
                self.appearances(value, where)
                continue
            texts = self.walk(value, where, key)
            label = str(key)[1:]
            if label in _ANNOTATION_KEYS:
                self.add_lines(Text("{where} {key}", where=where, key=label), texts)
            else:  # a key of the author's own: its name is content
                self.said.add(label)
                other += [label, *texts]
        self.add_lines(Text("{where} other keys", where=where), other)

    def appearances(self, value: Any, where: str) -> None:
        appearance = _resolve(value)
        if not isinstance(appearance, DictionaryObject):
            return
        names: list[str] = []
        for kind in ("/N", "/R", "/D"):
            entry = _resolve(appearance.get(kind))
            label = Text("{where} appearance {kind}", where=where, kind=kind[1:])
            if isinstance(entry, StreamObject):
                self.content_stream(appearance.get(kind), label, None, 1)
            elif isinstance(entry, DictionaryObject):  # one appearance per state (a check box's on/off)
                for n, (state, ref) in enumerate(entry.items(), 1):
                    names += self.name_line(state)  # an export value: the author's
                    self.content_stream(ref, Text("{where} state {n}", where=label, n=n), None, 1)
        self.add_lines(Text("{where} appearance state names", where=where), names)
