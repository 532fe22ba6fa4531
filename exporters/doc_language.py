"""The language a document is written in (English or French), without Qt.

A document's fixed words (headings, labels, sentences, status words, the methodology's rules and a
refusal's reasons) are ``vault.messages.Text`` templates, like every sentence of the vault. In English a
Text is its own value; in French each template is looked up in the same catalogue the app shows, the
``vault`` context of resources/translations/fieldvault_fr.ts (filled by the translators, checked complete
by tests/ui/test_language.py), and formatted with the same parameters, nested Texts translated first.
So a French document and the French app say the same thing, from one catalogue, and a reason word never
stays English inside a French sentence. Values (names, statements, dates, codes) are never translated.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.errors import InvalidInput, UserError
from vault.messages import Text

LANGUAGES = ("en", "fr")
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
MAX_CATALOGUE_BYTES = 16 * 1024**2  # our own file, about 1 MB today


def check_language(lang: str) -> str:
    """``lang`` when it is a language documents can be written in, else InvalidInput naming them."""
    if lang not in LANGUAGES:
        raise InvalidInput(
            Text("the document language must be one of {choices}", choices=", ".join(LANGUAGES)), field="lang"
        )
    return lang


@functools.cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The finished translations of the ``vault`` context for ``lang`` (empty for English)."""
    if check_language(lang) == "en":
        return {}
    path = FOLDER / f"fieldvault_{lang}.ts"
    try:
        if path.stat().st_size > MAX_CATALOGUE_BYTES:
            raise UserError(Text("the translation file for {lang} is too large", lang=lang))
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError):
        raise UserError(Text("the translation file for {lang} cannot be read", lang=lang)) from None
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "vault":
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[source] = translation.text
    return found


class Words:
    """Turns the Texts of a document into ``lang``: ``words(Text("Regime"))``. A plain ``str`` is a value
    and stays as it is; a Text whose template has no translation, or whose translation does not fit its
    parameters, stays English (tests check that a French document has none)."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = check_language(lang)
        self._catalogue = catalogue(lang)

    def __call__(self, text: str) -> str:
        if not isinstance(text, Text) or self.lang == "en":
            return str(text)
        params = {k: self(v) if isinstance(v, Text) else v for k, v in text.params.items()}
        translated = self._catalogue.get(text.template)
        if translated is None:
            return str(text)
        try:
            return translated.format(**params) if params else translated
        except (KeyError, IndexError, ValueError):
            return str(text)

    def all(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self(t) for t in texts)

    @property
    def docx_language(self) -> str:
        """The language tag a DOCX's properties carry."""
        return "fr-FR" if self.lang == "fr" else "en-GB"
