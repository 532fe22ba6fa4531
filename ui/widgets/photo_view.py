"""PhotoView: a picture shown from memory, with zoom (wheel with Ctrl, +, -, fit) and rotation."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

STEP = 1.25


class PhotoView(QGraphicsView):
    """Lives on the UI thread. No signals. Rotation turns the view, never the stored original."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.rotation = 0
        self.zoom = 1.0
        self.marks: list[QGraphicsRectItem] = []

    def set_marks(self, boxes: list[tuple[int, int, int, int]], measured_on: tuple[int, int]) -> None:
        """Highlight these boxes (left, top, width, height in pixels of an image of ``measured_on`` size:
        the words OCR found for a search), scaled onto the picture shown; they turn with it."""
        for mark in self.marks:
            self._scene.removeItem(mark)
        self.marks = []
        shown = self._item.pixmap()
        if shown.isNull() or measured_on[0] <= 0 or measured_on[1] <= 0:
            return
        sx, sy = shown.width() / measured_on[0], shown.height() / measured_on[1]
        for left, top, width, height in boxes:
            mark = QGraphicsRectItem(QRectF(left * sx, top * sy, width * sx, height * sy), self._item)
            mark.setBrush(QBrush(QColor(255, 210, 0, 90)))
            mark.setPen(QPen(QColor(230, 150, 0), 2))
            self.marks.append(mark)

    def set_image(self, image: QImage) -> None:
        self._item.setPixmap(QPixmap.fromImage(image))
        self._scene.setSceneRect(self._item.boundingRect())
        self.rotation = 0
        self.fit()

    def clear(self) -> None:
        self.set_marks([], (0, 0))
        self._item.setPixmap(QPixmap())

    def _apply(self) -> None:
        self.resetTransform()
        self.rotate(self.rotation)
        self.scale(self.zoom, self.zoom)

    def zoom_in(self) -> None:
        self.zoom = min(self.zoom * STEP, 32.0)
        self._apply()

    def zoom_out(self) -> None:
        self.zoom = max(self.zoom / STEP, 0.02)
        self._apply()

    def actual_size(self) -> None:
        self.zoom = 1.0
        self._apply()

    def fit(self) -> None:
        self.resetTransform()
        self.rotate(self.rotation)
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.transform().m11() if self.rotation % 180 == 0 else abs(self.transform().m12())

    def rotate_right(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._apply()

    def rotate_left(self) -> None:
        self.rotation = (self.rotation - 90) % 360
        self._apply()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            else:
                self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)
