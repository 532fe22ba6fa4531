"""FilePicker: choose a vault folder, a folder for a new vault, or files to import — without a history.

Qt's own file dialog (and the platform's, through it) remembers visited folders: Qt writes them to
``~/.config/QtProject.conf`` and GTK to ``recently-used.xbel``. Both would name vaults and the folders
evidence came from, in plaintext, on a laptop that may be searched. This picker is a plain tree over the
file system that remembers nothing; it always starts in the home folder. Its title says what it picks
(each caller passes its own: "Choose bundles to merge", "Choose files or folders to import"…).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

VAULT_SUFFIX = ".fvault"


class PickMode(Enum):
    VAULT = "vault"  # an existing NAME.fvault folder
    FOLDER = "folder"  # a folder to create a vault in
    FILES = "files"  # files (or folders) to import
    FILE = "file"  # one existing file (a bundle, an identity file, a draft PDF)
    SAVE = "save"  # a new file or folder to write (an export): a name that does not exist yet


class FilePicker(QDialog):
    """Lives on the UI thread; shown with ``open()`` (non-blocking).

    Signal: ``paths_chosen(list[Path])`` when the person accepts a valid choice (the Open button, a
    double click, or Enter — also on a path typed in the field). ``title``: what is being picked, in
    the caller's words (the mode's generic title when not given).
    """

    paths_chosen = Signal(list)

    def __init__(
        self,
        mode: PickMode,
        parent: QWidget | None = None,
        start: Path | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setObjectName("filePicker")
        self.setWindowTitle(
            title
            or {
                PickMode.VAULT: self.tr("Open a vault"),
                PickMode.FOLDER: self.tr("Choose where to keep the new vault"),
                PickMode.FILES: self.tr("Choose files or folders"),
                PickMode.FILE: self.tr("Choose a file"),
                PickMode.SAVE: self.tr("Choose where to write it"),
            }[mode]
        )
        self.resize(720, 480)
        self.model = QFileSystemModel(self)
        filters = QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot
        if mode in (PickMode.FILES, PickMode.FILE, PickMode.SAVE):
            filters |= QDir.Filter.Files
        self.model.setFilter(filters)
        root = str(start or Path.home())
        self.start = Path(root)
        self.model.setRootPath("/")
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIndex(self.model.index("/"))
        self.view.setColumnWidth(0, 360)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if mode is PickMode.FILES
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        here = self.model.index(root)
        self.view.setCurrentIndex(here)
        self.view.scrollTo(here)
        self.view.expand(here)
        # The tree fills asynchronously: once the start folder's parents are read, show it at the top.
        self.model.directoryLoaded.connect(self._on_directory_loaded)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("or type a path, then press Enter"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        if mode is PickMode.VAULT:
            self.hint.setText(self.tr("A vault is a folder whose name ends in .fvault."))
        if mode is PickMode.SAVE:
            self.hint.setText(self.tr("Choose a folder, then type the new name at the end of the path."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setDefault(True)  # Enter, also when typed
        self.buttons.accepted.connect(self._on_accept_clicked)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.path_edit.textChanged.connect(self._on_selection_changed)
        self._suggested = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.path_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._on_selection_changed()

    def _on_directory_loaded(self, folder: str) -> None:
        if self.start == Path(folder) or self.start.parent == Path(folder):
            here = self.model.index(str(self.start))
            self.view.scrollTo(here, QAbstractItemView.ScrollHint.PositionAtTop)
            self.view.expand(here)

    def suggest(self, name: str) -> None:
        """In SAVE mode: the file name proposed in the chosen folder (the person may change it)."""
        self._suggested = name
        self.path_edit.setText(str(Path.home() / name))

    def chosen(self) -> list[Path]:
        typed = self.path_edit.text().strip()
        if typed:
            return [Path(typed).expanduser()]
        rows = self.view.selectionModel().selectedRows(0)
        return [Path(self.model.filePath(i)) for i in rows]

    def _valid(self, paths: list[Path]) -> bool:
        if not paths:
            return False
        if self.mode is PickMode.VAULT:
            return len(paths) == 1 and paths[0].name.endswith(VAULT_SUFFIX) and paths[0].is_dir()
        if self.mode is PickMode.FOLDER:
            return len(paths) == 1 and paths[0].is_dir()
        if self.mode is PickMode.FILE:
            return len(paths) == 1 and paths[0].is_file()
        if self.mode is PickMode.SAVE:
            return len(paths) == 1 and not paths[0].exists() and paths[0].parent.is_dir()
        return all(p.exists() for p in paths)

    def _on_selection_changed(self) -> None:
        if self.mode is PickMode.SAVE and self.sender() is not self.path_edit:
            rows = self.view.selectionModel().selectedRows(0)
            if rows:
                folder = Path(self.model.filePath(rows[0]))
                folder = folder if folder.is_dir() else folder.parent
                self.path_edit.setText(str(folder / (self._suggested or "")))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(self._valid(self.chosen()))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        path = Path(self.model.filePath(index))
        vault = self.mode is PickMode.VAULT and path.name.endswith(VAULT_SUFFIX)
        if vault or (self.mode in (PickMode.FILES, PickMode.FILE) and path.is_file()):
            self._on_accept_clicked()

    def _on_accept_clicked(self) -> None:
        paths = self.chosen()
        if self._valid(paths):
            self.accept()
            self.paths_chosen.emit(paths)


def pick(mode: PickMode, parent: QWidget | None, suggested: str = "", *, title: str = "") -> FilePicker:
    """Open a picker (non-blocking) and return it; connect to its ``paths_chosen``. ``suggested``: in
    SAVE mode, the name proposed for the new file. ``title``: what is being picked ("Choose bundles to
    merge"), shown as the window's title."""
    picker = FilePicker(mode, parent, title=title or None)
    if suggested:
        picker.suggest(suggested)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.open()
    return picker
