"""Malformed and malicious evidence files, made in memory, beyond the ones tests/media.py already makes:
JPEGs claiming huge sizes or carrying huge or looping EXIF, TIFF directories that loop, PDFs with deep
nesting, absurd page counts, broken or missing cross-references, page trees that loop and streams that
inflate to a gigabyte, DOCX files with path-traversal members, external entities and deep XML.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from tests import media


def _segments(jpeg: bytes) -> list[tuple[int, int]]:
    """(offset, marker) of each JPEG segment before the scan data."""
    found, at = [], 2
    while at + 4 <= len(jpeg) and jpeg[at] == 0xFF:
        marker = jpeg[at + 1]
        found.append((at, marker))
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", jpeg[at + 2 : at + 4])
        at += 2 + length
    return found


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims ``width`` x ``height`` pixels."""
    data = bytearray(media.jpeg(64, 48))
    for at, marker in _segments(bytes(data)):
        if marker in (0xC0, 0xC2):
            data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def jpeg_with_app1(payload: bytes, copies: int = 1) -> bytes:
    """A JPEG with ``copies`` APP1 segments holding ``payload`` (cut to a segment's 65,533 bytes)."""
    base = media.jpeg(64, 48, exif_data=media.exif(gps=None))
    segment = payload[:65533]
    app1 = (b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment) * copies
    return base[:2] + app1 + base[2:]


def huge_exif() -> bytes:
    """EXIF with a 60 KB user comment, in 40 segments (2.4 MB of metadata around a tiny picture)."""
    block = media.exif(gps=None)
    block.get_ifd(0x8769)[0x9286] = b"ASCII\0\0\0" + b"A" * 60_000
    return jpeg_with_app1(b"Exif\0\0" + block.tobytes(), copies=40)


def _tiff_ifd(entries: list[tuple[int, int, int, int]], next_ifd: int) -> bytes:
    body = struct.pack("<H", len(entries))
    body += b"".join(struct.pack("<HHII", tag, kind, count, value) for tag, kind, count, value in entries)
    return body + struct.pack("<I", next_ifd)


def exif_loop() -> bytes:
    """EXIF whose IFD0 names itself as the next IFD and as its Exif sub-IFD (a parser loop)."""
    tiff = b"II*\0" + struct.pack("<I", 8) + _tiff_ifd([(0x010F, 2, 4, 0x414141), (0x8769, 4, 1, 8)], 8)
    return jpeg_with_app1(b"Exif\0\0" + tiff)


def exif_overclaiming() -> bytes:
    """EXIF whose IFD declares 65,535 entries, and entries whose data lies far past the block."""
    tiff = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", 0xFFFF)
    tiff += struct.pack("<HHII", 0x010F, 2, 0x7FFFFFFF, 0x7FFFFFF0) * 20
    return jpeg_with_app1(b"Exif\0\0" + tiff)


def tiff_ifd_loop() -> bytes:
    """A TIFF image whose next-IFD offset points back at its first IFD."""
    data = bytearray(media.tiff(32, 24))
    (first,) = struct.unpack("<I", data[4:8])
    (count,) = struct.unpack("<H", data[first : first + 2])
    data[first + 2 + 12 * count : first + 6 + 12 * count] = struct.pack("<I", first)
    return bytes(data)


# --- PDFs ----------------------------------------------------------------------------------------------


def _pdf(objects: list[bytes], root: int = 1, *, xref: bool = True) -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, start)
    return bytes(out)


_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def pdf_deep_nesting(depth: int = 200_000) -> bytes:
    """A page whose dictionary holds an array nested ``depth`` levels deep."""
    nested = b"[" * depth + b"]" * depth
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Deep " + nested + b" >>"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page])


def pdf_claiming_pages(count: int = 2_147_483_647) -> bytes:
    """One real page under a page tree that claims ``count`` pages."""
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, _PAGE])


def pdf_many_pages(count: int = 6_000) -> bytes:
    """``count`` real, empty pages (more than intake reads text from)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    pages = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, *[_PAGE] * count])


def pdf_page_tree_loop() -> bytes:
    """A page tree whose node lists itself (and its parent) among its kids."""
    pages = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
    inner = b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, inner])


def pdf_broken_xref() -> bytes:
    """A generated PDF whose cross-reference offsets all point to the wrong place."""
    data = media.pdf(("Shipping manifest", "page two"))
    at = data.rindex(b"xref")
    table = data[at:].split(b"\n")
    broken = [b"%010d 00000 n " % (7 * i) if line.endswith(b" n ") else line for i, line in enumerate(table)]
    return data[:at] + b"\n".join(broken)


def pdf_without_xref() -> bytes:
    """Objects, a trailer and a start pointer, but no cross-reference table at all."""
    return _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE],
        xref=False,
    )


def pdf_stream_bomb(megabytes: int = 1024) -> bytes:
    """A page whose content stream is ~1 MB of deflate that inflates to ``megabytes`` MiB."""
    compressor = zlib.compressobj(9)
    block = b" " * (1024 * 1024)
    body = b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>"
    return _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, stream]
    )


# --- DOCX ----------------------------------------------------------------------------------------------


def docx_traversal_members() -> bytes:
    """A valid DOCX that also holds members named to escape any folder it is unpacked into."""
    return media.rezip(
        media.docx_file(),
        add={"../../evil.txt": b"escaped", "/tmp/abs-evil.txt": b"absolute", "word/../../../up.txt": b"up"},
    )


def _replace_document(xml: bytes) -> bytes:
    return media.rezip(media.docx_file(), replace={"word/document.xml": xml})


def docx_external_entity() -> bytes:
    """document.xml declares an external entity reading a local file (XXE)."""
    with zipfile.ZipFile(io.BytesIO(media.docx_file())) as archive:
        xml = archive.read("word/document.xml").decode()
    body = xml[xml.index("?>") + 2 :] if xml.startswith("<?xml") else xml
    dtd = '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    return _replace_document((dtd + body.replace("Note verbale", "&xxe; Note verbale", 1)).encode())


def docx_deep_xml(depth: int = 40_000) -> bytes:
    """document.xml nested ``depth`` elements deep (compressed under the zip-bomb ratio limit)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = f'<?xml version="1.0"?><w:document {ns}><w:body>' + "<w:p>" * depth + "</w:p>" * depth
    return _replace_document((xml + "</w:body></w:document>").encode())


def docx_bad_crc() -> bytes:
    """A DOCX whose document member fails its CRC check."""
    data = bytearray(media.docx_file())
    at = data.index(b"word/document.xml") + len(b"word/document.xml")
    data[at + 40] ^= 0xFF  # inside the compressed data of the first local entry of that name
    return bytes(data)
