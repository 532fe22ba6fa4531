"""StrengthMeter: a bar and a word saying roughly how hard a passphrase is to guess.

The estimate is deliberately simple and conservative: a passphrase of several words is valued by its
words (about 11 bits each, as if drawn from a 2,000-word list), anything else by its length and the
kinds of characters it uses, with repeats and runs discounted. It guides; the vault's own minimum
(vault.session.MIN_PASSPHRASE_CHARS) is what refuses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

_WORDS = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
LABELS = ("very weak", "weak", "fair", "strong", "very strong")
COLOURS = ("#b3261e", "#d9730d", "#c9a400", "#3b8a3e", "#1f6f3f")


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0..4

    @property
    def label(self) -> str:
        return LABELS[self.score]


def _char_bits(text: str) -> float:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 50
    distinct = 0
    prev = ""
    for c in text:
        if c != prev and (not prev or abs(ord(c) - ord(prev)) != 1):
            distinct += 1  # repeats ("aaaa") and runs ("abcd", "1234") count once
        prev = c
    return distinct * math.log2(max(pool, 2))


def estimate(text: str) -> Strength:
    words = _WORDS.findall(text)
    if len(words) >= 3:
        extras = {c for c in text if not c.isalpha() and not c.isspace()}
        bits = 11.0 * len({w.lower() for w in words}) + 3.0 * len(extras)
    else:
        # A dictionary-like word is worth about as much as one pick from a word list, not its letters.
        rest = _WORDS.sub("", text)
        bits = _char_bits(rest) + 11.0 * len(words) if words else _char_bits(text)
    if len(text) < 8:
        bits = min(bits, 20.0)
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 56 else 3 if bits < 75 else 4
    return Strength(bits, score)


class StrengthMeter(QWidget):
    """Lives on the UI thread. No signals: call ``update_for(text)`` as the person types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        self.label.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, text: str) -> Strength:
        strength = estimate(text)
        self.bar.setValue(strength.score + 1 if text else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[strength.score]}; }}")
        self.label.setText(QCoreApplication.translate("StrengthMeter", strength.label) if text else "")
        return strength
