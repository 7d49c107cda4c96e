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
