"""TimelineView: the timeline on screen; a double click opens the record of the nearest mark."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.pictures.timeline_data import Timeline
from ui.pictures.timeline_painter import natural_size, paint_timeline, x_of


class TimelineView(QWidget):
    """Lives on the UI thread. Signal: ``event_activated(str, str)`` (record id, lane) on a double click."""

    event_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.timeline = Timeline((), date.today(), None)
        self.setMinimumSize(600, 320)

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        width, height = natural_size(timeline)
        self.setMinimumSize(width, height)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(*natural_size(self.timeline))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        paint_timeline(painter, self.timeline, QRectF(self.rect()))
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        area = QRectF(self.rect())
        nearest = min(
            self.timeline.events,
            key=lambda e: abs(x_of(e.day, self.timeline, area) - event.position().x()),
            default=None,
        )
        if nearest is not None:
            self.event_activated.emit(nearest.record_id, nearest.lane)
