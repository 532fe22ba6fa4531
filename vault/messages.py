"""Sentences the vault shows a user: English by themselves, translatable by the app.

A ``Text`` is a ``str`` (its English value, so logs of types, the CLI and tests see plain English) that
also carries its template and parameters. The desktop app looks the template up in its catalogue
(Qt context ``vault``) and formats the translation with the same parameters (``ui/errors.py``);
``scripts/extract-vault-strings.py`` collects every template for the translators. Templates are
literal strings, so the catalogue can be complete; parameters are names, numbers or nested Texts, never
evidence content.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """``Text("{name} is not a vault", name=folder.name)``: an English sentence with its template."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        value = template.format(**params) if params else template
        text = super().__new__(cls, value)
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Crosses process boundaries (intake workers) with its template and parameters intact.
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)


def message_of(exc: BaseException) -> str:
    """The user-facing sentence of ``exc``: its Text (still translatable) when it has one, else str()."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)
