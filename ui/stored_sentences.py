"""Sentences the vault formatted before they reached the app as plain text (stored in a record, or sent
by an intake worker process as JSON): recognised by the template they were made from, so that they too
are shown in the user's language.

Only templates with enough words of their own are tried (a template such as ``"{what}: {detail}"`` would
fit any text); the most specific template that fits wins; a name used twice must have one value.
"""

from __future__ import annotations

import re
import string
from functools import cache

from ui.vault_strings import VAULT_STRINGS

MIN_LETTERS = 12  # letters outside the placeholders


@cache
def _patterns() -> list[tuple[re.Pattern[str], tuple[str, ...], str]]:
    found: list[tuple[int, re.Pattern[str], tuple[str, ...], str]] = []
    for template in (str(t) for t in VAULT_STRINGS):  # QT_TRANSLATE_NOOP is typed as returning object
        parts = list(string.Formatter().parse(template))
        names = tuple(name for _, name, _, _ in parts if name is not None)
        letters = sum(ch.isalpha() for literal, _, _, _ in parts for ch in literal)
        if not names or letters < MIN_LETTERS:
            continue
        regex = "".join(
            re.escape(literal) + ("(.+?)" if name is not None else "") for literal, name, _, _ in parts
        )
        found.append((letters, re.compile(regex + r"\Z", re.DOTALL), names, template))
    found.sort(key=lambda item: -item[0])
    return [(pattern, names, template) for _, pattern, names, template in found]


def recognise(text: str) -> tuple[str, dict[str, str]] | None:
    """The template ``text`` was formatted from and the values put in it; None when none fits."""
    for pattern, names, template in _patterns():
        match = pattern.match(text)
        if match is None:
            continue
        values: dict[str, str] = {}
        for name, value in zip(names, match.groups(), strict=True):
            if values.setdefault(name, value) != value:
                break
        else:
            return template, values
    return None


def fill(translation: str, values: dict[str, str]) -> str | None:
    """``translation`` with each placeholder replaced by its value as text (format specs were applied
    when the English was made); None when it names a value that was not found."""
    out: list[str] = []
    for literal, name, _, _ in string.Formatter().parse(translation):
        out.append(literal)
        if name is not None:
            if name not in values:
                return None
            out.append(values[name])
    return "".join(out)
