"""What a file is, decided from its bytes (magic numbers), never from its name.

A file named ``invoice.pdf`` that holds a JPEG is examined as a JPEG; a file whose bytes match nothing
we read is stored and left unexamined. Only the first bytes and, for zip archives, the zip directory
are looked at here.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
HEIC = "image/heic"
AVIF = "image/avif"
WEBP = "image/webp"
GIF = "image/gif"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ZIP = "application/zip"
OLE = "application/x-ole-storage"  # legacy .doc/.xls: stored, not examined
EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"
MP4 = "video/mp4"
QUICKTIME = "video/quicktime"
THREE_GP = "video/3gpp"
M4A = "audio/mp4"
WEBM = "video/webm"
MATROSKA = "video/x-matroska"
OGG = "audio/ogg"
MP3 = "audio/mpeg"
AAC = "audio/aac"
WAV = "audio/wav"
AMR = "audio/amr"
FLAC = "audio/flac"
TEXT = "text/plain"
UNKNOWN = "application/octet-stream"

IMAGES = frozenset({JPEG, PNG, TIFF, HEIC, AVIF, WEBP, GIF})
MOVIES = frozenset({MP4, QUICKTIME, THREE_GP, M4A})  # ISO base media boxes
MEDIA = MOVIES | {WEBM, MATROSKA, OGG, MP3, AAC, WAV, AMR, FLAC}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_EOCD = b"PK\x05\x06"
_MSG_MARKER = "__substg1.0_".encode("utf-16-le")  # an OLE directory naming MAPI property streams
_HEADER_LINE = re.compile(rb"^([A-Za-z0-9-]{1,76}):[ \t]?[^\r\n]*\r?$")
_MAIL_HEADERS = frozenset({b"from", b"to", b"cc", b"date", b"subject", b"message-id", b"mime-version",
                           b"received", b"return-path", b"delivered-to", b"reply-to", b"sender"})  # fmt: skip


def media_type(data: bytes) -> str:
    """The media type of ``data`` judged from its content."""
    head = data[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _AVIF_BRANDS:
            return AVIF
        if brand in _HEIF_BRANDS:
            return HEIC
        return _movie(brand)
    if (
        head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")
        and head[:4] != b"\x00\x00\x00\x00"
    ):
        return QUICKTIME  # a QuickTime movie written without a file type box
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    audio = _audio(data)
    if audio is not None:
        return audio
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    # Before the PDF rule: a message whose first part is an unencoded PDF is still a message, and so is
    # an Outlook message whose first sectors hold an attached PDF (the outbound gate reads either as a
    # PDF as well: vault/readers/files.py).
    if looks_like_email(data):
        return EML
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return MSG if _MSG_MARKER in data else OLE
    # The PDF specification lets readers accept the header anywhere in the first 1,024 bytes.
    if b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if _looks_like_text(data):
        return TEXT
    return UNKNOWN


def zip_entry_count(data: bytes) -> int | None:
    """The entry count the zip's end-of-central-directory record declares (None: no such record).

    Read before ``zipfile`` builds its table, so a directory declaring millions of entries is refused
    without allocating one object per entry. 0xFFFF means a Zip64 archive, reported as such.
    """
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at < 0 or at + 22 > len(data):
        return None
    (total,) = struct.unpack_from("<H", data, at + 10)
    return int(total)


def _zip_kind(data: bytes) -> str:
    """DOCX, XLSX or ODS by the package's members (or its stored mimetype), else a plain zip."""
    if data[30:38] == b"mimetype" and data[38:84].startswith(ODS.encode()):
        return ODS
    count = zip_entry_count(data)
    names: set[str] = set()
    if count is not None and count < 0xFFFF:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            names = set()
    if names:
        if "word/document.xml" in names:
            return DOCX
        return XLSX if "xl/workbook.xml" in names else ZIP
    # Not a zip we can list cheaply (Office never writes Zip64 for documents): judge by the first local
    # header's name, which Office writes as [Content_Types].xml.
    if b"[Content_Types].xml" in data[:200]:
        if b"word/" in data:
            return DOCX
        if b"xl/" in data:
            return XLSX
    return ZIP


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if not sample or b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sample's end is still text.
        return exc.start >= len(sample) - 3
    return True


def looks_like_email(data: bytes) -> bool:
    """Text that opens with an RFC 5322 header block (an mbox "From " line allowed first) naming at
    least two of the headers every mail program writes (From, Date, Subject, Received, …)."""
    lines = data[:16384].split(b"\n")
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]
    known = 0
    for line in lines[:200]:
        if line in (b"", b"\r"):
            break
        if line[:1] in (b" ", b"\t"):
            continue  # a folded header's continuation
        found = _HEADER_LINE.match(line)
        if found is None:
            return False
        known += found.group(1).lower() in _MAIL_HEADERS
    return known >= 2


def _movie(brand: bytes) -> str:
    if brand.startswith(b"qt"):
        return QUICKTIME
    if brand.startswith(b"3g"):
        return THREE_GP
    if brand in (b"M4A ", b"M4B ", b"M4P "):
        return M4A
    return MP4


def _audio(data: bytes) -> str | None:
    head = data[:64]
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM if b"webm" in data[:64] else MATROSKA
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return WAV
    if head.startswith((b"#!AMR\n", b"#!AMR-WB\n")):
        return AMR
    if head.startswith(b"fLaC"):
        return FLAC
    at = 0
    if head.startswith(b"ID3") and len(head) >= 10:
        at = 10 + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F))
    found = _frames(data, at)
    return MP3 if found is None and at else found  # an ID3 tag is an MP3's (its frames may be cut)


def _frames(data: bytes, at: int) -> str | None:
    """AAC (ADTS) or MPEG audio when two frame headers follow each other at ``at``."""
    from vault.intake.audio import mpeg_header  # here: detect stays light for every other file

    if at + 7 > len(data) or data[at] != 0xFF:
        return None
    if data[at + 1] & 0xF6 == 0xF0:  # ADTS: the layer bits are zero
        length = ((data[at + 3] & 3) << 11) | (data[at + 4] << 3) | (data[at + 5] >> 5)
        after = at + length
        if length >= 7 and (after == len(data) or data[after : after + 1] == b"\xff"):
            return AAC
        return None
    header = mpeg_header(data, at)
    if header is None:
        return None
    after = at + header[0]
    if after >= len(data) or mpeg_header(data, after) is not None or at > 0:
        return MP3
    return None
