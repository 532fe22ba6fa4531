"""GIF files: comments, plain text and application extensions (XMP, ICC, any other application's data
with its identifier), unknown extensions, and whatever follows the trailer."""

from __future__ import annotations

from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.values import _text


class _Gif(_ReaderCore):
    """GIF blocks."""

    def gif(self, data: bytes) -> None:
        at = 13
        if data[10] & 0x80:
            at += 3 * (2 << (data[10] & 7))
        counts = {"comment": 0, "application": 0, "plain": 0, "other": 0}
        while at < len(data):
            block = data[at]
            if block == 0x3B:
                at += 1
                break
            if block == 0x2C:  # an image: descriptor, local colour table, LZW data
                flags = data[at + 9]
                at += 10 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0) + 1
                _, at = self._sub_blocks(data, at, keep=False)
            elif block == 0x21:
                label, at = data[at + 1], at + 2
                if label == 0xFE:
                    counts["comment"] += 1
                    text, at = self._sub_blocks(data, at)
                    self.add(Text("GIF comment {number}", number=counts["comment"]), _text(text))
                elif label == 0xFF:
                    counts["application"] += 1
                    at = self._gif_application(data, at, counts["application"])
                elif label == 0x01:
                    counts["plain"] += 1
                    at += 1 + data[at]  # the 12-byte text grid header
                    text, at = self._sub_blocks(data, at)
                    self.add(Text("GIF plain text {number}", number=counts["plain"]), _text(text))
                elif label == 0xF9:
                    _, at = self._sub_blocks(data, at, keep=False)
                else:
                    counts["other"] += 1
                    body, at = self._sub_blocks(data, at)
                    self.add_runs(Text("GIF extension {number}", number=counts["other"]), body)
            else:
                break
        if at < len(data):
            self.trailer(data, at)

    @staticmethod
    def _sub_blocks(data: bytes, at: int, keep: bool = True) -> tuple[bytes, int]:
        pieces: list[bytes] = []
        while at < len(data):
            size = data[at]
            if size == 0:
                return b"".join(pieces), at + 1
            if keep:
                pieces.append(data[at + 1 : at + 1 + size])
            at += 1 + size
        return b"".join(pieces), at

    def _gif_application(self, data: bytes, at: int, number: int) -> int:
        size = data[at]
        ident = data[at + 1 : at + 1 + size]
        begin = at + 1 + size
        body, end = self._sub_blocks(data, begin)
        where = Text("GIF application extension {number}", number=number)
        if ident == b"XMP DataXMP":  # raw XMP, then a 258-byte "magic trailer" that ends the sub-blocks
            raw = data[begin : end - 1]
            cut = raw.find(b"\x01\xff\xfe")
            self.nested(where, raw[:cut] if cut >= 0 else raw, self.xmp)
        elif ident == b"ICCRGBG1012":
            self.nested(where, body, self.icc)
        elif ident not in (b"NETSCAPE2.0", b"ANIMEXTS1.0"):
            self.add_runs(where, body, _text(ident))  # the identifier is the writer's choice
        return end
