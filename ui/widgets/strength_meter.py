"""StrengthMeter: a bar, a word and zxcvbn's advice saying how hard a new passphrase is to guess.

The estimate is zxcvbn's (vault/keys/passphrase_strength.py), the same the CLI refuses weak passphrases by:
below a score of 3 the create page and the change-passphrase dialog do not go on. zxcvbn's advice is
English; its sentences are listed here so the app shows them in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.public import Strength, passphrase_strength

LABELS = (
    QT_TRANSLATE_NOOP("StrengthMeter", "very weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "strong"),
    QT_TRANSLATE_NOOP("StrengthMeter", "very strong"),
)
COLOURS = ("#b3261e", "#d9730d", "#c9a400", "#3b8a3e", "#1f6f3f")

# Every sentence zxcvbn 4.5 says (zxcvbn/feedback.py), for translation in context "zxcvbn".
ADVICE = (
    QT_TRANSLATE_NOOP("zxcvbn", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("zxcvbn", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("zxcvbn", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("zxcvbn", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid sequences."),
    QT_TRANSLATE_NOOP("zxcvbn", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid recent years."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a very common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("zxcvbn", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("zxcvbn", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("zxcvbn", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Predictable substitutions like '@' instead of 'a' don't help very much."),
)


def label_of(strength: Strength) -> str:
    return QCoreApplication.translate("StrengthMeter", str(LABELS[strength.score]))


def advice_of(strength: Strength) -> str:
    """zxcvbn's advice in the user's language, one sentence after another."""
    return " ".join(QCoreApplication.translate("zxcvbn", s) for s in strength.advice())


class StrengthMeter(QWidget):
    """Lives on the UI thread. No signals: call ``update_for(text)`` as the person types; ``strength``
        is the last estimate. ``advice`` shows zxcvbn's advice while the passphrase is too weak (empty
    otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.strength = passphrase_strength.EMPTY
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 5)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("M") * 9)
        self.advice = QLabel(self)
        self.advice.setObjectName("strengthAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: palette(mid);")
        # Room for three lines of advice (zxcvbn says at most a warning and two suggestions) from the
        # start: the form below does not move as advice comes and goes.
        self.advice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.advice.setMinimumHeight(self.advice.fontMetrics().lineSpacing() * 3 + 4)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.update_for("")

    def update_for(self, text: str, context: Sequence[str] = ()) -> Strength:
        strength = passphrase_strength.measure(text, context)
        self.strength = strength
        self.bar.setValue(strength.score + 1 if text else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[strength.score]}; }}")
        self.label.setText(label_of(strength) if text else "")
        advice = advice_of(strength) if text and not strength.acceptable else ""
        self.advice.setText(advice)
        return strength
