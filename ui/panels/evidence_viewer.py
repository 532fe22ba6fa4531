"""EvidenceViewer: one evidence item, shown or played from memory (photo, PDF, video, audio), beside its
metadata and custody."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.service import VaultService
from app.service_ocr import OcrWords
from ui.media import clock
from ui.panels.metadata_panel import MetadataPanel
from ui.widgets.pdf_view import PdfView
from ui.widgets.photo_view import PhotoView
from ui.workers.poster_maker import jpeg_of
from ui.workers.queries import Queries
from ui.workers.reader_worker import Loaded

if TYPE_CHECKING:
    from ui.widgets.media_view import MediaView


class EvidenceViewer(QDialog):
    """Lives on the UI thread; a child of the main window, so locking (which deletes the window)
    closes it. Signals: ``attachment_wanted(str)`` (to the reader worker); ``content_shown(str)`` once
    the item's picture or document is on screen; ``item_changed(Record)`` when it was attributed in
    the viewer's panel (for the grid to show the new caption); ``item_deleted(str)`` when it was
    deleted there (the viewer then closes). Slots: ``on_attachment_loaded``, ``on_read_failed``.
    """

    attachment_wanted = Signal(str)
    content_shown = Signal(str)
    item_changed = Signal(object)
    item_deleted = Signal(str)

    def __init__(
        self, service: VaultService, record_id: str, queries: Queries, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record_id = record_id
        self._service = service
        self.shown_kind = ""
        self._pending_kind = ""
        self._queries = queries
        self._marks: tuple[list[tuple[int, int, int, int]], tuple[int, int]] = ([], (0, 0))
        self._terms: list[str] = []
        self._closed = False  # set when closing: a late load must not touch the (maybe closed) service
        self.photo = PhotoView(self)
        self.pdf = PdfView(self)
        self.media: MediaView | None = None  # made for a video or an audio file only (it loads FFmpeg)
        self.message = QLabel(self.tr("Decrypting…"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for w in (self.message, self.photo, self.pdf):
            self.stack.addWidget(w)
        self.metadata = MetadataPanel(service, queries, self)
        self.metadata.details_shown.connect(self.setWindowTitle)
        self.metadata.item_changed.connect(self.item_changed)
        self.metadata.item_deleted.connect(self._on_item_deleted)
        self.metadata.show_item(record_id)
        tools = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, shortcut in (
            ("zoom_out", "−", self.tr("Zoom out (-)"), "-"),
            ("zoom_in", "+", self.tr("Zoom in (+)"), "+"),
            ("fit", self.tr("Fit"), self.tr("Fit to the window (0)"), "0"),
            ("rotate_left", "⟲", self.tr("Rotate left (Shift+R)"), "Shift+R"),
            ("rotate_right", "⟳", self.tr("Rotate right (R)"), "R"),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(getattr(self, f"_on_{key}"))
            QShortcut(QKeySequence(shortcut), self).activated.connect(getattr(self, f"_on_{key}"))
            self.buttons[key] = button
            tools.addWidget(button)
        tools.addStretch(1)
        self.where = QLabel(self)
        tools.addWidget(self.where)
        QShortcut(QKeySequence("="), self).activated.connect(self._on_zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self).activated.connect(self.close)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.stack, 1)
        # What text recognition (OCR) read on a photographed or scanned page, beside the image.
        self.recognised = QPlainTextEdit(self)
        self.recognised.setObjectName("recognisedText")
        self.recognised.setReadOnly(True)
        self.recognised.setVisible(False)
        self.recognised.setToolTip(
            self.tr("Text recognised on the image (OCR): searchable, and checked before it leaves")
        )
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.metadata)
        right.addWidget(self.recognised)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1100, 720)
        queries.ask(lambda svc: svc.ocr.text(record_id), self._on_recognised)

    def highlight(self, text: str) -> None:
        """Mark on the photograph the words OCR read that a search for ``text`` matched (each word of
        the search, as a prefix, the way search matches)."""
        terms = [unicodedata.normalize("NFKC", t).casefold() for t in re.findall(r"\w+", text)]
        self._terms = terms
        if terms and self.shown_kind == "pdf":
            self.pdf.mark(terms)
        if terms:
            self._queries.ask(lambda svc: svc.ocr.words(self.record_id), lambda w: self._on_words(w, terms))

    def _on_words(self, words: OcrWords, terms: list[str]) -> None:
        if self._closed:
            return
        boxes = []
        for word in words.words:
            parts = [unicodedata.normalize("NFKC", p).casefold() for p in re.findall(r"\w+", word[0])]
            if any(p.startswith(t) for p in parts for t in terms):
                boxes.append(word[1:5])
        self._marks = (boxes, words.size)
        if self.shown_kind == "image":
            self.photo.set_marks(*self._marks)

    def _on_recognised(self, pages: tuple[tuple[int, str], ...]) -> None:
        if self._closed or not pages:
            return
        shown = [(self.tr("— page {n} —").format(n=n) + "\n" + text) if n else text for n, text in pages]
        self.recognised.setPlainText("\n\n".join(shown))
        self.recognised.setVisible(True)

    def _on_item_deleted(self, record_id: str) -> None:
        self.item_deleted.emit(record_id)
        if record_id == self.record_id:
            self.close()

    def request(self) -> None:
        self.attachment_wanted.emit(self.record_id)

    def on_attachment_loaded(self, loaded: Loaded) -> None:
        if loaded.record_id != self.record_id or self._closed:
            return
        if loaded.kind == "image" and loaded.image is not None:
            self.stack.setCurrentWidget(self.photo)
            self.photo.set_image(loaded.image)
            self.where.setText(f"{loaded.image.width()} × {loaded.image.height()} px")
        elif loaded.kind == "pdf" and self.pdf.load_bytes(loaded.data):
            self.stack.setCurrentWidget(self.pdf)
            self.where.setText(self.tr("%n page(s)", "", self.pdf.page_count()))
        elif loaded.kind in ("video", "audio"):
            self._play(loaded)
            return
        else:
            self.message.setText(
                self.tr(
                    "This item cannot be shown here (not a picture, a PDF, a video or an audio file "
                    "this viewer can read). "
                    "Its metadata and chain of custody are on the right."
                )
            )
            self.stack.setCurrentWidget(self.message)
            return
        self.shown_kind = loaded.kind
        if loaded.kind == "image" and self._marks[0]:
            self.photo.set_marks(*self._marks)
        if loaded.kind == "pdf" and self._terms:
            self.pdf.mark(self._terms)
        self._shown(loaded.kind)

    def _shown(self, kind: str) -> None:
        for key in ("rotate_left", "rotate_right"):
            self.buttons[key].setEnabled(kind == "image")
        for key in ("zoom_in", "zoom_out", "fit"):
            self.buttons[key].setEnabled(kind in ("image", "pdf"))
        self.metadata.show_item(self.record_id)  # the reader recorded the view: custody shows it
        self.content_shown.emit(self.record_id)

    def _play(self, loaded: Loaded) -> None:
        """A video or an audio file: played from its bytes in memory; shown once it is open."""
        if self.media is None:
            # imported when first needed: QtMultimedia loads FFmpeg and the sound system's library
            from ui.widgets.media_view import MediaView

            self.media = MediaView(self)
            self.media.loaded.connect(self._on_media_loaded)
            self.media.failed.connect(self._on_media_failed)
            self.media.grabber.poster_ready.connect(self._keep_poster)
            self.stack.addWidget(self.media)
        self.message.setText(self.tr("Opening…"))
        self.stack.setCurrentWidget(self.message)
        self.shown_kind = ""
        self._pending_kind = loaded.kind
        self.media.load(loaded.data, loaded.kind, loaded.media_type)

    def _on_media_loaded(self, duration: int) -> None:
        if self._closed or self.media is None:
            return
        self.stack.setCurrentWidget(self.media)
        self.where.setText(clock(duration))
        self.shown_kind = self._pending_kind
        self._shown(self._pending_kind)

    def _keep_poster(self, image: QImage) -> None:
        """A video viewed before the grid took its poster (or too large for the grid to read): the
        viewer's poster becomes its thumbnail; the vault keeps one that is already stored."""
        if self._closed or self._pending_kind != "video":
            return
        data, record_id = jpeg_of(image), self.record_id
        self._queries.ask(
            lambda service: service.evidence.store_poster(record_id, data),
            lambda _stored: None,
            lambda _message, _error: None,  # the grid's tile stays as it is
        )

    def _on_media_failed(self, message: str) -> None:
        if self._closed:
            return
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)

    def on_read_failed(self, record_id: str, message: str) -> None:
        if record_id == self.record_id:
            self.message.setText(message)
            self.stack.setCurrentWidget(self.message)

    def _current(self) -> PhotoView | PdfView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, PhotoView | PdfView) else None

    def _on_zoom_in(self) -> None:
        view = self._current()
        if view is not None:
            view.zoom_in()

    def _on_zoom_out(self) -> None:
        view = self._current()
        if view is not None:
            view.zoom_out()

    def _on_fit(self) -> None:
        view = self._current()
        if view is not None:
            view.fit()

    def _on_rotate_left(self) -> None:
        if self.stack.currentWidget() is self.photo:
            self.photo.rotate_left()

    def _on_rotate_right(self) -> None:
        if self.stack.currentWidget() is self.photo:
            self.photo.rotate_right()

    def done(self, result: int) -> None:
        self._closed = True
        self.metadata.forget()
        self.photo.clear()
        self.pdf.unload()
        if self.media is not None:
            self.media.unload()
        super().done(result)
