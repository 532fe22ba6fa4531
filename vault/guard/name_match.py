"""Finding people's names in folded text, word by word (the leak guard's names and aliases).

A name is the sequence of its words (vault/guard/textfold.py folds both sides alike); the Arabic article is
optional on both sides. Text matches a name when its words follow in order with anything but letters
between them (at most ``MAX_GAP`` characters), where two words are the same when they are equal, or
equal once an article written onto them is dropped ("alhassan"), or — for a name of two words or more,
and a word whose consonants number three or more — share their consonant key (Mohammed / Muhammad /
Mohamed, Abdel / Abdul). One extra word may sit between two words of the name when only spaces or
hyphens separate them ("Jean-Pierre Dupont"); the surname may come first ("Dupont, Jean"); the words may
be written together ("JeanDupont", "jean_dupont" splits by itself); letters spaced out one by one
("J e a n  D u p o n t") are read together. A distinctive surname (vault/guard/common_names.py) is also found
alone, by exact spelling only.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from vault.guard import textfold
from vault.guard.common_names import COMMON_NAMES
from vault.messages import Text

MAX_GAP = 40  # characters between two words of a name ("Jean\n        Dupont")
MIN_SURNAME_LETTERS = 4
MIN_KEY_LETTERS = 3
_WORD = re.compile(r"[^\W\d_]+")
_BLANK_GAP = re.compile(r"[\s\-\u2010\u2011'’]+")
_SPACED = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[ \u00a0][^\W\d_]){3,}(?![^\W\d_])")
_SPACED_HINT = re.compile(rb" [a-z] [a-z] ")  # a cheap first look for _SPACED in ASCII text
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128


@functools.lru_cache(maxsize=65536)
def _exact(word: str) -> frozenset[str]:
    bare = textfold.without_article(word)
    return frozenset((word, bare) if bare else (word,))


@functools.lru_cache(maxsize=65536)
def _loose(word: str) -> frozenset[str]:
    keys = {textfold.consonant_key(w) for w in _exact(word)}
    return frozenset(k for k in keys if len(k) >= MIN_KEY_LETTERS)


@functools.lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    return _exact(word) | _loose(word)


@dataclass
class _Name:
    code: str
    what: str
    words: tuple[str, ...]  # without articles
    loose: bool  # consonant keys allowed (names of two words or more)
    middle: bool  # one extra word allowed before the surname (names, not aliases)


@dataclass
class Names:
    """Every name and alias to look for; ``find`` returns ``(start, end, code, what)`` in folded text."""

    _names: list[_Name] = field(default_factory=list)
    _by_word: dict[str, list[int]] = field(default_factory=dict)  # exact form or key -> names starting so
    _joined: dict[str, int] = field(default_factory=dict)  # "jeandupont" -> name
    _surnames: dict[str, tuple[str, str]] = field(default_factory=dict)
    _all: frozenset[str] | None = None  # every word that can begin a finding (built on first use)

    @property
    def empty(self) -> bool:
        return not self._names and not self._surnames

    def add(self, value: str, code: str, what: str, *, surname: bool) -> None:
        """Look for ``value`` (a name or alias of source ``code``); ``surname``: its last word alone too."""
        words = [w for w, _, _ in textfold.words(textfold.fold(value).text) if w not in textfold.ARTICLES]
        if sum(len(w) for w in words) < 2:
            return  # a one-letter alias would match everywhere and guard nothing
        self._all = None
        n = len(self._names)
        name = _Name(code, what, tuple(words), loose=len(words) >= 2, middle=surname)
        self._names.append(name)
        for first in (words[0], words[-1]):  # in order, or surname first
            for form in _exact(first) | (_loose(first) if name.loose else frozenset()):
                self._by_word.setdefault(form, []).append(n)
        if len(words) >= 2:
            self._joined.setdefault("".join(words), n)
            self._joined.setdefault("".join([words[-1], *words[:-1]]), n)
            last = words[-1]
            if surname and len(last) >= MIN_SURNAME_LETTERS and last not in COMMON_NAMES:
                self._surnames.setdefault(last, (code, Text("surname")))

    def _keys(self) -> frozenset[str]:
        if self._all is None:
            self._all = frozenset(self._by_word) | frozenset(self._joined) | frozenset(self._surnames)
        return self._all

    def _may_hold(self, folded: str) -> bool:
        """False when no word of the text can begin a finding (a quick test on the set of its words)."""
        keys = self._keys()
        if folded.isascii():
            words = {w.decode() for w in folded.encode().translate(_LETTERS_ONLY).split()}
        else:
            words = set(_WORD.findall(folded))
        return any(not keys.isdisjoint(_forms(w)) for w in words)

    def find(self, folded: str) -> list[tuple[int, int, str, str]]:
        """Every name found in ``folded`` text."""
        if self.empty:
            return []
        spaced = _spaced(folded)
        if not spaced and not self._may_hold(folded):
            return []  # the usual case, decided without locating a single word
        tokens = textfold.words(folded)
        found = self._scan(folded, tokens)
        if spaced:  # letters spaced one by one: read each spaced run as a word too
            found += self._scan(folded, _despaced(folded, tokens))
        return found

    def _scan(self, folded: str, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int, str, str]]:
        found: list[tuple[int, int, str, str]] = []
        keys = self._keys()
        for i, (word, start, end) in enumerate(tokens):
            if keys.isdisjoint(_forms(word)):
                continue  # the usual case: a word no name begins or ends with
            for form in _exact(word):
                if form in self._joined:
                    name = self._names[self._joined[form]]
                    found.append((start, end, name.code, name.what))
                if form in self._surnames:
                    code, what = self._surnames[form]
                    found.append((start, end, code, what))
            candidates = {n for form in _forms(word) for n in self._by_word.get(form, ())}
            for n in sorted(candidates):
                name = self._names[n]
                words = name.words
                orders = [words] if len(words) == 1 else [words, (words[-1], *words[:-1])]
                for k, order in enumerate(orders):
                    stop = _follow(folded, tokens, i, order, name.loose, name.middle and k == 0)
                    if stop is not None:
                        found.append((start, stop, name.code, name.what))
                        break
        return found


def _spaced(folded: str) -> bool:
    """True when the text may hold letters spaced out one by one ("J e a n")."""
    if folded.isascii() and not _SPACED_HINT.search(b" " + folded.encode() + b" "):
        return False
    return _SPACED.search(folded) is not None


def _same(text_word: str, name_word: str, loose: bool) -> bool:
    if _exact(text_word) & _exact(name_word):
        return True
    return loose and bool(_loose(text_word) & _loose(name_word))


def _follow(
    folded: str,
    tokens: list[tuple[str, int, int]],
    i: int,
    order: tuple[str, ...],
    loose: bool,
    middle: bool,
) -> int | None:
    """The end of the name ``order`` read from token ``i`` on, or None when the text goes elsewhere.

    ``middle``: one extra word may come before the last word (a second given name).
    """
    if not _same(tokens[i][0], order[0], loose):
        return None
    at = i
    for n, wanted in enumerate(order[1:], 2):
        nxt = _next_word(folded, tokens, at, wanted, loose, middle and n == len(order))
        if nxt is None:
            return None
        at = nxt
    return tokens[at][2]


def _next_word(
    folded: str, tokens: list[tuple[str, int, int]], at: int, wanted: str, loose: bool, middle: bool
) -> int | None:
    """The token after ``at`` that is ``wanted``, past articles and (``middle``) one extra word."""
    extra = 0 if middle else 1
    j = at + 1
    while j < len(tokens) and j <= at + 3:
        gap = folded[tokens[j - 1][2] : tokens[j][1]]
        if len(gap) > MAX_GAP:
            return None
        word = tokens[j][0]
        if _same(word, wanted, loose):
            return j
        if word in textfold.ARTICLES:
            j += 1
            continue
        if extra or not _BLANK_GAP.fullmatch(gap):
            return None
        following = folded[tokens[j][2] : tokens[j + 1][1]] if j + 1 < len(tokens) else ""
        if not _BLANK_GAP.fullmatch(following or " "):
            return None
        extra += 1
        j += 1
    return None


def _despaced(folded: str, tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tokens with each run of single letters one space apart read as one word."""
    out: list[tuple[str, int, int]] = []
    run: list[tuple[str, int, int]] = []

    def flush() -> None:
        if len(run) >= 2:
            out.append(("".join(w for w, _, _ in run), run[0][1], run[-1][2]))
        else:
            out.extend(run)
        run.clear()

    for token in tokens:
        word, start, _ = token
        if len(word) == 1 and (not run or start - run[-1][2] == 1):
            run.append(token)
            continue
        flush()
        if len(word) == 1:
            run.append(token)
        else:
            out.append(token)
    flush()
    return out
