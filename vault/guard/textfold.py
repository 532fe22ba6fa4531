"""Text folded for comparison as a person reads it, with a map back to the original characters.

``fold`` makes two spellings of one name compare equal when a reader would take them for the same:
- invisible characters are removed wherever they sit: Unicode default-ignorable code points (zero-width
  spaces and joiners, the combining grapheme joiner U+034F, variation selectors, soft hyphens, bidi
  controls, tag characters), other format characters, and the Arabic tatweel;
- compatibility forms, accents and case are folded ("ＪＯＳÉ" → "jose"), digits of every script become
  ASCII digits;
- a letter from another script that looks like a Latin one, inside a Latin word, becomes that Latin
  letter (ICU's confusable skeleton: "Jеan" with a Cyrillic е is "jean");
- a word wholly in another script is transliterated to Latin (ICU "Any-Latin; Latin-ASCII": "محمد" →
  "mhmd", "Иван" → "ivan");
- a word hyphenated across a line break is joined ("Du-\\npont" → "dupont").

``consonant_key`` is the looser form transliterations of one name share (Mohammed, Muhammad, Mohamed →
"mhmd"; Abdel, Abdul → "abdl"): the first letter and the consonants after it, doubled letters once.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import icu

ARTICLES = frozenset({"al", "el", "ul"})  # Arabic article as transliterated; optional in a name
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011][ \t]*\r?\n\s*(?=[^\W\d_])")
_LETTERS = re.compile(r"[^\W\d_]+")
_NON_ASCII_WORD = re.compile(r"[^\W\d_]*(?:[^\x00-\x7f][^\W\d_]*)+")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_DIGRAPHS = (("dj", "j"), ("ph", "f"), ("ck", "k"), ("q", "k"))


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the index of the original character it came from."""

    text: str
    index: list[int] | None  # None: character for character (ASCII text folds in place)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind folded characters ``start``..``end``."""
        if self.index is None:
            return start, end
        return self.index[start], self.index[end - 1] + 1


@functools.lru_cache(maxsize=1)
def _transliterator() -> icu.Transliterator:
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


@functools.lru_cache(maxsize=1)
def _spoof() -> icu.SpoofChecker:
    return icu.SpoofChecker()


@functools.lru_cache(maxsize=65536)
def _dropped(ch: str) -> bool:
    """Invisible: default-ignorable, a format character, a combining mark on its own, the tatweel."""
    if ch == "\u0640" or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return True
    return bool(icu.Char.hasBinaryProperty(ch, icu.UProperty.DEFAULT_IGNORABLE_CODE_POINT))


@functools.lru_cache(maxsize=65536)
def _script(ch: str) -> str:
    """ "latin", "common" (no script of its own) or "other"."""
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN") or ch.isascii():
        return "latin"
    if not ch.isalpha():
        return "common"
    return "other"


@functools.lru_cache(maxsize=65536)
def _latin(ch: str) -> str:
    """One Latin (or script-less) character folded: compatibility form, no accents, lower case."""
    value = unicodedata.decimal(ch, None)
    if value is not None:
        return str(value)
    out = "".join(p for p in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(p))
    out = out.casefold().translate(_FOLD)
    if not out.isascii():
        out = _transliterator().transliterate(out).casefold()
    return out


@functools.lru_cache(maxsize=65536)
def _lookalike(ch: str) -> str:
    """A letter of another script inside a Latin word: the Latin letter it imitates, if there is one."""
    skeleton = _spoof().getSkeleton(0, ch)
    if skeleton.isascii() or all(_script(c) == "latin" for c in skeleton):
        return "".join(_latin(c) for c in skeleton)
    return _latin(ch)


@functools.lru_cache(maxsize=16384)
def _transliterated(word: str) -> str:
    return str(_transliterator().transliterate(word)).casefold()


def _word(word: str, start: int, out: list[str], index: list[int]) -> None:
    """Fold one run of letters (original characters ``start``…) into ``out``/``index``."""
    kinds = {_script(c) for c in word}
    if "other" not in kinds:
        for i, ch in enumerate(word):
            for c in _latin(ch):
                out.append(c)
                index.append(start + i)
        return
    if "latin" in kinds:  # a Latin word with letters of another script: a spoof, or a typo
        for i, ch in enumerate(word):
            for c in _latin(ch) if _script(ch) != "other" else _lookalike(ch):
                out.append(c)
                index.append(start + i)
        return
    latin = _transliterated(word)
    for j, c in enumerate(latin):  # spread the transliteration over the original word
        out.append(c)
        index.append(start + min(len(word) - 1, j * len(word) // max(1, len(latin))))


def _dehyphenate(text: str, index: list[int] | None) -> Folded:
    if "\n" not in text or not _HYPHENATED.search(text):
        return Folded(text, index)
    if index is None:
        index = list(range(len(text)))
    pieces: list[str] = []
    kept: list[int] = []
    at = 0
    for match in _HYPHENATED.finditer(text):
        pieces.append(text[at : match.start()])
        kept += index[at : match.start()]
        at = match.end()
    if at == 0:
        return Folded(text, index)
    pieces.append(text[at:])
    kept += index[at:]
    return Folded("".join(pieces), kept)


@functools.lru_cache(maxsize=1)
def _latin_table() -> tuple[dict[int, str], dict[str, str], re.Pattern[str]]:
    """Characters up to U+024F (ASCII, Latin-1, Latin Extended) folded, as a translate table; those that
    do not fold to exactly one character (dropped ones, ß, æ …) and a pattern finding them."""
    table: dict[int, str] = {}
    others: dict[str, str] = {}
    for code in range(0x250):
        ch = chr(code)
        folded = "" if _dropped(ch) else _latin(ch)
        table[code] = folded
        if len(folded) != 1:
            others[ch] = folded
    return table, others, re.compile("[" + re.escape("".join(others)) + "]")


def _fold_latin(text: str) -> Folded:
    """Latin text (accents, Latin-1 bytes read as text) folded character by character, at C speed."""
    table, others, pattern = _latin_table()
    folded = text.translate(table)
    if len(folded) == len(text) and not pattern.search(text):
        return _dehyphenate(folded, None)
    index: list[int] = []
    at = 0
    for match in pattern.finditer(text):
        index.extend(range(at, match.start()))
        index.extend([match.start()] * len(others[match.group()]))
        at = match.end()
    index.extend(range(at, len(text)))
    return _dehyphenate(folded, index)


def fold(text: str) -> Folded:
    """``text`` folded as described above."""
    if text.isascii():
        return _dehyphenate(text.lower(), None)
    if max(text) <= "\u024f":
        return _fold_latin(text)
    out: list[str] = []
    index: list[int] = []
    at = 0
    # ASCII stretches fold by lower() alone; each word holding other characters is folded as a whole.
    for match in _NON_ASCII_WORD.finditer(text):
        if match.start() > at:
            out.append(text[at : match.start()].lower())
            index.extend(range(at, match.start()))
        folded, relative = _fold_piece(match.group())
        out.append(folded)
        index.extend(map(match.start().__add__, relative))
        at = match.end()
    if at < len(text):
        out.append(text[at:].lower())
        index.extend(range(at, len(text)))
    return _dehyphenate("".join(out), index)


@functools.lru_cache(maxsize=65536)
def _fold_piece(piece: str) -> tuple[str, tuple[int, ...]]:
    """A word holding non-ASCII characters, folded; for each folded character its index in ``piece``."""
    out: list[str] = []
    index: list[int] = []
    visible = [(i, ch) for i, ch in enumerate(piece) if not _dropped(ch)]
    n = 0
    while n < len(visible):
        i, ch = visible[n]
        if ch.isalpha():
            m = n
            while m < len(visible) and visible[m][1].isalpha():
                m += 1
            # Letters that were adjacent once the invisible characters are gone form one word.
            word = "".join(c for _, c in visible[n:m])
            if word.isascii():
                out.append(word.lower())
                index += [j for j, _ in visible[n:m]]
            else:
                starts = [j for j, _ in visible[n:m]]
                sub_out: list[str] = []
                sub_index: list[int] = []
                _word(word, 0, sub_out, sub_index)
                out += sub_out
                index += [starts[k] for k in sub_index]
            n = m
            continue
        for c in _latin(ch):
            out.append(c)
            index.append(i)
        n += 1
    return "".join(out), tuple(index)


def words(folded: str) -> list[tuple[str, int, int]]:
    """The runs of letters of folded text, with their folded start and end."""
    return [(m.group(), m.start(), m.end()) for m in _LETTERS.finditer(folded)]


@functools.lru_cache(maxsize=65536)
def consonant_key(word: str) -> str:
    """The shape transliterations of a name share: first letter, then consonants, doubles once."""
    if not word:
        return word
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    return _DOUBLED.sub(r"\1", word[0] + _VOWELS.sub("", word[1:]))


def without_article(word: str) -> str | None:
    """ "alhassan" → "hassan": the word without an Arabic article written onto it (None if none)."""
    if len(word) >= 5 and word[:2] in ARTICLES:
        return word[2:]
    return None
