"""The main window: navigation on the left, one page per kind of record on the right.

Features hook in through a small, stable interface (see ``features.py``):

* ``window.menu(name)`` gives the menu "bestand", "bewerken", "beeld", "extra" or "help";
* ``window.add_page(key, widget, label)`` adds a page to the navigation;
* ``window.open_list(key, filters)`` shows the list of ``key`` filtered (dashboard drill-down);
* ``window.services`` / ``window.db`` / ``window.bridge.changed`` give the data and its changes;
* ``window.set_database(db)`` switches to another open database (open, new, restore).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop import APP_NAME, __version__
from werkplaats_desktop.locations import user_data_dir
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Change, Database
from werkplaats_desktop.ui.bridge import ChangeBridge
from werkplaats_desktop.ui.list_page import ListPage

MENU_NAMES = ("bestand", "bewerken", "beeld", "extra", "help")


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.services = Services(db)
        self.bridge = ChangeBridge(db, self)
        self.pages: dict[str, QWidget] = {}
        self._closers: list[Callable[[], None]] = []

        self.nav = QListWidget()
        self.nav.setObjectName("navigatie")
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.banner = QLabel()
        self.banner.setObjectName("voorbeeldbanner")
        self.banner.setWordWrap(True)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self._build_pages()
        from werkplaats_desktop.ui.features import install_features

        install_features(self)
        self.bridge.changed.connect(self.on_change)
        self.resize(1280, 760)
        self._show_database()

    # --- the extension interface ------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add_page(self, key: str, page: QWidget, label: str, index: int | None = None) -> None:
        self.pages[key] = page
        if index is None:
            self.stack.addWidget(page)
            self.nav.addItem(label)
        else:
            self.stack.insertWidget(index, page)
            self.nav.insertItem(index, label)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_page(self, key: str) -> QWidget:
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def open_list(self, key: str, filters: dict[str, Any]) -> None:
        page = self.show_page(key)
        if isinstance(page, ListPage):
            page.set_filters(filters)

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the window closes (features use it, e.g. a final backup)."""
        self._closers.append(callback)

    def set_database(self, db: Database) -> None:
        """Show another database in this window; the previous one is closed."""
        old = self.db
        self.bridge.detach()
        self.db = db
        self.services = Services(db)
        self.bridge = ChangeBridge(db, self)
        self.bridge.changed.connect(self.on_change)
        for page in self.pages.values():
            rebind = getattr(page, "set_services", None)
            if rebind is not None:
                rebind(self.services)
        if old is not db:
            old.close()
        self._show_database()

    # --- building ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        titles = {"bestand": self.tr("&Bestand"), "bewerken": self.tr("Be&werken"),
                  "beeld": self.tr("Bee&ld"), "extra": self.tr("E&xtra"),
                  "help": self.tr("&Help")}
        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu(titles[name])
        self.undo_action = QAction(self.tr("&Ongedaan maken"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("O&pnieuw"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        self.menu("bewerken").addAction(self.undo_action)
        self.menu("bewerken").addAction(self.redo_action)

        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.menu("bestand").addAction(self.quit_action)

        about = QAction(self.tr("&Over Werkplaats Desktop"), self)
        about.triggered.connect(self.show_about)
        self.menu("help").addAction(about)

    def _build_pages(self) -> None:
        self.add_page("werkplaats", ListPage(self.services.lists, "werkplaats",
                                             self.tr("Werkplaatsen")), self.tr("Werkplaatsen"))
        self.add_page("project", ListPage(self.services.lists, "project",
                                          self.tr("Projecten")), self.tr("Projecten"))

    # --- behaviour ---------------------------------------------------------------------------

    def _show_database(self) -> None:
        self.setWindowTitle(f"{self.db.path.name} — {APP_NAME}")
        demo = self.services.info.is_demo()
        self.banner.setVisible(demo)
        self.banner.setText(self.tr("Voorbeelddatabase: de feiten komen uit 'Uit de steigers' "
                                    "(2015); projecten, activiteiten en bedragen zijn "
                                    "verzonnen."))
        self.update_undo_actions()
        self.update_status()

    def undo(self) -> None:
        self.services.undo()

    def redo(self) -> None:
        self.services.redo()

    def update_undo_actions(self) -> None:
        undo, redo = self.services.undo_label(), self.services.redo_label()
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(self.tr("&Ongedaan maken: %1").replace("%1", undo) if undo
                                 else self.tr("&Ongedaan maken"))
        self.redo_action.setText(self.tr("O&pnieuw: %1").replace("%1", redo) if redo
                                 else self.tr("O&pnieuw"))

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("Over Werkplaats Desktop"),
            self.tr("<b>%1</b> versie %2<br><br>Database: %3<br>Gegevensmap: %4")
            .replace("%1", APP_NAME).replace("%2", __version__)
            .replace("%3", str(self.db.path)).replace("%4", str(user_data_dir())))

    def on_change(self, change: Change) -> None:
        for page in self.pages.values():
            refresh = getattr(page, "on_change", None)
            if refresh is not None:
                refresh(change)
        self.update_undo_actions()
        self.update_status()

    def update_status(self) -> None:
        counts = self.services.info.counts()
        self.statusBar().showMessage(
            self.tr("%1 — %2 werkplaatsen, %3 projecten, %4 activiteiten, %5 producten")
            .replace("%1", str(self.db.path)).replace("%2", str(counts["werkplaatsen"]))
            .replace("%3", str(counts["projecten"])).replace("%4", str(counts["activiteiten"]))
            .replace("%5", str(counts["producten"])))

    def closeEvent(self, event: QCloseEvent) -> None:
        for callback in self._closers:
            callback()
        self.bridge.detach()
        super().closeEvent(event)
