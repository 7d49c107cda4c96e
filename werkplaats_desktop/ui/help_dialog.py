"""Help > Handleiding: the short Dutch manual shipped with the program (resources/handleiding)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QWidget

from werkplaats_desktop.locations import resources_dir
from werkplaats_desktop.ui.i18n import translate


def chapters() -> list[Path]:
    return sorted((resources_dir() / "handleiding").glob("*.md"))


def title_of(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Handleiding"))
        self.index = QListWidget()
        self.index.setMaximumWidth(260)
        self.index.setAccessibleName(translate("Help", "Hoofdstukken"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        # the chapters' pictures (img/...) next to them
        self.text.setSearchPaths([str(resources_dir() / "handleiding")])
        self.paths = chapters()
        for path in self.paths:
            self.index.addItem(title_of(path))
        self.index.currentRowChanged.connect(self.show_chapter)
        layout = QHBoxLayout(self)
        layout.addWidget(self.index)
        layout.addWidget(self.text, 1)
        self.resize(980, 640)
        self.index.setCurrentRow(0)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def show_chapter(self, row: int) -> None:
        if 0 <= row < len(self.paths):
            self.text.setMarkdown(self.paths[row].read_text(encoding="utf-8"))
