"""The sweep of one XML part: every element's attributes (tracked changes and their authors, comments'
authors and initials, content controls, document variables, people, drawings' names and alt text, VML
shapes, custom properties, relationship targets), DrawingML paragraphs and chart values, and every text
node, comment and text-like attribute value the structured reading did not take."""

from __future__ import annotations

from collections.abc import Callable

from vault.messages import Text
from vault.readers.base import Reading
from vault.readers.docx.text import _ID_ATTRIBUTES, _add, _looks_like_text
from vault.readers.docx.xmlnames import (
    _A_NEWLINE,
    _A_TEXT,
    _CHANGE_TEXT,
    _OFFICE,
    _VML,
    _XSI,
    Element,
    Location,
    _any_attribute,
    _attribute,
    _local,
)


class _Sweep:
    """The sweep's handlers; the state is set up by ``_Part``."""

    reading: Reading
    where: Text
    lines: list[str]  # search text
    consumed: set[Element]  # elements whose text the structured reading took
    counters: dict[str, int]
    chart_values: list[str]
    other_text: list[str]
    attribute_values: dict[str, None]
    specials: dict[str, Callable[[Element], frozenset[str]]]

    def count(self, what: str) -> int:
        self.counters[what] = self.counters.get(what, 0) + 1
        return self.counters[what]

    def add(self, location: str, text: str | None) -> None:
        if text:
            _add(self.reading, location, text)

    # --- the sweep: attributes, drawings, charts, and everything not yet read ----------------------

    def _sweep(self, root: Element) -> None:
        specials = self.specials
        consumed = self.consumed
        for outside in (*root.itersiblings(preceding=True), *root.itersiblings()):
            self._other(outside.text)  # comments and processing instructions around the root
        for element in root.iter():
            tag = element.tag
            if not isinstance(tag, str):  # an XML comment or processing instruction
                self._other(element.text)
                self._other(element.tail)
                continue
            handler = specials.get(tag)
            handled = handler(element) if handler is not None else _NOTHING
            if tag.startswith(_VML) or tag.startswith(_OFFICE):
                handled = handled | self._vml(element)
            elif tag.endswith(("}docPr", "}cNvPr")):
                handled = handled | self._drawing(element)
            text = element.text
            if text and not text.isspace() and element not in consumed:
                self._other(text)
            for name, value in element.items():
                local = _local(name)
                if local in handled or name.startswith(_XSI) or local.startswith(_ID_ATTRIBUTES):
                    continue
                if local == "author":  # any other author: a change, a person, an extension's
                    n = self.count("author")
                    self.add(Text("{where} author {n}", where=self.where, n=n), value)
                elif _looks_like_text(value):
                    self.attribute_values.setdefault(value.strip(), None)
            tail = element.tail
            if tail and not tail.isspace():
                self._other(tail)
        values = "\n".join(self.chart_values)
        self.add(Text("{where} chart values", where=self.where), values)
        self.lines += [v for v in self.chart_values if _looks_like_text(v)]
        self.add(Text("{where} other text", where=self.where), "\n".join(self.other_text))
        self.add(Text("{where} attribute values", where=self.where), "\n".join(self.attribute_values))

    def _other(self, text: str | None) -> None:
        if text and _looks_like_text(text):
            self.other_text.append(text.strip())

    def _change(
        self, element: Element, text_at: Location, author_at: Location, key: str, searched: bool
    ) -> frozenset[str]:
        n = self.count(key)
        text = "".join(t.text or "" for t in element.iter(*_CHANGE_TEXT))
        self.add(text_at(self.where, n), text)
        self.add(author_at(self.where, n), _attribute(element, "author"))
        if searched and text.strip():
            self.lines.append(text)
        return _CHANGE_ATTRIBUTES

    def _insertion(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked insertion {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked insertion {n} author", where=w, n=n),
            "insertion",
            searched=False,  # already in its paragraph's text
        )

    def _deletion(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked deletion {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked deletion {n} author", where=w, n=n),
            "deletion",
            searched=True,
        )

    def _move_to(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked move (new place) {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked move (new place) {n} author", where=w, n=n),
            "move to",
            searched=False,
        )

    def _move_from(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked move (old place) {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked move (old place) {n} author", where=w, n=n),
            "move from",
            searched=False,
        )

    def _format_change(self, element: Element) -> frozenset[str]:
        n = self.count("format change")
        self.add(
            Text("{where} tracked formatting change {n} author", where=self.where, n=n),
            _attribute(element, "author"),
        )
        return _CHANGE_ATTRIBUTES

    def _paragraph_change(self, element: Element) -> frozenset[str]:
        n = self.count("paragraph change")
        self.add(
            Text("{where} tracked paragraph formatting change {n} author", where=self.where, n=n),
            _attribute(element, "author"),
        )
        return _CHANGE_ATTRIBUTES

    def _comment_attributes(self, element: Element) -> frozenset[str]:
        n = self.count("comment")  # the same order as the comments' text (document order)
        self.add(Text("{where} comment {n} author", where=self.where, n=n), _attribute(element, "author"))
        self.add(Text("{where} comment {n} initials", where=self.where, n=n), _attribute(element, "initials"))
        return frozenset({"author", "initials", "date", "id"})

    def _content_control(self, element: Element) -> frozenset[str]:
        self.count("content control")
        return _NOTHING

    def _content_control_title(self, element: Element) -> frozenset[str]:
        n = self.counters.get("content control", 0)
        self.add(Text("{where} content control {n} title", where=self.where, n=n), _attribute(element, "val"))
        return frozenset({"val"})

    def _content_control_tag(self, element: Element) -> frozenset[str]:
        n = self.counters.get("content control", 0)
        self.add(Text("{where} content control {n} tag", where=self.where, n=n), _attribute(element, "val"))
        return frozenset({"val"})

    def _document_variable(self, element: Element) -> frozenset[str]:
        n = self.count("variable")
        text = "\n".join(v for v in (_attribute(element, "name"), _attribute(element, "val")) if v)
        self.add(Text("{where} document variable {n}", where=self.where, n=n), text)
        return frozenset({"name", "val"})

    def _person(self, element: Element) -> frozenset[str]:
        n = self.count("person")
        self.add(Text("{where} person {n} author", where=self.where, n=n), _any_attribute(element, "author"))
        return frozenset({"author"})

    def _presence(self, element: Element) -> frozenset[str]:
        n = self.counters.get("person", 0)
        self.add(Text("{where} person {n} user id", where=self.where, n=n), _any_attribute(element, "userId"))
        self.add(
            Text("{where} person {n} sign-in provider", where=self.where, n=n),
            _any_attribute(element, "providerId"),
        )
        return frozenset({"userId", "providerId"})

    def _drawing_paragraph(self, element: Element) -> frozenset[str]:
        """A DrawingML paragraph (charts, SmartArt, shapes): its runs, whole."""
        pieces: list[str] = []
        for node in element.iter():
            if node.tag in _A_TEXT:
                self.consumed.add(node)
                pieces.append(node.text or "")
            elif node.tag in _A_NEWLINE:
                pieces.append("\n")
        text = "".join(pieces)
        if text.strip():
            n = self.count("drawing text")
            self.add(Text("{where} drawing text {n}", where=self.where, n=n), text)
            self.lines.append(text)
        return _NOTHING

    def _chart_value(self, element: Element) -> frozenset[str]:
        self.consumed.add(element)
        if element.text and element.text.strip():
            self.chart_values.append(element.text.strip())
        return _NOTHING

    def _drawing(self, element: Element) -> frozenset[str]:
        """A picture's or shape's name, description (alt text) and title."""
        n = self.count("drawing")
        self.add(Text("{where} drawing {n} name", where=self.where, n=n), element.get("name"))
        described = Text("{where} drawing {n} description", where=self.where, n=n)
        titled = Text("{where} drawing {n} title", where=self.where, n=n)
        for attribute, at in (("descr", described), ("title", titled)):
            value = element.get(attribute)
            self.add(at, value)
            if value and value.strip():
                self.lines.append(value)
        return frozenset({"name", "descr", "title"})

    def _vml(self, element: Element) -> frozenset[str]:
        """A VML shape's alternative text and title, a picture's original title, WordArt text."""
        values: list[tuple[str | None, Location]] = [
            (element.get("alt"), lambda w, n: Text("{where} VML shape {n} alternative text", where=w, n=n)),
            (element.get("title"), lambda w, n: Text("{where} VML shape {n} title", where=w, n=n)),
            (element.get(f"{_OFFICE}title"), lambda w, n: Text("{where} VML shape {n} title", where=w, n=n)),
            (element.get("string"), lambda w, n: Text("{where} VML shape {n} WordArt text", where=w, n=n)),
        ]
        if not any(value for value, _ in values):
            return _NOTHING
        n = self.count("shape")
        for value, at in values:
            if value and value.strip():
                self.add(at(self.where, n), value)
                self.lines.append(value)
        return frozenset({"alt", "title", "string"})

    def _custom_property(self, element: Element) -> frozenset[str]:
        """A custom property: its name is the author's, so it goes in the text, with the value."""
        n = self.count("custom property")
        texts = [element.get("name") or "", element.get("linkTarget") or ""]
        texts += [t.strip() for t in element.itertext() if t.strip()]
        for descendant in element.iter():
            self.consumed.add(descendant)
        self.add(Text("custom property {n}", n=n), "\n".join(t for t in texts if t))
        return frozenset({"name", "linkTarget", "fmtid", "pid"})

    def _relationship(self, element: Element) -> frozenset[str]:
        n = self.count("relationship")
        target = element.get("Target")
        if (element.get("TargetMode") or "").lower() == "external":
            self.add(Text("{where} relationship {n} external target", where=self.where, n=n), target)
        else:
            self.add(Text("{where} relationship {n} target", where=self.where, n=n), target)
        return frozenset({"Target", "TargetMode", "Type"})  # the Id is swept: "rId7" is not text


_NOTHING: frozenset[str] = frozenset()
_CHANGE_ATTRIBUTES = frozenset({"author", "date", "id"})
