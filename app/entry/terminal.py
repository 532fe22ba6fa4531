"""What the CLI prints is made safe for a terminal: text from evidence (file names, metadata, notes) can
hold control characters that move the cursor or clear the screen (``ESC [2J``), and Unicode
bidirectional overrides that show ``payload\u202etxt.exe`` as ending in ``exe.txt``.

``SafeStream`` wraps stdout and stderr and writes each such character as the escape ``\\uXXXX``: visible
in text output, and inside a JSON string the very same character, so ``--json`` output parses to exactly
what it did. Newlines and tabs pass through. Characters are judged by their Unicode category, not from a
list: every control (Cc) and format character (Cf: bidi controls, zero-width spaces and joiners, word
joiners, invisible operators, interlinear annotation marks, tag characters…), line and paragraph
separators (Zl, Zp) and lone surrogates (Cs).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TextIO

_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


@functools.lru_cache(maxsize=4096)
def _shown(ch: str) -> str:
    if ch in "\n\t" or unicodedata.category(ch) not in _UNSAFE_CATEGORIES:
        return ch
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # as JSON writes it: a surrogate pair, each escaped
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def escape(text: str) -> str:
    """``text`` with every terminal-unsafe character written as ``\\uXXXX`` (a pair of them beyond U+FFFF)."""
    if text.isascii():
        return _ASCII_CONTROL.sub(lambda m: _shown(m.group()), text)
    return "".join(map(_shown, text))


class SafeStream:
    """A text stream that escapes terminal-unsafe characters before they reach ``target``."""

    def __init__(self, target: TextIO) -> None:
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(escape(text))
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()

    def fileno(self) -> int:
        return self.target.fileno()

    @property
    def encoding(self) -> str:
        return self.target.encoding
