"""PicturesPage: the link chart and the timeline, filterable by investigation, exportable as PNG or SVG.

Both pictures are gathered and laid out on the query worker (a large investigation never stalls the
window); painting is the same code on screen and in the exported file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.public import LeakRefused, VaultError
from ui.pictures import picture_export
from ui.pictures.chart_data import Chart, build_chart
from ui.pictures.chart_painter import natural_size as chart_size
from ui.pictures.chart_painter import paint_chart
from ui.pictures.timeline_data import Timeline, build_timeline
from ui.pictures.timeline_painter import natural_size as timeline_size
from ui.pictures.timeline_painter import paint_timeline
from ui.sections import Section
from ui.widgets.file_picker import PickMode, pick
from ui.widgets.investigation_filter import InvestigationFilter
from ui.widgets.link_chart import LinkChart
from ui.widgets.timeline_view import TimelineView
from ui.wizards.findings_view import FindingsView
from ui.workers.queries import Queries


class PicturesPage(QWidget):
    """Lives on the UI thread.

    Signals: ``pictures_loaded()`` once both pictures are drawn for the chosen investigation;
    ``record_wanted(str, str)`` (id, kind) when a node or mark is double-clicked;
    ``picture_exported(str)`` with the path written; ``export_refused()`` when the leak guard refused.
    """

    pictures_loaded = Signal()
    record_wanted = Signal(str, str)
    picture_exported = Signal(str)
    export_refused = Signal()

    def __init__(self, section: Section, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._queries = queries
        self.today = date.today()
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.filter = InvestigationFilter(queries, self)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.svg_button = QPushButton(self.tr("Export SVG…"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.filter)
        top.addWidget(self.png_button)
        top.addWidget(self.svg_button)
        self.chart = LinkChart(self)
        self.timeline = TimelineView(self)
        self.tabs = QTabWidget(self)
        for widget, title in ((self.chart, self.tr("Link chart")), (self.timeline, self.tr("Timeline"))):
            scroll = QScrollArea(self)
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            self.tabs.addTab(scroll, title)
        self.note = QLabel(self)
        self.note.setObjectName("picturesNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.findings = FindingsView(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.findings)
        self.filter.investigation_chosen.connect(lambda _i: self.reload())
        self.filter.investigations_loaded.connect(self._on_investigations_loaded)
        self.png_button.clicked.connect(lambda: self.choose_export(".png"))
        self.svg_button.clicked.connect(lambda: self.choose_export(".svg"))
        self.chart.node_activated.connect(self.record_wanted)
        self.timeline.event_activated.connect(self.record_wanted)
        self.reload()

    def _on_investigations_loaded(self) -> None:
        if self.filter.count() == 2:  # one investigation: show it rather than "all"
            self.filter.setCurrentIndex(1)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(1 if name == "timeline" else 0)

    def reload(self) -> None:
        investigation, today = self.filter.current(), self.today
        self._queries.ask(
            lambda s: (build_chart(s, investigation), build_timeline(s, investigation, today)),
            self._on_loaded,
        )

    def _on_loaded(self, pictures: tuple[Chart, Timeline]) -> None:
        chart, timeline = pictures
        self.chart.set_chart(chart)
        self.timeline.set_timeline(timeline)
        note = self.tr(
            "Sources appear by code only. Dashed red lines: exculpatory information. Double-click to open."
        )
        if chart.left_out:
            note += " " + self.tr("{n} records are left out of the chart (too many to draw).").format(
                n=chart.left_out
            )
        self.note.setText(note)
        self.pictures_loaded.emit()

    # --- exporting ----------------------------------------------------------------------------

    def current_picture(self) -> str:
        return "timeline" if self.tabs.currentIndex() == 1 else "chart"

    def choose_export(self, suffix: str) -> None:
        picker = pick(PickMode.SAVE, self, f"{self.current_picture()}{suffix}")
        picker.paths_chosen.connect(lambda paths: self.export_to(paths[0]))

    def _labels(self) -> list[tuple[str, str]]:
        if self.current_picture() == "chart":
            return [
                (f"label of chart node {n}", node.label) for n, node in enumerate(self.chart.chart.nodes, 1)
            ]
        return [
            (f"label of timeline mark {n}", e.label) for n, e in enumerate(self.timeline.timeline.events, 1)
        ]

    def export_to(self, path: Path) -> None:
        """Draw the picture shown and hand it to the service, whose outbound gate reads its labels, its
        bytes and the file name before writing ``path``; findings are shown in place."""
        labels = self._labels()
        self.findings.show_findings(())
        if self.current_picture() == "chart":
            chart = self.chart.chart

            def paint(p: QPainter, area: QRectF) -> None:
                paint_chart(p, chart, area)

            size = chart_size(chart)
        else:
            timeline = self.timeline.timeline

            def paint(p: QPainter, area: QRectF) -> None:
                paint_timeline(p, timeline, area)

            size = timeline_size(timeline)
        what = self.current_picture()
        data = picture_export.render(path.suffix, paint, size, self.tabs.tabText(self.tabs.currentIndex()))
        self._queries.ask(
            lambda s: s.shares.export_picture(what, path, data, labels),
            lambda _: self._on_export_recorded(path),
            self._on_export_refused,
        )

    def _on_export_refused(self, message: str, error: VaultError | None) -> None:
        if isinstance(error, LeakRefused):
            self.findings.show_findings(error.findings)
            self.export_refused.emit()
            return
        self._on_export_failed(message, error)

    def _on_export_recorded(self, path: Path) -> None:
        self.note.setText(self.tr("Written to {path}").format(path=path))
        self.picture_exported.emit(str(path))

    def _on_export_failed(self, message: str, _error: VaultError | None) -> None:
        self.note.setText(message)
        self.export_refused.emit()
