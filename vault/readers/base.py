"""What every reader returns: the located text parts of one file, and the files embedded in it."""

from __future__ import annotations

from dataclasses import dataclass, field

from vault.guard.leakguard import TextPart

MAX_DEPTH = 4  # files inside files inside files: deeper than any real document nests
MAX_EMBEDDED_BYTES = 256 * 1024**2  # in all, per top-level file
MAX_PART_CHARS = 8 * 1024**2  # one part's text; longer text is cut (and said so in ``unread``)


@dataclass(frozen=True)
class Embedded:
    """A file found inside another one (a PDF attachment, an image in a PDF or a DOCX, an EXIF
    thumbnail). ``location`` says where, never what it is called when the name is the author's."""

    location: str
    data: bytes

    def __repr__(self) -> str:
        return f"<Embedded {self.location} ({len(self.data)} bytes, redacted)>"


@dataclass
class Reading:
    """One reader's result for one file.

    ``parts``: every piece of text, each with its place (``TextPart.location`` is a ``Text`` template
    naming a structural place — "page 2 annotation 3 Contents", "EXIF Artist", "word/comments.xml
    comment 1 author" — and never quotes the file's content). ``embedded``: files inside this one, read
    next by the dispatcher. ``unread``: places the reader saw but could not read (an unsupported stream
    filter, a damaged part); the dispatcher scans the raw bytes for them, and the gate may refuse.
    """

    parts: list[TextPart] = field(default_factory=list)
    embedded: list[Embedded] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)

    def add(self, location: str, text: str) -> None:
        """Add a part when it holds any text (empty and white-space-only values are dropped)."""
        if text and not text.isspace():
            self.parts.append(TextPart(location, text[:MAX_PART_CHARS]))
