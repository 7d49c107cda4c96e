"""The main window: navigation on the left, one page per kind of record on the right.

The window is the :class:`~werkplaats_desktop.ui.page.Host` of the features (``features.py``:
file actions, data safety, exchange, dashboard), which add menu entries and pages through it,
and of the :class:`~werkplaats_desktop.ui.page.Page` s, which it tells about another database
and about the changes that touch what they show. What each kind's page shows comes from the
registries (``services/catalog.py`` and ``ui/kinds.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
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
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.locations import user_data_dir
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Change, ChangeKind, Database
from werkplaats_desktop.ui import kinds
from werkplaats_desktop.ui.bridge import ChangeBridge
from werkplaats_desktop.ui.features import install_features
from werkplaats_desktop.ui.i18n import error_text, translate
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.page import Page, RecordActions
from werkplaats_desktop.ui.settings import Settings
from werkplaats_desktop.ui.widgets import ElidedLabel

MENU_NAMES = ("bestand", "bewerken", "beeld", "extra", "help")
#: the first window: fits a 1366x768 screen with a taskbar and a 1280x720 one (title bar and
#: frame included); larger screens get the same, the user makes it larger
FIRST_SIZE = (1240, 640)

#: a page, or what makes it when it is first shown (``Host.add_page``)
PageOrMaker = Page | Callable[[], Page]


class Pages:
    """The window's pages by key. A page added as a maker is made when it is first used
    (shown, opened from a link, looked up by key): a window of eleven lists starts with only
    the page it shows. Looking a page up (``pages[key]``, ``get``, ``items``, ``values``)
    makes it; :meth:`built` gives the pages that exist, which are the ones the window tells
    about another database and about changes (a page made later reads the current ones)."""

    def __init__(self, made: Callable[[str, Page], None]) -> None:
        self._pages: dict[str, Page] = {}
        self._makers: dict[str, Callable[[], Page]] = {}
        self._order: list[str] = []
        self._made = made

    def add(self, key: str, page: PageOrMaker) -> None:
        if key not in self._order:
            self._order.append(key)
        if isinstance(page, Page):
            self._pages[key] = page
            self._makers.pop(key, None)
        else:
            self._makers[key] = page
            self._pages.pop(key, None)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def built(self) -> list[Page]:
        """The pages made so far (in the order they were added)."""
        return [self._pages[k] for k in self._order if k in self._pages]

    def __getitem__(self, key: str) -> Page:
        page = self._pages.get(key)
        if page is None:
            make = self._makers.pop(key)  # KeyError for a key that is not a page
            page = self._pages[key] = make()
            self._made(key, page)
        return page

    def get(self, key: str, default: Page | None = None) -> Page | None:
        return self[key] if key in self else default

    def __contains__(self, key: object) -> bool:
        return key in self._pages or key in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def keys(self) -> list[str]:
        return list(self._order)

    def items(self) -> list[tuple[str, Page]]:
        return [(k, self[k]) for k in self._order]

    def values(self) -> list[Page]:
        return [self[k] for k in self._order]


#: Windows kept alive by Python (a language switch replaces the window with a new one).
OPEN_WINDOWS: list[MainWindow] = []


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, settings: Settings | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.settings = settings or Settings()
        self.services = Services(db)
        self.bridge = ChangeBridge(db, self)
        self.pages = Pages(self._page_made)
        self._closers: list[Callable[[], None]] = []
        self._watchers: list[Callable[[Change | None], None]] = []
        self._replaced = False
        OPEN_WINDOWS.append(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigatie")
        self.nav.setFixedWidth(190)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.banner = QLabel()
        self.banner.setObjectName("voorbeeldbanner")
        self.banner.setWordWrap(True)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        # the navigation and its pages, or a page over them (a new file's welcome: set_cover)
        self.front = QStackedWidget()
        self.front.addWidget(self.body)
        outer.addWidget(self.front, 1)
        self.setCentralWidget(central)

        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self._build_pages()
        self.files = install_features(self)
        self._finish_menus()
        self._build_view_menu()
        self._fit_navigation()
        self.bridge.changed.connect(self.on_change)
        self.status_label = ElidedLabel()
        self.statusBar().addWidget(self.status_label, 1)
        #: on a shared database: who is logged in and what that login may write
        self.login_label = QLabel()
        self.login_label.setObjectName("inlognaam")
        self.statusBar().addPermanentWidget(self.login_label)
        geometry = self.settings.geometry("hoofdvenster")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*FIRST_SIZE)
        self._fit_screen()
        if not db.is_server:
            self.settings.remember_file(db.path)
        from werkplaats_desktop.ui.server import RemoteWatcher

        # other users (a server database), and whether its server is in reach
        self.remote = RemoteWatcher(lambda: self.db, self.show_status, self)
        self._show_database()

    # --- the host of the features (ui/page.Host) ---------------------------------------------

    def widget(self) -> QWidget:
        return self

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add_page(self, key: str, page: PageOrMaker, label: str, index: int | None = None
                 ) -> None:
        """Add ``page`` to the navigation; a maker (``lambda: SomePage(...)``) makes it when it
        is first shown or looked up (see :class:`Pages`)."""
        self.pages.add(key, page)
        widget = page if isinstance(page, Page) else self._stand_in(key)
        if index is None:
            self.stack.addWidget(widget)
            self.nav.addItem(label)
        else:
            self.stack.insertWidget(index, widget)
            self.nav.insertItem(index, label)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def _stand_in(self, key: str) -> QWidget:
        """The empty place of a page that is not made yet."""
        widget = QWidget()
        widget.setProperty("pagina", key)
        return widget

    def _page_made(self, key: str, page: Page) -> None:
        """A page was made (first use): it takes its stand-in's place in the stack."""
        for i in range(self.stack.count()):
            stand_in = self.stack.widget(i)
            if stand_in is not None and stand_in.property("pagina") == key \
                    and not isinstance(stand_in, Page):
                current = self.stack.currentIndex()
                self.stack.insertWidget(i, page)
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
                if current == i:
                    self.stack.setCurrentIndex(i)
                return

    def _key_at(self, row: int) -> str | None:
        widget = self.stack.widget(row)
        if widget is None:
            return None
        if not isinstance(widget, Page):
            return str(widget.property("pagina"))
        return next((k for k in self.pages.keys()
                     if self.pages.is_built(k) and self.pages[k] is widget), None)

    def show_page(self, key: str) -> Page:
        self.set_cover(None)  # a page chosen (Beeld, a link): the welcome page gives way
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def current_page(self) -> Page | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else None

    def current_key(self) -> str | None:
        page = self.current_page()
        return next((k for k in self.pages.keys()
                     if self.pages.is_built(k) and self.pages[k] is page), None)

    def open_list(self, key: str, filters: dict[str, Any]) -> None:
        page = self.pages[key]
        if isinstance(page, ListPage):
            page.set_filters(filters)  # before showing: the list loads once, filtered
        self.show_page(key)

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the window closes or switches to another database, while
        ``window.db`` is still the database being left (e.g. its final backup)."""
        self._closers.append(callback)

    def set_cover(self, widget: QWidget | None) -> None:
        """Show ``widget`` instead of the navigation and the pages (the welcome page of a new
        file); None: the pages again. Showing a page (:meth:`show_page`) takes it away."""
        if widget is None:
            self.front.setCurrentWidget(self.body)
        else:
            if self.front.indexOf(widget) < 0:
                self.front.addWidget(widget)
            self.front.setCurrentWidget(widget)
        self.update_actions()  # no Nieuw/Bewerken on a page that is not shown

    def cover(self) -> QWidget | None:
        """The widget shown over the pages, or None."""
        current = self.front.currentWidget()
        return None if current is self.body else current

    def watch(self, callback: Callable[[Change | None], None]) -> None:
        """Call ``callback(None)`` whenever a database is shown (at the start, after Bestand >
        Openen) and ``callback(change)`` after every change to it."""
        self._watchers.append(callback)

    def set_database(self, db: Database) -> None:
        """Show another database in this window; the previous one is closed."""
        old = self.db
        if old is not db:
            self._leaving()
        self.bridge.detach()
        self.db = db
        self.services = Services(db)
        self.bridge = ChangeBridge(db, self)
        self.bridge.changed.connect(self.on_change)
        for page in self.pages.built():  # a page made later reads the current services
            page.set_services(self.services)
        if old is not db:
            old.close()
        if not db.is_server:
            self.settings.remember_file(db.path)
        self._show_database()

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    # --- building ----------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: Any = None, menu: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            self.menu(menu).addAction(action)
        return action

    def _build_menus(self) -> None:
        titles = {
            "bestand": self.tr("&Bestand"),
            "bewerken": self.tr("Be&werken"),
            "beeld": self.tr("Bee&ld"),
            "extra": self.tr("E&xtra"),
            "help": self.tr("&Help"),
        }
        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu(titles[name])
        # Bewerken
        self.undo_action = self._action(
            self.tr("&Ongedaan maken"), self.undo, QKeySequence.StandardKey.Undo, "bewerken"
        )
        self.redo_action = self._action(
            self.tr("O&pnieuw"),
            self.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            "bewerken",
        )
        self.menu("bewerken").addSeparator()
        self.new_action = self._action(
            self.tr("&Nieuw…"),
            lambda: self._on_records(lambda a: a.new_record()),
            QKeySequence.StandardKey.New,
            "bewerken",
        )
        self.edit_action = self._action(
            self.tr("&Bewerken…"),
            lambda: self._on_records(lambda a: a.edit_selected()),
            QKeySequence("F2"),
            "bewerken",
        )
        self.delete_action = self._action(
            self.tr("&Verwijderen…"),
            lambda: self._on_records(lambda a: a.delete_selected()),
            QKeySequence.StandardKey.Delete,
            "bewerken",
        )
        self.bulk_action = self._action(
            self.tr("B&ulk bewerken…"), self.bulk_edit, QKeySequence("Ctrl+B"), "bewerken"
        )
        self.menu("bewerken").addSeparator()
        self.search_action = self._action(
            self.tr("&Zoeken"),
            lambda: self._on_records(lambda a: a.focus_search()),
            QKeySequence.StandardKey.Find,
            "bewerken",
        )
        self._action(
            self.tr("&Filters wissen"),
            lambda: self._on_records(lambda a: a.clear_filters()),
            QKeySequence("Ctrl+Shift+F"),
            "bewerken",
        )
        # Extra
        self._action(self.tr("&Instellingen…"), self.show_settings, QKeySequence("Ctrl+,"), "extra")
        # Help
        self._action(
            self.tr("&Handleiding"), self.show_help, QKeySequence.StandardKey.HelpContents, "help"
        )

    def _finish_menus(self) -> None:
        """What comes last in its menu, after the features' entries."""
        self.menu("bestand").addSeparator()
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close,
                                        QKeySequence("Ctrl+Q"), "bestand")
        self.menu("help").addSeparator()
        self._action(self.tr("&Over Werkplaats Desktop"), self.show_about, None, "help")

    def _context_actions(self) -> list[QAction]:
        return [self.new_action, self.edit_action, self.delete_action, self.bulk_action]

    def _build_pages(self) -> None:
        """One list per kind, each made when it is first shown."""
        for kind in kinds.with_page():
            label = translate("Navigatie", kind.page)
            self.add_page(kind.key, partial(self._list_page, kind, label), label)

    def _list_page(self, kind: kinds.UiKind, label: str) -> ListPage:
        page = ListPage(self.services, kind.key, label, self.settings, detail=kind.detail,
                        context_actions=self._context_actions)
        page.status.connect(self.show_status)
        return page

    def _build_view_menu(self) -> None:
        """Beeld: one entry per page (Ctrl+1 ... Ctrl+9 for the first nine)."""
        for i in range(self.nav.count()):
            text = self.nav.item(i).text()
            shortcut = QKeySequence(f"Ctrl+{i + 1}") if i < 9 else None
            self._action(text, partial(self._show_row, i), shortcut, "beeld")

    def _show_row(self, row: int) -> None:
        self.set_cover(None)
        self.nav.setCurrentRow(row)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page name in the current language (never clipped)."""
        self.nav.ensurePolished()  # the style sheet's font size, not the default one
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(190, widest + 40))

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a geometry remembered on a larger screen,
        a window opened on a laptop)."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), free.width() - max(frame.width(), 0))
        height = min(self.height(), free.height() - max(frame.height(), 0))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def _nav_changed(self, row: int) -> None:
        if self.isVisible():
            self._make_page_at(row)
        self.stack.setCurrentIndex(row)
        self.update_actions()

    def _make_page_at(self, row: int) -> None:
        """The page at ``row`` is about to be shown: made now, in its place in the stack."""
        key = self._key_at(row)
        if key is not None and not self.pages.is_built(key):
            self.pages[key]  # noqa: B018

    # --- actions ----------------------------------------------------------------------------------

    def record_actions(self) -> RecordActions | None:
        if self.cover() is not None:
            return None
        page = self.current_page()
        return page.record_actions() if page is not None else None

    def _on_records(self, do: Callable[[RecordActions], object]) -> None:
        actions = self.record_actions()
        if actions is not None:
            do(actions)

    def bulk_edit(self) -> None:
        actions = self.record_actions()
        if actions is None or not kinds.BY_KEY[actions.key].bulk:
            return
        ids = actions.selected_ids()
        if not ids:
            QMessageBox.information(
                self,
                self.tr("Bulk bewerken"),
                self.tr("Selecteer eerst de rijen die u wilt wijzigen."),
            )
            return
        refused = self.services.records(actions.key).refusal(ids)
        if refused is not None:  # (a shared database) before any question about the edit
            QMessageBox.warning(self, self.tr("Bulk bewerken"), error_text(refused))
            return
        from werkplaats_desktop.ui.bulk_dialog import BulkEditDialog

        dialog = BulkEditDialog(self.services, actions.key, ids, kinds.BY_KEY[actions.key].bulk,
                                self)
        if dialog.exec() and dialog.changed is not None:
            page = self.current_page()
            if isinstance(page, ListPage):
                page.report_bulk(ids, dialog.changed)

    def update_actions(self) -> None:
        actions = self.record_actions()
        writes = not self.db.login_reads_only  # (a shared database's read-only login)
        for action in (self.edit_action, self.search_action):
            action.setEnabled(actions is not None)
        for action in (self.new_action, self.delete_action):
            action.setEnabled(actions is not None and writes)
        self.bulk_action.setEnabled(actions is not None and writes
                                    and bool(kinds.BY_KEY[actions.key].bulk))

    def undo(self) -> None:
        from werkplaats_desktop.store import UndoConflict

        try:
            self.services.undo()
        except UndoConflict as exc:  # a shared database: someone else changed it since
            QMessageBox.warning(self, APP_NAME, str(exc))

    def redo(self) -> None:
        self.services.redo()

    def update_undo_actions(self) -> None:
        undo, redo = self.services.undo_label(), self.services.redo_label()
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(
            self.tr("&Ongedaan maken: %1").replace("%1", undo)
            if undo
            else self.tr("&Ongedaan maken")
        )
        self.redo_action.setText(
            self.tr("O&pnieuw: %1").replace("%1", redo) if redo else self.tr("O&pnieuw")
        )

    # --- dialogs -----------------------------------------------------------------------------

    def show_settings(self) -> None:
        from werkplaats_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() and dialog.chosen_language() != self.settings.language:
            self.switch_language(dialog.chosen_language())

    def switch_language(self, language: str) -> MainWindow:
        """Translate the program: a new window in the new language takes this one's place."""
        from werkplaats_desktop.ui.i18n import install_translators

        self.settings.language = language
        install_translators(language)
        current = self.current_key()
        self._save_layout()
        replacement = MainWindow(self.db, self.settings)
        if current is not None and current in replacement.pages and self.cover() is None:
            replacement.show_page(current)
        replacement.show()
        self._replaced = True
        # Qt deletes the old window now (its children, timers and connections with it):
        # left to Python, it lingered until the interpreter shut down and was torn down after
        # Qt's own objects, which crashed the quit after a later switch of database
        # ("Fatal Python error: bool_dealloc" / "none_dealloc"; tests/test_quit_after_switches)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        return replacement

    def show_help(self) -> None:
        from werkplaats_desktop.ui.help_dialog import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Werkplaats Desktop"),
            self.tr(
                "<b>%1</b> versie %2<br><br>Voor de Wmo-werkplaatsen en Werkplaatsen Sociaal "
                "Domein.<br><br>Database: %3<br>Gegevensmap: %4<br><br>Kaart: Bron: "
                "CBS/Kadaster (CC-BY 4.0)"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", self.db.display_name if self.db.is_server else str(self.db.path))
            .replace("%4", str(user_data_dir())),
        )

    # --- state -------------------------------------------------------------------------------

    def _show_title(self) -> None:
        """The file's own werkplaats (when it has one), the file, the program."""
        eigen = self.services.info.eigen_werkplaats_naam()
        parts = ([eigen] if eigen else []) + [self.db.display_name, APP_NAME]
        self.setWindowTitle(" — ".join(parts))

    def _show_database(self) -> None:
        self._show_title()
        demo = self.services.info.is_demo()
        self.banner.setVisible(demo or self.db.login_reads_only)
        lines = [self.tr(
            "Voorbeelddatabase: de feiten komen uit 'Uit de steigers' "
            "(2015); projecten, activiteiten en bedragen zijn "
            "verzonnen."
        )] if demo else []
        if self.db.login_reads_only:
            lines.append(self.tr("Alleen lezen: %1").replace("%1", self.db.reads_only_reason()))
        self.banner.setText("\n".join(lines))
        self._show_login()
        self.update_undo_actions()
        self.update_actions()
        self.update_status()
        for callback in self._watchers:
            callback(None)

    def _show_login(self) -> None:
        """``Ingelogd als anna: schrijft voor Wmo-werkplaats Amsterdam`` (a shared database)."""
        login = self.db.login
        self.login_label.setVisible(login is not None)
        if login is None:
            return
        if login.reads_only:
            what = self.tr("alleen lezen")
        elif login.owner:
            what = self.tr("beheerder (mag alle gegevens wijzigen)")
        elif login.werkplaatsen:
            what = self.tr("schrijft voor %1").replace("%1", ", ".join(login.werkplaatsen))
        elif login.no_roles:
            what = self.tr("mag alle gegevens wijzigen (er zijn nog geen rollen per werkplaats)")
        else:
            what = self.tr("geen eigen werkplaats (mag gedeelde gegevens, zoals partners, "
                           "wijzigen)")
        self.login_label.setText(self.tr("Ingelogd als %1: %2").replace("%1", login.user)
                                 .replace("%2", what))
        self.login_label.setToolTip(self.tr("U werkt in de gedeelde database %1.")
                                    .replace("%1", self.db.display_name))

    def on_change(self, change: Change) -> None:
        """Tell the pages that show what ``change`` touched. An import tells every page: its
        tables are those it wrote, not those its cascades changed (and hidden pages only take
        note, so this is cheap)."""
        everything = change.kind is ChangeKind.EXTERNAL
        for page in self.pages.built():  # a page made later reads the data then
            if everything or change.touches(page.tables):
                page.on_change(change)
        if change.touches(frozenset({"meta", "werkplaats"})) or everything:
            self._show_title()  # the own werkplaats was chosen, renamed or undone
        self.update_undo_actions()
        self.update_status()
        for callback in self._watchers:
            callback(change)

    def update_status(self) -> None:
        """The file and what it holds, always in the status bar (a message about a save
        shows over it for a while)."""
        counts = self.services.info.counts()
        self.status_label.setText(
            self.tr(
                "%1 — %2 werkplaatsen, %3 projecten, %4 activiteiten, %5 producten, %6 partners"
            )
            .replace("%1", self.db.display_name if self.db.is_server else str(self.db.path))
            .replace("%2", fmt_int(counts["werkplaatsen"]))
            .replace("%3", fmt_int(counts["projecten"]))
            .replace("%4", fmt_int(counts["activiteiten"]))
            .replace("%5", fmt_int(counts["producten"]))
            .replace("%6", fmt_int(counts["partners"]))
        )

    def _leaving(self) -> None:
        for callback in self._closers:
            callback()

    def _save_layout(self) -> None:
        self.settings.set_geometry("hoofdvenster", QByteArray(self.saveGeometry()))
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        self._make_page_at(self.stack.currentIndex())  # (chosen before the window was shown)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        if not self._replaced:
            self._leaving()
        self.bridge.detach()
        if self in OPEN_WINDOWS:
            OPEN_WINDOWS.remove(self)
        super().closeEvent(event)
