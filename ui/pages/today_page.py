"""TodayPage: the home view of an open vault — what needs doing today.

Letters past their reply deadline or due within a week, the report cut-off, requests from courts and
mechanisms still open with their deadlines (overdue ones first, in red), claims the methodology
does not yet let move up (with its reasons), evidence attributed to neither a source nor an
investigation, and what changed since the last bundle. One service query (``service.agenda.today()``,
app/service_today.py) on the query worker fills it; activating an item opens it in its section.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.public import VaultError
from app.service_today import ClaimWaiting, LetterDue, RequestDue, SinceBundle, Today, Unattributed
from ui.errors import vault_text
from ui.labels import choice_label
from ui.sections import Section, kind_label
from ui.widgets.icons import TONES, icon
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
LIST_ROWS = 6  # rows a list shows before it scrolls


class TodayPage(QWidget):
    """Lives on the UI thread; reads through the query worker.

    Signals: ``record_wanted(id, kind)`` when an item is activated (Enter or a double click);
    ``section_wanted(str)`` (the letters list); ``wizard_requested(str)`` ("bundle").
    ``loaded`` counts refreshes (tests wait on it); ``today`` may be set by tests before ``reload``.
    """

    record_wanted = Signal(str, str)
    section_wanted = Signal(str)
    wizard_requested = Signal(str)

    def __init__(self, section: Section, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.section = section
        self._queries = queries
        self.today = date.today()
        self.shown: Today | None = None
        self.loaded = 0
        self.heading = QLabel(section.label(), self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.date_label.setStyleSheet("color: palette(mid);")
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshToday")
        self.refresh_button.setToolTip(self.tr("Read the vault again (F5)"))
        self.refresh_button.setShortcut("F5")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.all_clear = QLabel(self)
        self.all_clear.setObjectName("allClear")
        self.all_clear.setVisible(False)

        # letters and the cut-off
        self.letters_box = QGroupBox(self.tr("Letters awaiting a reply"), self)
        self.letters_box.setObjectName("lettersBox")
        self.letters_summary = QLabel(self.letters_box)
        self.letters_summary.setObjectName("lettersSummary")
        self.letters_summary.setWordWrap(True)
        self.letters = self._list("dueLetters", self.letters_box)
        self.cutoff = QLabel(self.letters_box)
        self.cutoff.setObjectName("cutoff")
        self.cutoff.setWordWrap(True)
        self.letters_button = QPushButton(icon("letters"), self.tr("Open the &letters"), self.letters_box)
        box = QVBoxLayout(self.letters_box)
        box.addWidget(self.letters_summary)
        box.addWidget(self.letters, 1)
        box.addWidget(self.cutoff)
        box.addWidget(self.letters_button, 0, Qt.AlignmentFlag.AlignRight)

        # requests from courts and mechanisms
        self.requests_box = QGroupBox(self.tr("Requests from courts and mechanisms"), self)
        self.requests_box.setObjectName("requestsBox")
        self.requests_summary = QLabel(self.requests_box)
        self.requests_summary.setObjectName("requestsSummary")
        self.requests_summary.setWordWrap(True)
        self.requests = self._list("openRequests", self.requests_box)
        self.requests_button = QPushButton(icon("requests"), self.tr("Open the re&quests"), self.requests_box)
        self.requests_button.setObjectName("openRequests")
        box = QVBoxLayout(self.requests_box)
        box.addWidget(self.requests_summary)
        box.addWidget(self.requests, 1)
        box.addWidget(self.requests_button, 0, Qt.AlignmentFlag.AlignRight)

        # claims waiting for corroboration
        self.claims_box = QGroupBox(self.tr("Claims waiting for corroboration"), self)
        self.claims_box.setObjectName("claimsBox")
        self.claims_summary = QLabel(self.claims_box)
        self.claims_summary.setObjectName("claimsSummary")
        self.claims_summary.setWordWrap(True)
        self.claims = self._list("waitingClaims", self.claims_box)
        box = QVBoxLayout(self.claims_box)
        box.addWidget(self.claims_summary)
        box.addWidget(self.claims, 1)

        # evidence attributed to nothing
        self.evidence_box = QGroupBox(self.tr("Evidence not attributed"), self)
        self.evidence_box.setObjectName("evidenceBox")
        self.evidence_summary = QLabel(self.evidence_box)
        self.evidence_summary.setObjectName("evidenceSummary")
        self.evidence_summary.setWordWrap(True)
        self.evidence = self._list("unattributedEvidence", self.evidence_box)
        box = QVBoxLayout(self.evidence_box)
        box.addWidget(self.evidence_summary)
        box.addWidget(self.evidence, 1)

        # the next bundle
        self.bundle_box = QGroupBox(self.tr("Since the last bundle"), self)
        self.bundle_box.setObjectName("bundleBox")
        self.bundle_summary = QLabel(self.bundle_box)
        self.bundle_summary.setObjectName("bundleSummary")
        self.bundle_summary.setWordWrap(True)
        self.bundle_kinds = QLabel(self.bundle_box)
        self.bundle_kinds.setObjectName("bundleKinds")
        self.bundle_kinds.setWordWrap(True)
        self.bundle_kinds.setStyleSheet("color: palette(mid);")
        self.bundle_button = QPushButton(icon("bundle"), self.tr("&Export a bundle…"), self.bundle_box)
        self.bundle_button.setObjectName("exportBundle")
        box = QVBoxLayout(self.bundle_box)
        box.addWidget(self.bundle_summary)
        box.addWidget(self.bundle_kinds)
        box.addStretch(1)
        box.addWidget(self.bundle_button, 0, Qt.AlignmentFlag.AlignRight)

        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.addWidget(self.letters_box, 0, 0)
        grid.addWidget(self.requests_box, 0, 1)
        grid.addWidget(self.claims_box, 1, 0)
        grid.addWidget(self.evidence_box, 1, 1)
        grid.addWidget(self.bundle_box, 2, 0, 1, 2)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.all_clear)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.reload)
        self.letters_button.clicked.connect(lambda: self.section_wanted.emit("letters"))
        self.requests_button.clicked.connect(lambda: self.section_wanted.emit("requests"))
        self.bundle_button.clicked.connect(lambda: self.wizard_requested.emit("bundle"))
        for lst in (self.letters, self.requests, self.claims, self.evidence):
            lst.itemActivated.connect(self._on_item_activated)
        self.reload()

    def _list(self, name: str, parent: QWidget) -> QListWidget:
        lst = QListWidget(parent)
        lst.setObjectName(name)
        lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lst.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole line is in the tooltip
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lst.setWordWrap(False)
        lst.setUniformItemSizes(True)
        rows = lst.fontMetrics().height() + 8
        lst.setMinimumHeight(rows * 3)
        lst.setMaximumHeight(rows * LIST_ROWS + 6)
        lst.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return lst

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        day = self.today

        def failed(message: str, _error: VaultError | None) -> None:
            self.letters_summary.setText(message)
            self.loaded += 1

        self._queries.ask(lambda s: s.agenda.today(today=day), self._on_loaded, failed)

    def _on_loaded(self, today: Today) -> None:
        self.shown = today
        day = QDate(today.day.year, today.day.month, today.day.day)
        self.date_label.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))
        self._show_letters(today)
        self._show_requests(today.requests)
        self._show_claims(today.claims_waiting)
        self._show_evidence(today.unattributed, today.unattributed_count)
        self._show_bundle(today.since_bundle)
        self.all_clear.setText(self.tr("Nothing is waiting on you today.") if today.nothing_due else "")
        self.all_clear.setVisible(today.nothing_due)
        self.loaded += 1

    def _show_letters(self, today: Today) -> None:
        self.letters.clear()
        late, soon = len(today.overdue), len(today.due_soon)
        self.letters_summary.setText(
            self.tr("%n overdue", "", late) + " · " + self.tr("%n due within a week", "", soon)
        )
        for due in (*today.overdue, *today.due_soon):
            self.letters.addItem(self._letter_item(due))
        if not late and not soon:
            self.letters.addItem(self._quiet_item(self.tr("No reply is due this week.")))
        days = today.cutoff_days or 0
        if today.cutoff is None:
            self.cutoff.setText(self.tr("Report cut-off: none recorded (it is set on a letter)."))
        elif days >= 0:
            self.cutoff.setText(
                self.tr("Report cut-off: {date}, in %n day(s).", "", days).format(date=today.cutoff)
            )
        else:
            self.cutoff.setText(
                self.tr("Report cut-off: {date}, passed %n day(s) ago.", "", -days).format(date=today.cutoff)
            )

    def _letter_item(self, due: LetterDue) -> QListWidgetItem:
        what = self.tr("{symbol} to {addressee}").format(
            symbol=due.symbol or self.tr("(no symbol)"), addressee=due.addressee
        )
        if due.overdue:
            when = self.tr("%n day(s) overdue", "", -due.days)
        elif due.days == 0:
            when = self.tr("due today")
        else:
            when = self.tr("due in %n day(s)", "", due.days)
        item = QListWidgetItem(icon("overdue" if due.overdue else "due-soon"), f"{when} — {what}")
        item.setToolTip(f"{what}\n" + self.tr("Reply deadline {date}").format(date=due.deadline))
        item.setForeground(QColor(TONES["overdue" if due.overdue else "due-soon"]))
        item.setData(IdRole, due.id)
        item.setData(KindRole, "letter")
        return item

    def _show_requests(self, requests: tuple[RequestDue, ...]) -> None:
        self.requests.clear()
        late = sum(1 for r in requests if r.overdue)
        self.requests_summary.setText(
            self.tr("%n open", "", len(requests)) + " · " + self.tr("%n overdue", "", late)
        )
        for due in requests:
            what = self.tr("{reference} from {authority}").format(
                reference=due.reference or self.tr("(no reference)"), authority=due.authority
            )
            if due.days is None:
                when = self.tr("no deadline")
            elif due.overdue:
                when = self.tr("%n day(s) overdue", "", -due.days)
            elif due.days == 0:
                when = self.tr("due today")
            else:
                when = self.tr("due in %n day(s)", "", due.days)
            tone = "overdue" if due.overdue else "due-soon"
            item = QListWidgetItem(icon(tone if due.days is not None else "requests"), f"{when} — {what}")
            deadline = self.tr("Deadline {date}").format(date=due.deadline) if due.deadline else when
            item.setToolTip(f"{what}\n{deadline}")
            if due.overdue:
                item.setForeground(QColor(TONES["overdue"]))
            item.setData(IdRole, due.id)
            item.setData(KindRole, "request")
            self.requests.addItem(item)
        if not requests:
            self.requests.addItem(self._quiet_item(self.tr("No request is open.")))

    def _show_claims(self, claims: tuple[ClaimWaiting, ...]) -> None:
        self.claims.clear()
        self.claims_summary.setText(
            self.tr("%n claim(s) the methodology does not yet let move up.", "", len(claims))
            if claims
            else self.tr("Every claim may move up as far as its support allows.")
        )
        for waiting in claims:
            reasons = [vault_text(r) for r in waiting.reasons]
            step = self.tr("{status} → {wants}").format(
                status=choice_label(waiting.status), wants=choice_label(waiting.wants)
            )
            item = QListWidgetItem(icon("waiting"), f"{step}: {waiting.title}")
            item.setToolTip("\n".join([waiting.title, *reasons]))
            item.setData(IdRole, waiting.id)
            item.setData(KindRole, "claim")
            self.claims.addItem(item)
        if not claims:
            self.claims.addItem(self._quiet_item(self.tr("No claim is waiting.")))

    def _show_evidence(self, items: tuple[Unattributed, ...], count: int) -> None:
        self.evidence.clear()
        if count > len(items):
            self.evidence_summary.setText(
                self.tr("%n item(s) attributed to no source or investigation (the newest listed).", "", count)
            )
        elif count:
            self.evidence_summary.setText(
                self.tr("%n item(s) attributed to no source or investigation.", "", count)
            )
        else:
            self.evidence_summary.setText(self.tr("Every item belongs to a source or an investigation."))
        for found in items:
            item = QListWidgetItem(icon("unattributed"), found.title or found.id[:8])
            received = (found.received_at or "")[:10]
            tip = [found.title] + ([self.tr("Received {date}").format(date=received)] if received else [])
            item.setToolTip("\n".join(tip))
            item.setData(IdRole, found.id)
            item.setData(KindRole, "evidence")
            self.evidence.addItem(item)
        if not count:
            self.evidence.addItem(self._quiet_item(self.tr("Nothing to attribute.")))

    def _show_bundle(self, since: SinceBundle | None) -> None:
        self.bundle_box.setVisible(since is not None)
        if since is None:
            return
        if since.last:
            written = (since.written_at or "")[:10]
            head = self.tr("Bundle #{n} was written on {date}.").format(n=since.last, date=written)
            changed = self.tr("%n record(s) changed since.", "", since.total)
        else:
            head = self.tr("No bundle written yet.")
            changed = self.tr("%n record(s) to send.", "", since.total)
        next_one = self.tr("The next is bundle #{n}.").format(n=since.next) if since.total else ""
        self.bundle_summary.setText(" ".join(t for t in (head, changed, next_one) if t))
        self.bundle_kinds.setText(
            ", ".join(f"{kind_label(kind)}: {n}" for kind, n in sorted(since.changed.items()))
        )
        self.bundle_button.setEnabled(since.total > 0)

    def _quiet_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(icon("done"), text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    # --- going there -------------------------------------------------------------------------------

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        rid, kind = item.data(IdRole), item.data(KindRole)
        if isinstance(rid, str) and isinstance(kind, str):
            self.record_wanted.emit(rid, kind)
