"""PNG files: text chunks (tEXt, zTXt, iTXt, ImageMagick's hex "raw profile" text decoded), eXIf,
iCCP, sPLT and unknown chunks, and whatever follows IEND."""

from __future__ import annotations

import struct

from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.values import _text


class _Png(_ReaderCore):
    """PNG chunks."""

    def png(self, data: bytes) -> None:
        at, number = 8, 0
        while at + 8 <= len(data):
            length, kind = struct.unpack_from(">I4s", data, at)
            start, at = at + 8, at + 12 + length
            number += 1
            if kind in (b"IDAT", b"fdAT"):
                continue
            body = data[start : start + length]
            if len(body) < length:
                self.out.unread.append(Text("PNG chunk {number} (truncated)", number=number))
            self._png_chunk(kind, body, number)
            if kind == b"IEND":
                break
        if at < len(data):
            self.trailer(data, at)

    def _png_chunk(self, kind: bytes, body: bytes, number: int) -> None:
        where = Text("PNG {chunk} chunk {number}", chunk=kind.decode("latin-1"), number=number)
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            keyword, _, rest = body.partition(b"\x00")
            key = keyword.decode("latin-1")
            if kind == b"tEXt":
                value, header = rest, key
            elif kind == b"zTXt":
                value, header = self.inflate(rest[1:], where), key
            else:
                compressed = rest[:1] == b"\x01"
                language, _, rest = rest[2:].partition(b"\x00")
                translated, _, value = rest.partition(b"\x00")
                if compressed:
                    value = self.inflate(value, where)
                header = " ".join(_text(t) for t in (keyword, language, translated) if t)
            if key == "XML:com.adobe.xmp":
                self.nested(where, value, self.xmp)
                return
            if kind != b"iTXt" and self._raw_profile(key, value, where):
                return
            text = value.decode("utf-8", "replace") if kind == b"iTXt" else value.decode("latin-1")
            self.add(where, f"{header}: {text}")
        elif kind == b"eXIf":
            self.exif(body)
        elif kind == b"iCCP":
            name, _, rest = body.partition(b"\x00")
            self.add(Text("PNG iCCP profile name"), _text(name))
            self.nested(where, self.inflate(rest[1:], where), self.icc)
        elif kind == b"sPLT":
            self.add(where, _text(body.partition(b"\x00")[0]))
        elif kind not in (b"IHDR", b"PLTE", b"tRNS", b"cHRM", b"gAMA", b"sBIT", b"sRGB", b"bKGD", b"hIST",
                          b"pHYs", b"tIME", b"acTL", b"fcTL", b"cICP", b"mDCV", b"cLLI", b"mDCv", b"cLLi",
                          b"IEND"):  # fmt: skip
            where = Text("PNG chunk {number}", number=number)  # an unknown type: its name is the author's
            self.add_runs(where, body, _text(kind))

    def _raw_profile(self, key: str, value: bytes, where: Text) -> bool:
        """ImageMagick's "Raw profile type exif/iptc/xmp/icc/8bim" text chunks hold hex: decoded and read."""
        if not key.startswith("Raw profile type "):
            return False
        fields = value.split(None, 2)
        if len(fields) < 3:
            return False
        try:
            blob = bytes.fromhex(fields[2].decode("ascii"))
        except ValueError:
            return False
        kind = key[len("Raw profile type ") :].lower()
        if kind in ("exif", "app1") and not blob.startswith(b"http://"):
            self.exif(blob)
        elif kind in ("xmp", "app1"):
            self.nested(where, blob.partition(b"\x00")[2] if blob.startswith(b"http://") else blob, self.xmp)
        elif kind in ("icc", "icm"):
            self.nested(where, blob, self.icc)
        elif kind in ("8bim", "iptc") and blob.startswith(b"8BIM"):
            self.nested(where, blob, self.photoshop)
        elif kind == "iptc":
            self.nested(where, blob, self.iptc)
        else:
            self.add_runs(where, blob)
        return True
