"""What the CLI prints is made safe for a terminal: text from evidence (file names, metadata, notes) can
hold control characters that move the cursor or clear the screen (``ESC [2J``), and Unicode
bidirectional overrides that show ``payload\u202etxt.exe`` as ending in ``exe.txt``.

``SafeStream`` wraps stdout and stderr and writes each such character as the escape ``\\uXXXX``: visible
in text output, and inside a JSON string the very same character, so ``--json`` output parses to exactly
what it did. Newlines and tabs pass through.
"""

from __future__ import annotations

import re
from typing import TextIO

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]"
)


def escape(text: str) -> str:
    """``text`` with every terminal-unsafe character written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
