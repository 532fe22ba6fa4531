"""Writing a picture (the link chart, the timeline) as PNG or SVG for a briefing.

An export is an explicit act of the person, to a file they name; it is made in memory and written with
O_EXCL (never over an existing file) and mode 0600. Before it is written, the labels it shows pass the
leak guard (``guard_labels``): a caption or statement naming a confidential or protected source is
refused, showing where. After writing, the page records the export in the audit log through the service
(``record_picture_export``, by the SHA-256 of the bytes written).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from app.service import VaultService
from vault.errors import UserError
from vault.leakguard import Finding, TextPart

Paint = Callable[[QPainter, QRectF], None]


def guard_labels(service: VaultService, labels: Iterable[tuple[str, str]]) -> list[Finding]:
    """Leak-guard findings for (place, text) pairs (runs on the query worker)."""
    return service.leak_guard().scan(TextPart(place, text) for place, text in labels)


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


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file (refusing an existing one), readable by its owner only."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(f"{path} already exists; choose another name") from None
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or 'I/O error'}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or 'I/O error'}") from None


def export(path: Path, paint: Paint, size: tuple[int, int], title: str) -> str:
    """PNG or SVG by the file's suffix (anything else: PNG); returns the SHA-256 of what was written."""
    data = render_svg(paint, size, title) if path.suffix.lower() == ".svg" else render_png(paint, size)
    write_new(path, data)
    return hashlib.sha256(data).hexdigest()
