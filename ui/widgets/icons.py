"""The app's icons: one name per meaning, drawn from Font Awesome 6 (solid) through qtawesome.

Widgets ask for ``icon("lock")``, never for a font glyph, so the set can change in one place. The
fonts ship inside the qtawesome package (build.spec collects its data files for the one-folder build);
nothing is fetched. Icons follow the palette's text colour, greyed when disabled; ``TONES`` gives the
few that carry a meaning of their own (overdue, refused) their colour.
"""

from __future__ import annotations

import functools
from pathlib import Path

import qtawesome as qta  # type: ignore[import-untyped]  # no stubs; icon() returns a QIcon
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

APP_ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "fieldvault.svg"

GLYPHS: dict[str, str] = {
    # sections (ui/sections.py ids)
    "today": "fa6s.sun",
    "investigations": "fa6s.folder-open",
    "interviews": "fa6s.comments",
    "sources": "fa6s.user-shield",
    "entities": "fa6s.building",
    "evidence": "fa6s.camera",
    "claims": "fa6s.scale-balanced",
    "letters": "fa6s.envelope",
    "requests": "fa6s.gavel",
    "listings": "fa6s.list-check",
    "bundles": "fa6s.box-archive",
    "pictures": "fa6s.diagram-project",
    # the vault
    "new-vault": "fa6s.folder-plus",
    "open-vault": "fa6s.right-to-bracket",
    "close-vault": "fa6s.door-closed",
    "lock": "fa6s.lock",
    "unlock": "fa6s.unlock",
    "passphrase": "fa6s.key",
    "recovery-code": "fa6s.life-ring",
    "settings": "fa6s.gear",
    "quit": "fa6s.power-off",
    "import": "fa6s.file-import",
    "search": "fa6s.magnifying-glass",
    "demo": "fa6s.flask",
    "archive": "fa6s.people-group",
    # actions
    "new": "fa6s.plus",
    "suggest": "fa6s.dice",
    "show": "fa6s.eye",
    "attach": "fa6s.paperclip",
    "bundle": "fa6s.paper-plane",
    "refresh": "fa6s.arrows-rotate",
    "back": "fa6s.arrow-left",
    # help
    "guide": "fa6s.book",
    "shortcuts": "fa6s.keyboard",
    "about": "fa6s.circle-info",
    # what Today shows
    "overdue": "fa6s.triangle-exclamation",
    "due-soon": "fa6s.hourglass-half",
    "cut-off": "fa6s.calendar-day",
    "waiting": "fa6s.scale-unbalanced",
    "unattributed": "fa6s.link-slash",
    "done": "fa6s.check",
}

TONES: dict[str, str] = {
    "overdue": "#b3261e",
    "due-soon": "#b26a00",
    "done": "#2e7d32",
}


def app_icon() -> QIcon:
    """Fieldvault's own icon (a shield holding a vault door), drawn from resources/icons/fieldvault.svg."""
    return QIcon(str(APP_ICON))


def names() -> tuple[str, ...]:
    return tuple(GLYPHS)


def icon(name: str) -> QIcon:
    """The icon for ``name`` (a key of ``GLYPHS``); an empty icon for an unknown name."""
    glyph = GLYPHS.get(name)
    if glyph is None:
        return QIcon()
    return _icon(glyph, TONES.get(name) or _text_colour())


@functools.cache
def _icon(glyph: str, colour: str) -> QIcon:
    disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    icon: QIcon = qta.icon(glyph, color=colour, color_disabled=disabled.name())
    return icon


def _text_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.WindowText).name()
