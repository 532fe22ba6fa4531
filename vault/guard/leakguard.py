"""The leak guard: find every place where text about to leave the vault names a protected source.

Given the identifiers of confidential and protected sources (names, aliases, identifying terms, phone
numbers, e-mail addresses, handles; see vault/model/identifiers.py) and the text parts of an output,
each with the place it comes from (a paragraph, a table cell, a caption, a document property, an image's
metadata, a file name, a field of a record), ``Guard.scan`` reports every occurrence and ``Guard.check``
refuses. The outbound gate (vault/guard/gate.py) feeds it every text an output carries.

How text is compared, so that a name cannot slip through by its spelling (vault/guard/textfold.py folds text
first: invisible characters, accents, case, confusable letters of other scripts, transliteration,
hyphenation across lines):
- names and aliases word by word, with anything but letters between the words, however much ("Jean
  Dupont", "JEAN-DUPONT", "jean_dupont.jpg", "Jean\n      Dupont", "Dupont, Jean", "JeanDupont"), one
  extra given name allowed between them ("Jean-Pierre Dupont"), the Arabic article optional ("al-Hassan",
  "Alhassan", "Hassan"); a word of four letters or more also matches its other transliterations
  (Mohammed/Muhammad/Mohamed, Abdel/Abdul) by its consonants; a distinctive surname also alone
  ("Dupont confirmed …"; vault/guard/common_names.py lists the names too common for that);
- identifying terms and handles as whole words, e-mail addresses exactly (case aside);
- phone numbers by their national significant number, whatever the separators (dashes of every kind,
  dots, brackets, spaces), with or without the country or trunk prefix, and as libphonenumber finds them
  in the text (vault/guard/phones.py): "+243 81 234 5678", "081 – 234 – 5678", "00243 (0)81 234 5678".

A finding names the place, the source by its code and what kind of identifier it is, never the
identifier itself, so the refusal can be shown and logged without repeating the leak.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from vault.errors import UserError
from vault.guard import phones, textfold
from vault.guard.name_match import Names as _Names
from vault.messages import Text

OUTSIDE_THE_GROUP = ("confidential", "protected")  # annexes, drafts, shares, photo exports
WITHIN_THE_GROUP = ("protected",)  # bundles and handover packages: confidential identities may travel
MIN_NAME_CHARS = 2
_TERM_SEP = r"[\W_]{0,40}"  # between the words of a term: any run of spaces, hyphens, line breaks
_DIGIT_SEP = r"[\s\-\u2010-\u2015\u2212\ufe63.()/\\]{0,3}"  # spaces, dashes of every kind, dots, brackets
_BATCH_CHARS = 256 * 1024
_PART_BREAK = "\n" + " " * 60 + "\n"  # wider than any gap inside a name (name_match.MAX_GAP) or a number
_NOT_DIGIT = re.compile(r"\D+")
_NON_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)
_WORD_START = r"(?<![^\W_])"  # not preceded by a letter or digit
_WORD_END = r"(?![^\W_])"
_WHAT = {
    "name": Text("name"),
    "alias": Text("alias"),
    "surname": Text("surname"),
    "term": Text("identifying term"),
    "phone": Text("phone number"),
    "email": Text("e-mail address"),
    "handle": Text("handle"),
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
    """One place where an identifier occurs: characters ``start``..``end`` of the part's text; or, when
    ``unread`` is set, a place the readers could not read in full (vault/guard/gate.py: what it holds is
    not known, so it is refused like a name)."""

    location: str
    code: str
    what: str
    start: int
    end: int
    unread: bool = False

    def describe(self) -> str:
        if self.unread:
            return Text("could not be read in full: {place}", place=self.location)
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


class OriginalsRefused(LeakRefused):
    """Evidence an output would carry names a protected source (in its stored original, or in what
    intake copied from it): ``record_ids`` are those evidence records, for which the expert chooses to
    seal, withhold, or send a redacted working copy (vault/exchange/evidence_sharing.py)."""

    def __init__(self, what: str, findings: Sequence[Finding], record_ids: Sequence[str]) -> None:
        super().__init__(what, findings)
        self.record_ids = tuple(record_ids)


def normalise(text: str) -> tuple[str, list[int]]:
    """Text folded for comparison (vault/guard/textfold.py), and for each character the original's index."""
    folded = textfold.fold(text)
    return folded.text, folded.index if folded.index is not None else list(range(len(text)))


def _exact_pattern(value: str) -> str | None:
    folded = textfold.fold(value.strip()).text
    if not folded:
        return None
    # A dot may end the sentence, but a dot followed by more of a domain makes it another address.
    return r"(?<![\w.+@-])" + re.escape(folded) + r"(?![\w@-]|\.[\w-])"


def _handle_pattern(value: str) -> str | None:
    folded = textfold.fold(value.strip().lstrip("@")).text
    if len(folded) < 3:
        return None
    # "@jdupont_kv", "t.me/jdupont_kv", "jdupont_kv": the handle as a word, an "@" before it optional.
    return r"(?<![\w.+@-])@?" + re.escape(folded) + r"(?![\w@-]|\.[\w-])"


def _term_pattern(value: str) -> str | None:
    words = [w for w in re.split(r"[\W_]+", textfold.fold(value).text) if w]
    if sum(len(w) for w in words) < MIN_NAME_CHARS:
        return None
    return _WORD_START + _TERM_SEP.join(re.escape(w) for w in words) + _WORD_END


def _phone_pattern(phone: phones.Phone) -> str:
    # Digits before the number may be any prefix (+243, 00243, 0): they are still the same line. They
    # are matched only so that a finding's span covers the whole number as written.
    prefix = rf"(?:\+?(?:\d{_DIGIT_SEP}){{0,7}})?"
    return prefix + _DIGIT_SEP.join(phone.nsn) + r"(?!\d)"


class Guard:
    """The identifiers of the sources an output must not name, prepared once for many text parts."""

    def __init__(
        self, identifiers: Iterable[IdentifierLike], levels: Sequence[str] = OUTSIDE_THE_GROUP
    ) -> None:
        # Each identifier not a name: (needle, pattern, code, what). The needle is a piece of folded text
        # the pattern cannot match without (digits alone, for phone numbers), so that a part is searched
        # only for the identifiers it may hold.
        self._exact: list[tuple[str, re.Pattern[str], str, str]] = []
        self._by_digits: list[tuple[str, re.Pattern[str], str, str]] = []
        self._names = _Names()
        self._phones: list[tuple[phones.Phone, str]] = []
        seen: set[str] = set()
        chosen = [i for i in identifiers if i.protection in levels]
        # Longer identifiers first, so "Jean Dupont" is reported once rather than as its alias "Dupont".
        for ident in sorted(chosen, key=lambda i: -len(i.value)):
            kind = ident.kind
            if kind in ("name", "alias"):
                self._names.add(ident.value, ident.code, _WHAT[kind], surname=kind == "name")
                continue
            found = self._pattern(ident)
            if found is None or found[1] in seen:
                continue
            needle, pattern = found
            seen.add(pattern)
            entry = (needle, re.compile(pattern), ident.code, _WHAT.get(kind, kind))
            (self._by_digits if kind == "phone" else self._exact).append(entry)
        self._regions = phones.regions_of(p for p, _ in self._phones)

    def _pattern(self, ident: IdentifierLike) -> tuple[str, str] | None:
        """(needle, regular expression) for an identifier that is not a name; None if too short."""
        kind = ident.kind
        if kind == "phone":
            numbers = phones.numbers_in_contacts(ident.value)
            if not numbers:
                return None
            self._phones.append((numbers[0], ident.code))
            return numbers[0].nsn, _phone_pattern(numbers[0])
        if kind == "handle":
            needle, pattern = _needle(ident.value.strip().lstrip("@")), _handle_pattern(ident.value)
        elif kind == "term":
            needle, pattern = "", _term_pattern(ident.value)
        else:  # email, and any kind added later: compared exactly
            needle, pattern = _needle(ident.value.strip()), _exact_pattern(ident.value)
        return (needle, pattern) if pattern else None

    @property
    def empty(self) -> bool:
        """True when there is nothing to look for (no confidential or protected identity is readable)."""
        return not self._exact and not self._by_digits and self._names.empty

    def scan(self, parts: Iterable[TextPart]) -> list[Finding]:
        """Every occurrence of an identifier in the parts, in the order of the parts."""
        found: list[Finding] = []
        if self.empty:
            return found
        batch: list[tuple[TextPart, textfold.Folded]] = []
        size = 0
        for part in parts:  # many small parts (an image's tags) are searched as one text, for speed
            folded = textfold.fold(part.text)
            batch.append((part, folded))
            size += len(folded.text)
            if size >= _BATCH_CHARS:
                found += self._scan_batch(batch)
                batch, size = [], 0
        if batch:
            found += self._scan_batch(batch)
        return found

    def _scan_batch(self, batch: list[tuple[TextPart, textfold.Folded]]) -> list[Finding]:
        # The break between two parts is wider than any gap allowed inside a name or a number, so no
        # match can span two parts; each match is then located in its own part.
        starts: list[int] = []
        at = 0
        for _, folded in batch:
            starts.append(at)
            at += len(folded.text) + len(_PART_BREAK)
        found: list[Finding] = []
        for start, end, code, what in _distinct(self._spans(_PART_BREAK.join(f.text for _, f in batch))):
            k = bisect.bisect_right(starts, start) - 1
            part, folded = batch[k]
            begin, stop = folded.span(start - starts[k], min(end - starts[k], len(folded.text)))
            found.append(Finding(part.location, code, what, begin, stop))
        return found

    def _spans(self, text: str) -> list[tuple[int, int, str, str]]:
        spans = self._names.find(text)
        for needle, pattern, code, what in self._exact:
            if needle in text:
                spans += [
                    (m.start(), m.end(), code, what) for m in pattern.finditer(text) if m.end() > m.start()
                ]
        if self._by_digits:
            digits = _digits(text)  # a number's digits stay in order whatever its format
            for needle, pattern, code, what in self._by_digits:
                if needle in digits:
                    spans += [(m.start(), m.end(), code, what) for m in pattern.finditer(text)]
            spans += self._numbers(text, digits)
        return spans

    def _numbers(self, folded: str, digits: str) -> list[tuple[int, int, str, str]]:
        """Numbers libphonenumber finds in the text that are guarded ones (formats the digits miss)."""
        if not any(phone.nsn in digits for phone, _ in self._phones):
            return []
        out: list[tuple[int, int, str, str]] = []
        for candidate in phones.numbers_in_text(folded, self._regions):
            for phone, code in self._phones:
                if candidate.same_line(phone):
                    start = candidate.start  # the number itself, not a bracket opening it
                    while start < candidate.end and not (folded[start].isdigit() or folded[start] == "+"):
                        start += 1
                    out.append((start, candidate.end, code, _WHAT["phone"]))
                    break
        return out

    def check(self, parts: Iterable[TextPart], what: str) -> None:
        """Raise LeakRefused listing every place found; return when the parts name no source."""
        found = self.scan(parts)
        if found:
            raise LeakRefused(what, found)


def _digits(text: str) -> str:
    if text.isascii():
        return text.encode().translate(None, _NON_DIGITS).decode()
    return _NOT_DIGIT.sub("", text)


def _needle(value: str) -> str:
    return textfold.fold(value).text


def _distinct(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """One finding per place: overlapping spans of one source merge into the first, widest one."""
    out: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and out[-1][2] == span[2] and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


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
