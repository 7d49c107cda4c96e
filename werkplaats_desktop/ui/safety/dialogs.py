"""The two dialogs of data safety: choosing a backup to restore, and the backup folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.numbers import fmt_decimal
from werkplaats_desktop.store import Backup, BackupSet
from werkplaats_desktop.ui.opening import format_when
from werkplaats_desktop.ui.settings import Settings


def reason_label(backup: Backup) -> str:
    return backup.describe(lambda text: QCoreApplication.translate("Backups", text))


def size_label(size: int) -> str:
    return QCoreApplication.translate("Backups", "%1 MB").replace(
        "%1", fmt_decimal(size / 1_000_000, 1))


class RestoreDialog(QDialog):
    """Lists the backups of the open database, newest first; :attr:`chosen` after OK."""

    def __init__(self, backups: BackupSet, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Herstellen uit backup"))
        self.backups = backups
        self.chosen: Backup | None = None
        self.items = backups.all()
        intro = QLabel(self.tr(
            "Kies de backup die u wilt terugzetten. Het programma controleert de backup eerst "
            "en bewaart de huidige database zelf als backup voordat hij wordt vervangen.\n"
            "Backups van %1 staan in %2.").replace("%1", backups.database.name)
            .replace("%2", str(backups.folder)))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(self.items), 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("backuplijst")
        self.table.setHorizontalHeaderLabels([self.tr("Gemaakt op"), self.tr("Soort"),
                                              self.tr("Grootte")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(self.items):
            size = QTableWidgetItem(size_label(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((QTableWidgetItem(format_when(backup.when)),
                                        QTableWidgetItem(reason_label(backup)), size)):
                self.table.setItem(row, col, item)
        self.empty = QLabel(self.tr("Er zijn nog geen backups van dit bestand in deze map."))
        self.empty.setVisible(not self.items)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Terugzetten"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = buttons.addButton(self.tr("Ander &bestand…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.restore_button.clicked.connect(self._choose_selected)
        self.other_button.clicked.connect(self._choose_file)
        cancel.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(self._choose_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if self.items:
            self.table.selectRow(0)
        self._update()
        self.resize(620, 420)

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _choose_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.items[rows[0].row()]
            self.accept()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Backup kiezen"), str(self.backups.folder),
            self.tr("Databases (*.sqlite *.db);;Alle bestanden (*)"))
        if name:
            path = Path(name)
            self.chosen = Backup(path, datetime.fromtimestamp(path.stat().st_mtime), "handmatig")
            self.accept()


class LocationDialog(QDialog):
    """Shows where the backups of the open database go, and lets the user change it."""

    def __init__(self, database: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backupmap"))
        self.database = database
        self.label = QLabel()
        self.label.setObjectName("backupmap")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr(
            "Het programma maakt een backup bij het afsluiten en minstens één keer per dag "
            "terwijl het draait, en dunt oude backups uit tot één per dag (7 dagen), per week "
            "(8 weken) en per maand (12 maanden). Kies bij voorkeur een map op een andere schijf "
            "of een USB-stick. Na een wijziging blijven bestaande backups in de oude map staan."))
        note.setWordWrap(True)
        change = QPushButton(self.tr("Andere map &kiezen…"))
        change.clicked.connect(self.choose)
        standard = QPushButton(self.tr("&Standaardmap"))
        standard.clicked.connect(self.use_standard)
        show = QPushButton(self.tr("Map &openen"))
        show.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        for button in (change, standard, show):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(close)
        self.refresh()
        self.resize(560, 260)

    def folder(self) -> Path:
        return BackupSet(self.database, Settings().backup_root).folder

    def refresh(self) -> None:
        self.label.setText(self.tr("De backups van <b>%1</b> komen in:<br>%2")
                           .replace("%1", self.database.name).replace("%2", str(self.folder())))

    def choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Backupmap kiezen"),
                                                str(Settings().backup_root))
        if name:
            self.set_root(Path(name))

    def set_root(self, root: Path | None) -> None:
        Settings().backup_root = root
        self.refresh()

    def use_standard(self) -> None:
        self.set_root(None)

    def show_folder(self) -> None:
        folder = self.folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
