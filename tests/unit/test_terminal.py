"""What the CLI prints is safe for a terminal: every invisible or reordering character is shown escaped,
judged by its Unicode category, and JSON output still parses to exactly what it said."""

from __future__ import annotations

import json
import unicodedata

import pytest

from app.entry.terminal import escape

# Characters a list would miss: zero-width (U+200B–200D), word joiner and invisible operators
# (U+2060–2064), deprecated format controls (U+206A–206F), annotation marks (U+FFF9–FFFB), tags.
HIDDEN = [
    *("\u200b", "\u200c", "\u200d", "\u2060", "\u2063", "\u2064", "\u206a", "\u206f", "\ufff9", "\ufffb"),
    *("\U000e0041", "\U000e007f", "\u202e", "\u2066", "\x1b", "\x7f", "\x85", "\u2028"),
]


@pytest.mark.parametrize("ch", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
def test_an_invisible_or_control_character_is_shown_escaped(ch: str) -> None:
    shown = escape(f"a{ch}b")
    assert ch not in shown
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp") for c in shown)
    assert json.loads(escape(json.dumps(f"a{ch}b", ensure_ascii=False))) == f"a{ch}b"


def test_ordinary_text_newlines_and_tabs_pass_through() -> None:
    text = "Réunion à Goma\tS-003\nمحمد 你好 🙂"
    assert escape(text) == text
