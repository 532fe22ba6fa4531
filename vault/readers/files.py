"""Reading any file in full: detect its format from the bytes, read it, then the files inside it.

``read_file`` returns every located text part of a file and of the files embedded in it (a PDF's
attachments and images, a DOCX's media and embedded documents, a zip's members, an image's EXIF
thumbnail), each embedded part located as "<where it sits>, <where in it>". Formats without a reader of
their own (audio, video, unknown binaries), and places a reader could not parse, are read as every
printable run of their raw bytes (Latin-1/UTF-8, UTF-16 either way round): metadata such as ID3 frames
or MP4 atoms is stored uncompressed and is found that way. What stays unread is compressed or encrypted
content of a format we cannot parse; ``FileReading.unread`` says where.

Runs in the intake worker processes (vault/intake/examine.py) for received files, and in-process for
the outputs Fieldvault itself builds (drafts, annexes, photo exports).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from vault.guard.leakguard import TextPart
from vault.intake import detect
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.archives import zip_outside_members
from vault.readers.base import MAX_DEPTH, MAX_EMBEDDED_BYTES, MAX_PART_CHARS, Embedded, Reading

MAX_STRINGS_CHARS = 4 * 1024 * 1024  # printable runs kept from one file's raw bytes
RUNS_WINDOW = 1024 * 1024  # raw bytes read for runs at a time (even: UTF-16 keeps its alignment)
RUNS_OVERLAP = 256  # a run across a window's end is read whole up to this many bytes past it
ZIP_MAX_MEMBERS = 5_000
ZIP_MAX_TOTAL = 256 * 1024**2
_ICC_SIGNATURE = b"acsp"
# XLSX header and footer formatting codes (&C, &"Arial,Bold", &12, &K00FF00, &P …), glued to the words.
_HEADER_FOOTER = ("Header", "Footer")
_HF_CODE = re.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|K\d{2}[+-]\d{3}|[A-Za-z&])')
_MIME_HEADER = re.compile(rb"(?im)^content-(?:type|transfer-encoding)[ \t]*:")
# Handlers of tracks whose samples are text (QuickTime text, 3GPP/MP4 timed text, subtitles, captions).
_TEXT_HANDLERS = frozenset({b"text", b"sbtl", b"subt", b"clcp", b"tx3g", b"wvtt"})
ZIP_END = b"PK\x05\x06"  # a zip's end-of-central-directory record, which unzip looks for at the end
# A PDF object's header ("12 0 obj"): poppler (pdftotext, Evince, Okular) opens a file whose PDF header
# is missing or past its first 1,024 bytes, finding the objects wherever they are by scanning for these.
# PDF white-space, and what pdf.js's object pattern takes for it too (\v, no-break space), made a space
_PDF_SPACES = bytes.maketrans(b"\0\t\n\v\f\r\xa0", b"       ")
_PDF_OBJECT = re.compile(rb"\d +\d+ +obj")
PDF_OBJECT_EDGE = 40  # bytes of one chunk kept before the next: an object's header across the edge
MAX_PDF_CHECKS = 10_000  # " obj" looked at in one call; more is taken for objects (never minutes spent)


@dataclass
class FileReading:
    """Every text part of one file and of the files inside it; ``unread``: places not read in full."""

    parts: list[TextPart] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    # Media payload the raw-bytes budget left unread, of an audio or video file whose container was read
    # in full: not ``unread`` (vault/guard/gate.py, the one exception).
    payload: list[str] = field(default_factory=list)


def raw_strings(data: bytes, label: str, unread: list[str] | None = None) -> list[TextPart]:
    """Every readable run of the raw bytes, as text, up to ``MAX_STRINGS_CHARS`` (the reading of last
    resort; vault/readers/image). Read window by window, from both ends inwards: what a format keeps
    about itself is often at the end (a phone video's ``moov`` box, an ID3v1 tag, a zip directory), and
    a large binary (a megabyte of random bytes still reads as some 680,000 characters of short runs)
    costs only what the runs read until the limit cost, in time and memory. Where the limit cut the
    reading is said in ``unread``."""
    from vault.readers.image.textruns import c_strings, runs

    strings = c_strings(data)  # the whole file's C strings first: cheap, and no window misses them
    count = -(-len(data) // RUNS_WINDOW)
    both_ends = (i for pair in zip(range(count), reversed(range(count)), strict=True) for i in pair)
    texts = [strings] if strings else []
    size = len(strings)
    for window in dict.fromkeys(both_ends):  # 0, last, 1, last but one, … each once
        if size > MAX_STRINGS_CHARS:
            break
        start = window * RUNS_WINDOW
        # A run across the window's end is read whole (up to RUNS_OVERLAP bytes past it).
        text = runs(data[start : start + RUNS_WINDOW + RUNS_OVERLAP], every_script=True)
        if text:
            texts.append(text)
            size += len(text) + 1
    joined = "\n".join(texts)
    if len(joined) > MAX_STRINGS_CHARS and unread is not None:  # windows not read, or text cut off
        unread.append(Text("raw bytes past {mib} MiB of text", mib=MAX_STRINGS_CHARS // 2**20))
    joined = joined[:MAX_STRINGS_CHARS]
    return [TextPart(label, joined)] if joined else []


def _reader(media_type: str, data: bytes) -> Callable[[bytes], Reading] | None:
    if media_type == detect.UNKNOWN:
        from vault.readers.archives import compressed_reader

        found = compressed_reader(data)
        if found is not None:
            return found
    if media_type in detect.IMAGES:
        from vault.readers.image import read_image

        return read_image
    if media_type == detect.PDF:
        from vault.readers.pdf import read_pdf

        return read_pdf
    if media_type == detect.DOCX:
        from vault.readers.docx import read_docx

        return read_docx
    if media_type == detect.EML:
        from vault.readers.mail import read_eml

        return read_eml
    if media_type == detect.MSG:
        from vault.readers.outlook import read_msg

        return read_msg
    if media_type in detect.MEDIA:
        from vault.readers.media import read_media

        return read_media
    if media_type in (detect.ZIP, detect.XLSX, detect.ODS):
        return read_zip
    if media_type == detect.TEXT:
        return read_text
    if data[36:40] == _ICC_SIGNATURE:
        from vault.readers.image import read_icc

        return read_icc
    return None


def read_text(data: bytes) -> Reading:
    """A plain-text file, whole."""
    from vault.readers.textforms import also_as

    reading = Reading()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace").replace("\x00", "")
    reading.add(Text("text"), text)
    for where, form in also_as(data, text):  # HTML, RTF, a contact card's folded lines
        reading.add(where, form)
    return reading


def xml_text(data: bytes) -> str:
    """Every text node and attribute value of an XML document, one per line (ValueError if unsafe)."""
    refuse_declarations(data, Text("the XML"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError("not well-formed XML") from exc
    lines: list[str] = []
    for element in root.iter():
        if isinstance(element.tag, str) and element.text and element.text.strip():
            lines.append(element.text)
            if element.tag.endswith(_HEADER_FOOTER):  # a spreadsheet's header: its codes apart
                lines.append(_HF_CODE.sub(" ", element.text))
        lines += [str(v) for v in element.attrib.values() if str(v).strip()]
        if element.tail and element.tail.strip():
            lines.append(element.tail)
    return "\n".join(lines)


def read_zip(data: bytes) -> Reading:
    """A zip archive (spreadsheets, presentations, OpenDocument, plain archives): every member."""
    reading = Reading()
    count = detect.zip_entry_count(data)
    if count is None or count > ZIP_MAX_MEMBERS:
        reading.unread.append(Text("zip directory (missing, or too many members)"))
        return reading
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > ZIP_MAX_TOTAL or any(m.flag_bits & 0x1 for m in members):
                reading.unread.append(Text("zip members (encrypted, or too large to unpack safely)"))
                return reading
            for n, info in enumerate(members, 1):
                _zip_member(reading, archive, info, n)
            zip_outside_members(reading, data, archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        reading.unread.append(Text("zip structure (damaged)"))
    return reading


def _zip_member(reading: Reading, archive: zipfile.ZipFile, info: zipfile.ZipInfo, n: int) -> None:
    # A member's name is chosen by whoever made the archive: it is content, never a location.
    where = Text("zip member {n}", n=n)
    reading.add(Text("zip member {n} name", n=n), info.filename)
    if info.is_dir():
        return
    member = archive.read(info)
    if info.filename.lower().endswith((".xml", ".rels", ".xhtml", ".svg")):
        try:
            reading.add(where, xml_text(member))
            return
        except ValueError:
            reading.unread.append(where)
    reading.embedded.append(Embedded(where, member))


def nested(outer: str, inner: str) -> Text:
    return Text("{outer}, {inner}", outer=outer, inner=inner)


def read_file(data: bytes, *, depth: int = 0, budget: list[int] | None = None) -> FileReading:
    """Every located text part of ``data`` and of the files inside it. Never raises for bad input."""
    budget = budget if budget is not None else [MAX_EMBEDDED_BYTES]
    out = FileReading()
    media_type = detect.media_type(data)
    reader = _reader(media_type, data)
    reading = Reading()
    if reader is not None:
        try:
            reading = reader(data)
        except Exception:  # noqa: BLE001 - a hostile file may trip anything inside a parser
            reading = Reading(unread=[Text("the file (its structure could not be parsed)")])
    if media_type in (detect.EML, detect.MSG, detect.OLE) and b"%PDF-" in data[:1024]:
        reading = _also_as_pdf(data, reading)
    if media_type == detect.TEXT and _MIME_HEADER.search(data):
        reading = _also_as_mail(data, reading)
    if media_type in detect.MEDIA:
        reading = _also_as_document(data, reading)
    out.parts += reading.parts
    out.unread += reading.unread
    if media_type in detect.MEDIA and not reading.unread:
        _media_runs(data, media_type, out)
    elif media_type == detect.MSG and not reading.unread:
        # An Outlook message's bytes outside its streams (past a stream's end, free sectors) as well; its
        # large attached files are read whole by their own readers below, not again as raw bytes here
        # (a scanned annex of 20 MB would otherwise exhaust the budget and refuse the message).
        from vault.readers.outlook import without_attachment_data

        rest = without_attachment_data(data, RUNS_OVERLAP)
        out.parts += raw_strings(rest, Text("raw bytes"), out.unread)
    elif reader is None or reading.unread or media_type in (*detect.MEDIA, detect.MSG):
        out.parts += raw_strings(data, Text("raw bytes"), out.unread)
    elif media_type == detect.UNKNOWN:  # a compressed file (or an ICC profile): its header's names too
        out.parts += raw_strings(data[:65536], Text("raw bytes (file header)"))
    for inner in reading.embedded:
        if depth + 1 > MAX_DEPTH or len(inner.data) > budget[0]:
            out.unread.append(inner.location)
            out.parts += raw_strings(inner.data[:MAX_PART_CHARS], inner.location)
            continue
        budget[0] -= len(inner.data)
        inside = read_file(inner.data, depth=depth + 1, budget=budget)
        out.parts += [TextPart(nested(inner.location, p.location), p.text) for p in inside.parts]
        out.unread += [nested(inner.location, u) for u in inside.unread]
        out.payload += [nested(inner.location, u) for u in inside.payload]
    return out


def _media_runs(data: bytes, media_type: str, out: FileReading) -> None:
    """The raw runs of an audio or video file whose container reader read its whole structure: every
    byte outside the media payload (a movie's ``mdat`` boxes) is read under the strict budget (past it:
    ``unread``); the payload's runs after it, past the budget only ``payload`` (vault/guard/gate.py)."""
    if media_type in detect.MOVIES:
        structure, payload = _movie_split(data)
        out.parts += raw_strings(structure, Text("raw bytes"), out.unread)
        if payload:
            past = out.unread if has_text_track(structure) else out.payload
            out.parts += raw_strings(payload, Text("media data raw bytes"), past)
        return
    out.parts += raw_strings(data, Text("raw bytes"), out.payload)


def has_text_track(structure: bytes) -> bool:
    """Whether a movie's structure (its bytes outside ``mdat``) declares a track of text: subtitles,
    captions, chapter titles. Its samples are text in the media payload, never media: where the raw
    budget ends before them, that is unread, not payload."""
    at = structure.find(b"hdlr")
    while at >= 0:
        if structure[at + 12 : at + 16] in _TEXT_HANDLERS:
            return True
        at = structure.find(b"hdlr", at + 4)
    return False


def _movie_split(data: bytes) -> tuple[bytes, bytes]:
    """A movie's bytes outside its top-level ``mdat`` boxes, and theirs (a box that does not parse ends
    the walk: the rest counts as structure; without a top-level ``moov`` there is no movie, and all of
    it is structure)."""
    structure: list[bytes] = []
    payload: list[bytes] = []
    at = 0
    while at + 8 <= len(data):
        size, kind = int.from_bytes(data[at : at + 4], "big"), data[at + 4 : at + 8]
        header = 8
        if size == 1 and at + 16 <= len(data):
            size, header = int.from_bytes(data[at + 8 : at + 16], "big"), 16
        elif size == 0:
            size = len(data) - at
        if size < header or at + size > len(data):
            break
        if kind == b"mdat":
            structure.append(data[at : at + header])
            payload.append(data[at + header : at + size])
        else:
            structure.append(data[at : at + size])
        at += size
    structure.append(data[at:])
    if not any(piece[4:8] == b"moov" for piece in structure):
        return data, b""
    return b"".join(structure), b"".join(payload)


def _also_as_mail(data: bytes, reading: Reading) -> Reading:
    """Text that holds MIME headers (a message saved with something before its headers, a digest, a
    message pasted into a note) is also read as a message, so its encoded parts are read decoded."""
    from vault.readers.mail import read_eml

    start = _MIME_HEADER.search(data)
    try:
        as_mail = read_eml(data[_line_start(data, start.start()) if start else 0 :])
    except Exception:  # noqa: BLE001 - a hostile file may trip anything inside a parser
        return reading
    return Reading(reading.parts + as_mail.parts, reading.embedded + as_mail.embedded, reading.unread)


def _line_start(data: bytes, at: int) -> int:
    """Where the header block holding ``at`` begins (the line after the last blank line before it)."""
    unix, windows = data.rfind(b"\n\n", 0, at), data.rfind(b"\n\r\n", 0, at)
    if unix < 0 and windows < 0:
        return 0
    return unix + 2 if unix > windows else windows + 3


def _also_as_document(data: bytes, reading: Reading) -> Reading:
    """Audio or video that PDF readers open as a PDF (its header in the first 1,024 bytes: a movie may
    begin with its media data; for poppler, PDF objects anywhere in it) or unzip as an archive (a zip
    directory at its end, after the frames): read as that too, since its media payload is read for raw
    runs only (compressed text has none)."""
    if b"%PDF-" in data[:1024] or pdf_objects(data):
        as_pdf = _also_as_pdf(data, Reading())
        if not as_pdf.parts and not as_pdf.embedded:
            as_pdf.unread.append(Text("the file as a PDF (PDF readers open it)"))
        reading = Reading(reading.parts + as_pdf.parts, reading.embedded + as_pdf.embedded,
                          reading.unread + as_pdf.unread)  # fmt: skip
    if detect.zip_entry_count(data) is not None:
        as_zip = read_zip(data)
        reading = Reading(reading.parts + as_zip.parts, reading.embedded + as_zip.embedded,
                          reading.unread + as_zip.unread)  # fmt: skip
    return reading


def pdf_objects(data: bytes) -> bool:
    """Whether ``data`` holds a PDF object's header anywhere (poppler opens such a file as a PDF)."""
    checks = 0
    for start in range(0, len(data), RUNS_WINDOW):  # a window at a time: no copy of a whole movie
        window = data[max(0, start - PDF_OBJECT_EDGE) : start + RUNS_WINDOW].translate(_PDF_SPACES)
        at = window.find(b" obj")
        while at >= 0:
            checks += 1
            if checks > MAX_PDF_CHECKS or _PDF_OBJECT.search(window, max(0, at - PDF_OBJECT_EDGE), at + 4):
                return True
            at = window.find(b" obj", at + 4)
    return False


def _also_as_pdf(data: bytes, reading: Reading) -> Reading:
    """A message (an e-mail, or a compound file such as an Outlook message) that PDF readers would open
    as a PDF (its header is in the first 1,024 bytes) is read as both: what one program shows of it is
    not what another does."""
    from vault.readers.pdf import read_pdf

    try:
        as_pdf = read_pdf(data)
    except Exception:  # noqa: BLE001 - a hostile file may trip anything inside a parser
        return reading
    return Reading(reading.parts + as_pdf.parts, reading.embedded + as_pdf.embedded, reading.unread)


class ChunkRuns:
    """The printable runs of a file too large to hold in memory, fed chunk by chunk (nothing parsed),
    up to four times ``MAX_STRINGS_CHARS``: past that budget, chunks fed are not read and where it
    ended is said in ``reading.unread`` (``full`` turns true)."""

    def __init__(self) -> None:
        self.reading = FileReading()
        self.full = False
        self._size = 0
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        if self.full:
            return
        block = self._tail + chunk
        self._tail = block[-RUNS_OVERLAP:]  # a run across two chunks is found whole (and its end once more)
        cut: list[str] = []
        for part in raw_strings(block, Text("raw bytes"), cut):
            self._size += len(part.text)
            if self._size > MAX_STRINGS_CHARS * 4:
                cut.append(part.location)
                break
            self.reading.parts.append(part)
        if cut:  # past the budget, or one block's text cut off
            mib = MAX_STRINGS_CHARS * 4 // 2**20
            self.reading.unread.append(Text("raw bytes past {mib} MiB of text", mib=mib))
            self.full = True


def read_chunks(chunks: Iterable[bytes]) -> FileReading:
    """A file too large to hold in memory, read as printable runs chunk by chunk (nothing parsed)."""
    runs = ChunkRuns()
    for chunk in chunks:
        runs.feed(chunk)
        if runs.full:
            break
    return runs.reading


def parts_of(data: bytes, label: str) -> list[TextPart]:
    """Every text part of ``data`` (and the files inside it), each located under ``label``."""
    return [TextPart(nested(label, p.location), p.text) for p in read_file(data).parts]
