"""The leak guard: find every place where text about to leave the vault names a protected source.

Given the identifiers of confidential and protected sources (names, aliases, phone numbers, e-mail
addresses, @handles; see vault/model/identifiers.py) and the text parts of an export, each with the
place it comes from (a paragraph, a table cell, a caption, a document property, an image's metadata, a
file name, a field of a record), ``Guard.scan`` reports every occurrence and ``Guard.check`` refuses.

How text is compared, so that a name cannot slip through by its spelling:
- names and aliases: Unicode-normalised (compatibility forms, accents and case folded, invisible
  format characters such as soft hyphens and zero-width spaces ignored), matched as whole words, with any
  punctuation or none between their words ("Jean Dupont", "JEAN-DUPONT", "jean_dupont.jpg", "Dupont,
  Jean");
- phone numbers by their digits, whatever the spacing, and with or without the country or trunk prefix
  (the last eight digits, or all of them when shorter, must appear as a number);
- e-mail addresses and @handles exactly (case aside: mail systems ignore it).

A finding names the place, the source by its code and what kind of identifier it is, never the
identifier itself, so the refusal can be shown and logged without repeating the leak.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from vault.errors import UserError
from vault.messages import Text

OUTSIDE_THE_GROUP = ("confidential", "protected")  # annexes, drafts, shares, photo exports
WITHIN_THE_GROUP = ("protected",)  # bundles and handover packages: confidential identities may travel
PHONE_TAIL_DIGITS = 8
MIN_NAME_CHARS = 2
_SEP = r"[\W_]{0,3}"  # between the words of a name: spaces, hyphens, commas, underscores, or nothing
_DIGIT_SEP = r"[\s\-.()/\u00a0]{0,3}"
_WORD_START = r"(?<![^\W_])"  # not preceded by a letter or digit
_WORD_END = r"(?![^\W_])"
# Letters that Unicode does not decompose but people write both ways.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
_WHAT = {
    "name": Text("name"),
    "alias": Text("alias"),
    "phone": Text("phone number"),
    "email": Text("e-mail address"),
    "handle": Text("@handle"),
}


class IdentifierLike(Protocol):
    """One identifier of one source (vault.model.identifiers.Identifier has this shape)."""

    @property
    def code(self) -> str: ...
    @property
    def protection(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> str: ...


@dataclass(frozen=True)
class TextPart:
    """Text of an export and where it sits. ``location`` must not quote content (it is shown and logged)."""

    location: str
    text: str

    def __repr__(self) -> str:
        return f"<TextPart {self.location} (text redacted)>"


@dataclass(frozen=True)
class Finding:
    """One place where an identifier occurs: characters ``start``..``end`` of the part's text."""

    location: str
    code: str
    what: str
    start: int
    end: int

    def describe(self) -> str:
        return Text(
            "{place}: {what} of source {code} (characters {start}-{end})",
            place=self.location,
            what=self.what,
            code=self.code,
            start=self.start + 1,
            end=self.end,
        )


class LeakRefused(UserError):
    """An export, bundle or package would carry a source's identity; the message lists every place."""

    def __init__(self, what: str, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        places = "\n".join(f"  - {f.describe()}" for f in self.findings)
        super().__init__(
            Text(
                "{what} was not written: it would expose the identity of a confidential or protected "
                "source in {n} place(s); change the text there and try again:\n{places}",
                what=what,
                n=len(self.findings),
                places=places,
            )
        )


def normalise(text: str) -> tuple[str, list[int]]:
    """Text folded for comparison, and for each character of it the index of the original character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) == "Cf" or ch == "\u0640":  # invisible format marks, Arabic tatweel
            continue
        value = unicodedata.decimal(ch, None)
        if value is not None:  # Arabic-Indic, full-width and other digits compare as ASCII digits
            out.append(str(value))
            index.append(i)
            continue
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold().translate(_FOLD):
                out.append(folded)
                index.append(i)
    return "".join(out), index


def _name_patterns(value: str) -> list[str]:
    words = [w for w in re.split(r"[\W_]+", normalise(value)[0]) if w]
    if sum(len(w) for w in words) < MIN_NAME_CHARS:
        return []  # a one-letter alias would match everywhere and guard nothing
    forms = [words]
    if len(words) >= 2:
        forms.append([words[-1], *words[:-1]])  # "Dupont, Jean"
    return [_WORD_START + _SEP.join(re.escape(w) for w in form) + _WORD_END for form in forms]


def _phone_pattern(value: str) -> str | None:
    digits = re.sub(r"\D", "", normalise(value)[0])
    if len(digits) < 6:
        return None
    tail = digits[-PHONE_TAIL_DIGITS:]
    # Digits before the tail may be any prefix (+243, 00243, 0): they are still the same line. They are
    # matched only so that a finding's span covers the whole number as written.
    prefix = rf"(?:\+?(?:\d{_DIGIT_SEP}){{0,7}})?"
    return prefix + _DIGIT_SEP.join(tail) + r"(?!\d)"


def _exact_pattern(value: str) -> str | None:
    folded = normalise(value.strip())[0]
    if not folded:
        return None
    # A dot may end the sentence, but a dot followed by more of a domain makes it another address.
    return r"(?<![\w.+@-])" + re.escape(folded) + r"(?![\w@-]|\.[\w-])"


def _pattern(identifier: IdentifierLike) -> str | None:
    kind = identifier.kind
    if kind in ("name", "alias"):
        forms = _name_patterns(identifier.value)
        return "|".join(forms) if forms else None
    if kind == "phone":
        return _phone_pattern(identifier.value)
    return _exact_pattern(identifier.value)  # email, handle, and any kind added later: compared exactly


class Guard:
    """The identifiers of the sources an export must not name, compiled once for many text parts."""

    def __init__(
        self, identifiers: Iterable[IdentifierLike], levels: Sequence[str] = OUTSIDE_THE_GROUP
    ) -> None:
        self._labels: list[tuple[str, str]] = []
        alternatives: list[str] = []
        seen: set[str] = set()
        chosen = [i for i in identifiers if i.protection in levels]
        # Longer identifiers first, so "Jean Dupont" is reported once rather than as its alias "Dupont".
        for ident in sorted(chosen, key=lambda i: -len(i.value)):
            pattern = _pattern(ident)
            if pattern is None or pattern in seen:
                continue
            seen.add(pattern)
            self._labels.append((ident.code, _WHAT.get(ident.kind, ident.kind)))
            alternatives.append(f"(?P<g{len(alternatives)}>{pattern})")
        self._regex = re.compile("|".join(alternatives)) if alternatives else None

    @property
    def empty(self) -> bool:
        """True when there is nothing to look for (no confidential or protected identity is readable)."""
        return self._regex is None

    def scan(self, parts: Iterable[TextPart]) -> list[Finding]:
        """Every occurrence of an identifier in the parts, in the order of the parts."""
        found: list[Finding] = []
        if self._regex is None:
            return found
        for part in parts:
            folded, index = normalise(part.text)
            for match in self._regex.finditer(folded):
                if match.lastgroup is None or match.end() == match.start():
                    continue
                code, what = self._labels[int(match.lastgroup[1:])]
                start, end = index[match.start()], index[match.end() - 1] + 1
                found.append(Finding(part.location, code, what, start, end))
        return found

    def check(self, parts: Iterable[TextPart], what: str) -> None:
        """Raise LeakRefused listing every place found; return when the parts name no source."""
        found = self.scan(parts)
        if found:
            raise LeakRefused(what, found)


def body_parts(
    label: str, body: Mapping[str, Any], skip: Collection[str] = ("sealed",)
) -> Iterator[TextPart]:
    """Every text value of a record body (nested lists and objects too), located as ``label field 'a.b'``.

    ``skip`` names top-level fields left out: by default a sealed envelope, whose ciphertext names nobody.
    """

    def walk(value: object, path: str) -> Iterator[TextPart]:
        if isinstance(value, str):
            yield TextPart(Text("{label} field '{path}'", label=label, path=path), value)
        elif isinstance(value, Mapping):
            for key in sorted(value):
                yield from walk(value[key], f"{path}.{key}")
        elif isinstance(value, list | tuple):
            for n, item in enumerate(value, 1):
                yield from walk(item, f"{path}[{n}]")

    for key in sorted(body):
        if key not in skip:
            yield from walk(body[key], key)
