"""EnglishPlurals: counts that agree in number in English ("1 record", "2 records").

A count is written the Qt way, ``self.tr("%n record(s)", "", n)``: a translation (French) gives each
plural form; English is the source text, which has none, so Qt alone would show "1 record(s)". This
translator, installed once for the whole app, answers only such strings, and only while the app speaks
English: "(s)" is dropped for one and becomes "s" otherwise; Qt then puts the number in for %n.
Sentences are written so that nothing else needs to agree ("%n item(s) attributed to…", never
"%n item(s) is…").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ui import translations

MARK = "(s)"


def agree(text: str, n: int) -> str:
    return text.replace(MARK, "" if n == 1 else "s")


class EnglishPlurals(QTranslator):
    """A translator holding no catalogue: it answers strings with a count and "(s)", and nothing else
    (None lets Qt go on to the next translator, or the source text)."""

    def translate(  # None is Qt's null string: "not mine", the next translator is asked
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or MARK not in source or translations.current() != "en":
            return None
        return agree(source, n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: list[EnglishPlurals] = []


def install() -> bool:
    """Install the translator on the running application (once); False when there is none yet."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    if not _installed:
        translator = EnglishPlurals(app)
        app.installTranslator(translator)
        _installed.append(translator)
    return True
