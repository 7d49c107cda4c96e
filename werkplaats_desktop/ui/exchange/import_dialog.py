"""Choosing what to import: exports as ZIP or CSV files, or folders with a manifest.json."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start: Path | None = None):
        super().__init__(parent)
        self.start = start or Path.home()
        self.setWindowTitle(self.tr("Importeren"))
        intro = QLabel(
            self.tr(
                "Kies de exports van werkplaatsen: een volledige export (ZIP-bestand of map met "
                "manifest.json) of een landelijk overzicht (CSV). Alles wordt eerst gecontroleerd "
                "en dan in één keer opgeslagen; bij een fout wordt niets gewijzigd. Opnieuw inlezen "
                "werkt bij, zonder dubbele records."
            )
        )
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Te importeren bestanden"))
        add_files = QPushButton(self.tr("Bestanden toevoegen…"))
        add_folder = QPushButton(self.tr("Map toevoegen…"))
        self.remove = QPushButton(self.tr("Verwijderen"))
        add_files.clicked.connect(self.choose_files)
        add_folder.clicked.connect(self.choose_folder)
        self.remove.clicked.connect(self._remove)
        side = QVBoxLayout()
        for button in (add_files, add_folder, self.remove):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.files, 1)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Inlezen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.files.itemSelectionChanged.connect(self._update)
        self._update()
        self.resize(640, 380)

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                known.add(path)
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.files.addItem(item)
        self._update()

    def paths(self) -> list[Path]:
        return [
            Path(self.files.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.files.count())
        ]

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Exports kiezen"),
            str(self.start),
            self.tr("Exports (*.zip *.csv);;Alle bestanden (*)"),
        )
        self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Map met een export kiezen"), str(self.start)
        )
        if name:
            self.add_paths([Path(name)])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.files.count() > 0)
        self.remove.setEnabled(bool(self.files.selectedItems()))
