"""The main window: navigation on the left, one page per kind of record on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Change, Database
from werkplaats_desktop.ui.bridge import ChangeBridge
from werkplaats_desktop.ui.list_page import ListPage


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.services = Services(db)
        self.bridge = ChangeBridge(db, self)
        self.bridge.changed.connect(self.on_change)

        self.nav = QListWidget()
        self.nav.setObjectName("navigatie")
        self.nav.setFixedWidth(190)
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.add_page("werkplaats", ListPage(self.services.lists, "werkplaats",
                                             self.tr("Werkplaatsen")), self.tr("Werkplaatsen"))
        self.add_page("project", ListPage(self.services.lists, "project",
                                          self.tr("Projecten")), self.tr("Projecten"))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.services.info.is_demo():
            banner = QLabel(self.tr("Voorbeelddatabase: de feiten komen uit 'Uit de steigers' "
                                    "(2015); projecten, activiteiten en bedragen zijn verzonnen."))
            banner.setObjectName("voorbeeldbanner")
            outer.addWidget(banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.setWindowTitle(f"{db.path.name} — {APP_NAME}")
        self.resize(1280, 760)
        self.update_status()

    def add_page(self, key: str, page: QWidget, label: str) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        self.nav.addItem(label)

    def _build_menus(self) -> None:
        bestand = self.menuBar().addMenu(self.tr("&Bestand"))
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        bestand.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Werkplaats Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Over Werkplaats Desktop"),
                          self.tr("<b>%1</b> versie %2<br>Database: %3")
                          .replace("%1", APP_NAME).replace("%2", __version__)
                          .replace("%3", str(self.db.path)))

    def on_change(self, change: Change) -> None:
        for page in self.pages.values():
            if isinstance(page, ListPage):
                page.refresh()
        self.update_status()

    def update_status(self) -> None:
        counts = self.services.info.counts()
        self.statusBar().showMessage(
            self.tr("%1 — %2 werkplaatsen, %3 projecten, %4 activiteiten")
            .replace("%1", str(self.db.path)).replace("%2", str(counts["werkplaatsen"]))
            .replace("%3", str(counts["projecten"])).replace("%4", str(counts["activiteiten"])))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.bridge.detach()
        super().closeEvent(event)
