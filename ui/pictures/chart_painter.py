"""Painting the link chart: on screen, into a PNG and into an SVG, with the same code.

Each kind has its colour; a source is drawn with its protection mark and code only. Exculpatory links
are dashed red, so what speaks against a claim stands out in a briefing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ui import protection
from ui.pictures.chart_data import COLUMNS, Chart, Node

KIND_COLOURS = {
    "source": "#eceff1",
    "interview": "#e3f2fd",
    "claim": "#fff8e1",
    "evidence": "#e8f5e9",
    "item": "#f3e5f5",
    "entity": "#fbe9e7",
}
HEADINGS = {
    "source": QT_TRANSLATE_NOOP("chart", "Sources"),
    "interview": QT_TRANSLATE_NOOP("chart", "Interviews"),
    "claim": QT_TRANSLATE_NOOP("chart", "Claims"),
    "evidence": QT_TRANSLATE_NOOP("chart", "Evidence"),
    "item": QT_TRANSLATE_NOOP("chart", "Materiel"),
    "entity": QT_TRANSLATE_NOOP("chart", "Entities"),
}
NODE_W, NODE_H = 165.0, 32.0
MARGIN_TOP = 40.0


def heading(kind: str) -> str:
    return QCoreApplication.translate("chart", str(HEADINGS.get(kind, kind)))


def node_rect(node: Node, area: QRectF) -> QRectF:
    cx = area.x() + node.x * area.width()
    cy = area.y() + MARGIN_TOP + node.y * (area.height() - MARGIN_TOP)
    return QRectF(cx - NODE_W / 2, cy - NODE_H / 2, NODE_W, NODE_H)


def node_at(chart: Chart, area: QRectF, point: QPointF) -> Node | None:
    for node in chart.nodes:
        if node_rect(node, area).contains(point):
            return node
    return None


def paint_chart(painter: QPainter, chart: Chart, area: QRectF, selected: str | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSizeF(9)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    rects = {n.id: node_rect(n, area) for n in chart.nodes}
    if not chart.nodes:
        painter.setPen(QColor("#5f6368"))
        painter.drawText(
            area, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("chart", "Nothing to draw yet")
        )
        painter.restore()
        return
    xs: dict[str, float] = {}
    for node in chart.nodes:
        xs.setdefault(node.kind, rects[node.id].center().x())
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor("#202124"))
    for kind in COLUMNS:
        if kind in xs:
            painter.drawText(
                QRectF(xs[kind] - NODE_W / 2, area.y() + 6, NODE_W, 24),
                Qt.AlignmentFlag.AlignCenter,
                heading(kind),
            )
    painter.setFont(font)
    for edge in chart.edges:
        a, b = rects.get(edge.a), rects.get(edge.b)
        if a is None or b is None:
            continue
        if edge.field == "exculpatory":
            pen = QPen(QColor(protection.COLOURS["protected"]), 1.6, Qt.PenStyle.DashLine)
        else:
            touched = selected in (edge.a, edge.b)
            pen = QPen(QColor("#1a73e8" if touched else "#9aa0a6"), 2.0 if touched else 1.0)
        painter.setPen(pen)
        left, right = (a, b) if a.center().x() <= b.center().x() else (b, a)
        painter.drawLine(QPointF(left.right(), left.center().y()), QPointF(right.left(), right.center().y()))
    for node in chart.nodes:
        rect = rects[node.id]
        fill = QColor(KIND_COLOURS.get(node.kind, "#f1f3f4"))
        border = QColor("#1a73e8") if node.id == selected else QColor("#80868b")
        if node.protection:
            border = protection.colour(node.protection)
        painter.setPen(QPen(border, 2.0 if node.protection or node.id == selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        text_rect = rect.adjusted(8, 0, -6, 0)
        if node.protection:
            badge = QRectF(rect.x() + 6, rect.center().y() - 9, 18, 18)
            protection.paint_badge(painter, node.protection, badge)
            text_rect = rect.adjusted(30, 0, -6, 0)
        painter.setPen(QColor("#202124"))
        label = metrics.elidedText(node.label, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
    painter.restore()


def natural_size(chart: Chart) -> tuple[int, int]:
    """A size at which every node fits without overlapping (for exports)."""
    columns = len({n.kind for n in chart.nodes}) or 1
    tallest = max((sum(1 for n in chart.nodes if n.kind == k) for k in COLUMNS), default=1)
    return int(columns * (NODE_W + 36)), int(MARGIN_TOP + max(tallest, 1) * (NODE_H + 14) + 20)
