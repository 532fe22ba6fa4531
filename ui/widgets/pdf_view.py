"""PdfView: a PDF shown from memory with QtPdf — its bytes go to a QBuffer, never to a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

STEP = 1.25


class PdfView(QPdfView):
    """Lives on the UI thread. No signals. ``load_bytes`` returns False when the PDF cannot be read."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self.pdf_document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.setDocument(self.pdf_document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def load_bytes(self, data: bytes) -> bool:
        self.unload()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        return self.pdf_document.status() == QPdfDocument.Status.Ready

    def unload(self) -> None:
        self.pdf_document.close()
        if self._buffer.isOpen():
            self._buffer.close()
        self._buffer.setData(QByteArray())

    def page_count(self) -> int:
        return self.pdf_document.pageCount()

    def zoom_in(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(min(self.zoomFactor() * STEP, 16.0))

    def zoom_out(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(max(self.zoomFactor() / STEP, 0.1))

    def fit(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
