"""Drawing a picture (the link chart, the timeline) as PNG or SVG bytes for a briefing.

An export is an explicit act of the person, to a file they name; the picture is made in memory here
(painting needs the UI thread) and handed to the service (``export_picture``), whose outbound gate reads
its labels, its bytes and the file name before it writes the file and records the export.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

Paint = Callable[[QPainter, QRectF], None]


def render_png(paint: Paint, size: tuple[int, int], scale: float = 2.0) -> bytes:
    image = QImage(int(size[0] * scale), int(size[1] * scale), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter, QRectF(0, 0, size[0], size[1]))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def render_svg(paint: Paint, size: tuple[int, int], title: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(*size))
    generator.setViewBox(QRectF(0, 0, size[0], size[1]))
    generator.setTitle(title)
    painter = QPainter(generator)
    paint(painter, QRectF(0, 0, size[0], size[1]))
    painter.end()
    buffer.close()
    return bytes(data.data())


def render(suffix: str, paint: Paint, size: tuple[int, int], title: str) -> bytes:
    """The picture as SVG when ``suffix`` is ".svg", else as PNG (the service writes it)."""
    return render_svg(paint, size, title) if suffix.lower() == ".svg" else render_png(paint, size)
