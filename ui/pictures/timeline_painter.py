"""Painting the timeline: on screen, into a PNG and into an SVG, with the same code.

One lane per kind (interviews, evidence, letters), a month scale, today as a line; an overdue reply
deadline is a red diamond. Labels alternate above and below their mark so neighbours rarely collide.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ui.pictures.timeline_data import LANES, Timeline

LANE_NAMES = {
    "interview": QT_TRANSLATE_NOOP("timeline", "Interviews"),
    "evidence": QT_TRANSLATE_NOOP("timeline", "Evidence"),
    "letter": QT_TRANSLATE_NOOP("timeline", "Letters"),
}
MARK_COLOURS = {
    "interview": "#1a73e8",
    "received": "#2e7d32",
    "sent": "#5f6368",
    "deadline": "#b26a00",
    "overdue": "#b3261e",
    "reply": "#2e7d32",
}
GUTTER = 110.0
LABEL_W = 150.0


def lane_name(lane: str) -> str:
    return QCoreApplication.translate("timeline", str(LANE_NAMES.get(lane, lane)))


def x_of(day: date, timeline: Timeline, area: QRectF) -> float:
    start, end = timeline.start, timeline.end
    span = max((end - start).days, 1)
    usable = area.width() - GUTTER - 40
    return area.x() + GUTTER + 20 + usable * (day - start).days / span


def paint_timeline(painter: QPainter, timeline: Timeline, area: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    lane_h = (area.height() - 40) / len(LANES)
    axis_y = area.bottom() - 28
    # lanes
    for i, lane in enumerate(LANES):
        top = area.y() + i * lane_h
        if i % 2:
            painter.fillRect(QRectF(area.x(), top, area.width(), lane_h), QColor("#f8f9fa"))
        painter.setPen(QColor("#202124"))
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(area.x() + 8, top, GUTTER - 12, lane_h), Qt.AlignmentFlag.AlignVCenter, lane_name(lane)
        )
        painter.setFont(font)
    # month scale
    painter.setPen(QPen(QColor("#9aa0a6"), 1))
    painter.drawLine(QPointF(area.x() + GUTTER, axis_y), QPointF(area.right() - 10, axis_y))
    month = date(timeline.start.year, timeline.start.month, 1)
    while month <= timeline.end:
        x = x_of(month, timeline, area)
        if x >= area.x() + GUTTER:
            painter.setPen(QPen(QColor("#dadce0"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, area.y()), QPointF(x, axis_y))
            painter.setPen(QColor("#5f6368"))
            painter.drawText(QPointF(x + 3, axis_y + 16), month.strftime("%Y-%m"))
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    today_x = x_of(timeline.today, timeline, area)
    painter.setPen(QPen(QColor("#b3261e"), 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(today_x, area.y()), QPointF(today_x, axis_y))
    painter.drawText(QPointF(today_x + 4, area.y() + 12), QCoreApplication.translate("timeline", "today"))
    # events
    counts: dict[str, int] = {}
    for event in timeline.events:
        row = LANES.index(event.lane)
        n = counts.get(event.lane, 0)
        counts[event.lane] = n + 1
        centre_y = area.y() + row * lane_h + lane_h / 2
        x = x_of(event.day, timeline, area)
        colour = QColor(MARK_COLOURS.get(event.mark, "#5f6368"))
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        if event.mark in ("deadline", "overdue"):
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, centre_y - 7),
                        QPointF(x + 7, centre_y),
                        QPointF(x, centre_y + 7),
                        QPointF(x - 7, centre_y),
                    ]
                )
            )
        else:
            painter.drawEllipse(QPointF(x, centre_y), 5.5, 5.5)
        offset = -14 - (n % 3) * 12 if n % 2 == 0 else 18 + (n % 3) * 12
        label = event.label
        if event.count > 1:
            label = QCoreApplication.translate("timeline", "{n} on this day").format(n=event.count)
        text = metrics.elidedText(f"{event.day.isoformat()} {label}", Qt.TextElideMode.ElideRight, LABEL_W)
        painter.setPen(QColor("#b3261e") if event.mark == "overdue" else QColor("#202124"))
        painter.drawText(QPointF(x - 4, centre_y + offset), text)
    if not timeline.events:
        painter.setPen(QColor("#5f6368"))
        painter.drawText(
            area, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("timeline", "Nothing dated yet")
        )
    painter.restore()


def natural_size(timeline: Timeline) -> tuple[int, int]:
    months = max(1, (timeline.end - timeline.start).days // 30 + 1)
    return int(GUTTER + max(900, months * 160)), 420
