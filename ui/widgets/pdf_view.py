"""PdfView: a PDF shown from memory with QtPdf — its bytes go to a QBuffer, never to a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
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
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.pdf_document)
        self.search.rowsInserted.connect(self._first_found)

    def mark(self, terms: list[str]) -> None:
        """Mark where a search's words are on the pages, and go to the first. QtPdf looks for one string
        (ignoring case): the longest word of the search, the most telling one."""
        term = max(terms, key=len) if terms else ""
        self.setCurrentSearchResultIndex(-1)
        self.search.setSearchString(term)

    def _first_found(self) -> None:
        if self.currentSearchResultIndex() < 0 and self.search.rowCount(QModelIndex()) > 0:
            if self.searchModel() is None:
                self.setSearchModel(self.search)
            self.setCurrentSearchResultIndex(0)
            self.pageNavigator().jump(self.search.resultAtIndex(0))

    def load_bytes(self, data: bytes) -> bool:
        self.unload()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        return self.pdf_document.status() == QPdfDocument.Status.Ready

    def unload(self) -> None:
        # The view is given the search only once it has found something in a loaded document: QPdfView
        # 6.12 crashes painting a search over a document that is still loading or was closed.
        self.setSearchModel(None)  # type: ignore[arg-type]
        self.search.setSearchString("")
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
