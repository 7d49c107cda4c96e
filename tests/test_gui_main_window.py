"""The window opens on a database and lists what is in it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.main_window import MainWindow


def test_window_lists_werkplaatsen_and_projects(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    werkplaatsen = window.show_page("werkplaats")  # a list loads when it is first shown
    assert werkplaatsen.model.rowCount() == 14
    names = {werkplaatsen.model.index(r, 0).data() for r in range(14)}
    assert "Wmo-werkplaats Utrecht" in names
    projecten = window.show_page("project")
    assert projecten.model.total() == 122
    assert "122" in projecten.count_label.text()
    assert "Voorbeelddatabase" in window.centralWidget().findChild(type(projecten.title),
                                                                  "voorbeeldbanner").text()
    assert demo_db.path.name in window.windowTitle()


def test_search_narrows_the_list(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("project")
    page.search.setText("Actieleren")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert {page.model.index(r, 0).data() for r in range(2)} == {
        "Actieleren in wijkteams", "Actieleren in de Zwolse sociale teams"}


def test_app_entry_opens_the_demo(qtbot: QtBot, monkeypatch, demo_template: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from PySide6.QtWidgets import QApplication

    from werkplaats_desktop.locations import demo_database_path
    from werkplaats_desktop.ui import app

    # the demo is built on first use (tested in test_demo.py); here it is already there
    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, demo_database_path())

    shown = []

    def running(_app: QApplication) -> int:  # what the user sees while the program runs
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                shown.append((w, w.show_page("werkplaats").model.rowCount()))
        return 0

    monkeypatch.setattr(QApplication, "exec", running)
    assert app.main(["--demo"]) == 0
    windows = [(w, rows) for w, rows in shown if w.db.path == demo_database_path()]
    assert len(windows) == 1
    window, rows = windows[0]
    assert rows == 14
    window.close()


def test_a_page_is_made_when_it_is_first_shown(qtbot: QtBot, demo_db: Database,
                                                db_path: Path) -> None:
    """The window starts with only the page it shows (the Overzicht); a list is made when the
    user first opens it, and then shows the database as it is then: records added and
    another file opened before that are there (a page made later reads the current
    services), and a page that exists is told about changes as before."""
    from PySide6.QtCore import Qt

    from werkplaats_desktop.domain import model as m
    from werkplaats_desktop.services import Services
    from werkplaats_desktop.ui.list_page import ListPage

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.pages.is_built("overzicht")
    made_at_start = [key for key in window.pages.keys() if window.pages.is_built(key)]
    assert made_at_start == ["overzicht"]
    nav = window.nav
    row = next(i for i in range(nav.count()) if nav.item(i).text() == "Werkplaats")
    # one more werkplaats while the list does not exist yet
    svc = Services(demo_db)
    svc.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Test", startjaar=2020))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(row)).center())
    page = window.current_page()
    assert isinstance(page, ListPage) and window.pages["werkplaats"] is page
    assert window.stack.currentIndex() == row and page.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 15)
    assert not window.pages.is_built("project")  # (the others are still not made)
    # another file before the projects list is made: it shows the new file
    window.set_database(Database.open(db_path))
    projecten = window.show_page("project")
    qtbot.waitUntil(lambda: projecten.model.total() == 0 and page.model.rowCount() == 0)
    assert projecten.services is window.services
    window.db.close()
