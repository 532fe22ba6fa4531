"""How a source's protection level looks everywhere: a colour, a shape, and words.

Colour alone is not enough (colour-blind readers, black-and-white printouts of a briefing), so each
level also has its own shape: a circle for public, a shield for confidential, a shield with a padlock
for protected. Icons are drawn here, in memory, so they need no image plugin.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

LEVELS = ("public", "confidential", "protected")
COLOURS = {"public": "#2e7d32", "confidential": "#b26a00", "protected": "#b3261e"}
_NAMES = {
    "public": QT_TRANSLATE_NOOP("protection", "public"),
    "confidential": QT_TRANSLATE_NOOP("protection", "confidential"),
    "protected": QT_TRANSLATE_NOOP("protection", "protected"),
}
_MEANING = {
    "public": QT_TRANSLATE_NOOP("protection", "may be named"),
    "confidential": QT_TRANSLATE_NOOP("protection", "known to the Group, never named outside it"),
    "protected": QT_TRANSLATE_NOOP("protection", "identity sealed; each reveal is logged"),
}


def colour(level: str) -> QColor:
    return QColor(COLOURS.get(level, "#5f6368"))


def name(level: str) -> str:
    text = _NAMES.get(level)
    return QCoreApplication.translate("protection", str(text)) if text else level


def meaning(level: str) -> str:
    text = _MEANING.get(level)
    return QCoreApplication.translate("protection", str(text)) if text else ""


def shield(rect: QRectF) -> QPainterPath:
    """A shield outline inside ``rect``."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    path = QPainterPath(QPointF(x + w / 2, y))
    path.lineTo(x + w, y + h * 0.18)
    path.cubicTo(x + w, y + h * 0.62, x + w * 0.75, y + h * 0.86, x + w / 2, y + h)
    path.cubicTo(x + w * 0.25, y + h * 0.86, x, y + h * 0.62, x, y + h * 0.18)
    path.closeSubpath()
    return path


def paint_badge(painter: QPainter, level: str, rect: QRectF) -> None:
    """Draw the level's mark in ``rect`` (used by icons, the link chart and its exports)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = colour(level)
    painter.setPen(QPen(fill.darker(140), max(1.0, rect.width() / 16)))
    painter.setBrush(fill)
    if level == "public":
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    else:
        painter.drawPath(shield(rect.adjusted(1, 1, -1, -1)))
    if level == "protected":
        w, h = rect.width(), rect.height()
        body = QRectF(rect.x() + w * 0.32, rect.y() + h * 0.45, w * 0.36, h * 0.28)
        painter.setPen(QPen(Qt.GlobalColor.white, max(1.0, w / 12)))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(body)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(rect.x() + w * 0.37, rect.y() + h * 0.26, w * 0.26, h * 0.34), 0, 180 * 16)
    painter.restore()


@cache
def icon(level: str) -> QIcon:
    result = QIcon()
    for edge in (16, 24, 32):
        pixmap = QPixmap(edge, edge)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_badge(painter, level, QRectF(0, 0, edge, edge))
        painter.end()
        result.addPixmap(pixmap)
    return result
