"""What the window does, and leaves for later, when it starts (issue 17): the lists' filter
choices are asked for when a list is first shown or filtered, not for eleven lists at start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow


def _years(page: ListPage) -> list[object]:
    box = page.filters["jaar"]  # a MultiFilter: row 0 is "Alle jaren"
    return [box.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(1, box.items.rowCount())]


def test_a_list_gets_its_filter_choices_when_it_is_first_shown(qtbot: QtBot,
                                                                demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    activities, products = window.pages["activiteit"], window.pages["product"]
    assert isinstance(activities, ListPage) and isinstance(products, ListPage)
    assert _years(activities) == [] and _years(products) == []  # not asked at start
    window.show_page("activiteit")
    assert 2015 in _years(activities) and _years(products) == []
    # a filter set from elsewhere (a click on a chart) finds its choice in a list not shown yet
    window.open_list("product", {"jaar": 2014})
    assert products.filters["jaar"].value() in (2014, [2014])
    assert products.model.total() == window.services.lists.count(
        "product", products.model.query) > 0
