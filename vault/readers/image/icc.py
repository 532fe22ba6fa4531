"""ICC colour profiles: the header signatures, every tag's text ('desc', 'mluc' in every language,
'text', 'utf8' ... and the readable runs of any other type but the numeric ones), a private tag's
signature in the text, and the bytes no tag claims."""

from __future__ import annotations

import struct

from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.textruns import runs
from vault.readers.image.values import _text, _u32, _utf16, _words

# Registered ICC tag signatures (ICC.1:2022 and the common private Apple ones): safe to name.
_ICC_TAGS = _words(
    "A2B0 A2B1 A2B2 A2B3 A2M0 B2A0 B2A1 B2A2 B2A3 B2D0 B2D1 B2D2 B2D3 D2B0 D2B1 D2B2 D2B3 bXYZ bTRC bfd "
    "bkpt calt chad chrm cicp ciis clro clrt clot crdi cprt desc devs dmnd dmdd dscm gamt gTRC gXYZ kTRC "
    "lumi meas meta mmod ncl2 ncol pre0 pre1 pre2 ps2i ps2s psd0 psd1 psd2 psd3 pseq psid resp rTRC rXYZ "
    "rig0 rig2 scrd scrn targ tech vcgt view vued wtpt aabg aagg aarg arts"
) | {"bfd "}
_ICC_NUMERIC = frozenset(
    {b"curv", b"para", b"XYZ ", b"sf32", b"mft1", b"mft2", b"mAB ", b"mBA ", b"chrm", b"meas", b"view",
     b"dtim", b"ui08", b"ui16", b"ui32", b"ui64", b"uf32", b"vcgt", b"mpet", b"clro", b"cicp"}
)  # fmt: skip


class _Icc(_ReaderCore):
    """ICC profiles."""

    def icc(self, data: bytes) -> None:
        if len(data) < 132:
            raise ValueError("too short for an ICC profile")
        header = [data[at : at + 4] for at in (4, 12, 16, 20, 40, 48, 52, 80)]
        signatures = [_text(s).strip() for s in header if s.strip(b"\x00 ")]
        self.add(Text("ICC profile header"), " ".join(s for s in signatures if s))
        count = min(_u32(data, 128), (len(data) - 132) // 12)
        covered = [(0, 132 + 12 * count)]
        done: dict[tuple[int, int], str] = {}
        for index in range(count):
            signature, offset, size = struct.unpack_from(">4sII", data, 132 + 12 * index)
            tag = signature.decode("latin-1")
            if tag in _ICC_TAGS:
                where, prefix = Text("ICC profile tag {tag}", tag=tag), ""
            else:  # a private tag: its signature is the author's choice, so it goes into the text
                where = Text("ICC profile private tag {number}", number=index + 1)
                prefix = _text(signature) + ": "
            if offset >= len(data) or offset + size > len(data):
                self.out.unread.append(Text("{where} (out of range)", where=where))
            body = data[offset : offset + size]
            covered.append((offset, offset + len(body)))
            if (offset, size) not in done:
                if not self.spend(len(body)):
                    return
                done[(offset, size)] = self._icc_tag(body)
            text = done[(offset, size)]
            if text.strip():
                self.add(where, prefix + text)
        covered.sort()
        gaps: list[bytes] = []
        end = 0
        for begin, stop in covered:
            if begin > end:
                gaps.append(data[end:begin])
            end = max(end, stop)
        gaps.append(data[end:])
        self.add_runs(Text("ICC profile bytes outside any tag"), b"\x00".join(gaps))

    def _icc_tag(self, body: bytes) -> str:
        kind = body[:4]
        if kind == b"desc":  # textDescriptionType: ASCII, then Unicode, then Macintosh ScriptCode
            count = _u32(body, 8)
            texts = [_text(body[12 : 12 + count])]
            at = 12 + count
            if at + 8 <= len(body):
                chars = _u32(body, at + 4)
                texts.append(_utf16(body[at + 8 : at + 8 + 2 * chars], True))
                at += 8 + 2 * chars
                if at + 3 <= len(body):
                    texts.append(
                        body[at + 3 : at + 3 + min(body[at + 2], 67)].decode("mac_roman").strip("\x00")
                    )
            return "\n".join(dict.fromkeys(t.strip() for t in texts if t.strip()))
        if kind in (b"mluc", b"mlu2"):  # multiLocalizedUnicodeType: UTF-16BE, one record per language
            records, record_size = _u32(body, 8), max(_u32(body, 12), 12)
            records = min(records, max(0, (len(body) - 16) // record_size))
            texts = []
            for i in range(records):
                length, offset = struct.unpack_from(">II", body, 16 + i * record_size + 4)
                texts.append(_utf16(body[offset : offset + length], True).strip())
            return "\n".join(dict.fromkeys(t for t in texts if t))
        if kind == b"text":
            return _text(body[8:])
        if kind == b"utf8":
            return body[8:].decode("utf-8", "replace").replace("\x00", "\n")
        if kind == b"ut16":
            return _utf16(body[8:], True)
        if kind == b"zut8":
            return self.inflate(body[8:], Text("an ICC profile tag")).decode("utf-8", "replace")
        if kind == b"sig ":
            return _text(body[8:12])
        if kind in _ICC_NUMERIC:
            return ""
        return runs(body)  # namedColor2, colorantTable, profileSequenceDesc, dict, anything else
