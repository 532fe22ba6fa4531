"""LinkChart: the link chart on screen; a click selects a node, a double click opens its record."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.pictures.chart_data import Chart
from ui.pictures.chart_painter import natural_size, node_at, paint_chart


class LinkChart(QWidget):
    """Lives on the UI thread. Signals: ``node_selected(str)``; ``node_activated(str, str)`` (id, kind)."""

    node_selected = Signal(str)
    node_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkChart")
        self.chart = Chart((), (), None)
        self.selected: str | None = None
        self.setMinimumSize(400, 300)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.selected = None
        width, height = natural_size(chart)
        self.setMinimumSize(max(400, width), max(300, height))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(*natural_size(self.chart))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        paint_chart(painter, self.chart, QRectF(self.rect()), self.selected)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        node = node_at(self.chart, QRectF(self.rect()), event.position())
        self.selected = node.id if node is not None else None
        self.update()
        if node is not None:
            self.node_selected.emit(node.id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        node = node_at(self.chart, QRectF(self.rect()), event.position())
        if node is not None:
            self.node_activated.emit(node.id, node.kind)
