"""The page "Draaitabel" in the real window: after the Overzicht, choosing rows, columns and
value with the keyboard, the filters, a click or Enter on a number opening exactly its list,
copying, and the export with a status message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from tests.held_work import hold
from werkplaats_desktop.services.dashboard import DashboardFilter, DashboardService
from werkplaats_desktop.services.dashboard.draaitabel import DraaitabelService
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.draaitabel.page import DraaitabelPage
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def open_page(qtbot: QtBot, window: MainWindow) -> DraaitabelPage:
    page = window.show_page("draaitabel")
    assert isinstance(page, DraaitabelPage)
    qtbot.waitUntil(lambda: page.table is not None, timeout=10_000)
    return page


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a user does with the keyboard: focus, type, Enter. (A pause
    first, as a person makes one: typing within Qt's input interval continues the search.)"""
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(combo, text)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def click_cell(qtbot: QtBot, page: DraaitabelPage, row: int, column: int) -> None:
    index = page.model.index(row, column)
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_list(window: MainWindow) -> ListPage:
    page = window.current_page()
    assert isinstance(page, ListPage)
    return page


def test_draaitabel_comes_after_the_overzicht(qtbot: QtBot, window: MainWindow) -> None:
    assert [window.nav.item(i).text() for i in range(3)] == ["Overzicht", "Draaitabel",
                                                             "Werkplaats"]
    beeld = {a.text(): a.shortcut().toString() for a in window.menu("beeld").actions()}
    assert beeld["Draaitabel"] == "Ctrl+2"
    page = open_page(qtbot, window)
    assert page.choice() == ("thema", "o", "activiteiten")
    assert page.model.rowCount() == len(page.table.rij_waarden) + 1  # type: ignore[union-attr]
    assert page.model.data(page.model.index(page.model.rowCount() - 1, 0)) == "Totaal"
    assert page.model.data(page.model.index(page.model.rowCount() - 1,
                                            page.model.columnCount() - 1)) == "1.345"
    assert "één keer" in page.rule.text()  # the counting rule on the page


def test_choosing_rows_columns_and_value_with_the_keyboard(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    page = open_page(qtbot, window)
    choose(qtbot, page.rijen, "Werkplaats")
    choose(qtbot, page.kolommen, "Jaar")
    choose(qtbot, page.waarde, "Aantal producten")
    assert page.choice() == ("werkplaats", "jaar", "producten")
    expected = DraaitabelService(window.db).compute("werkplaats", "jaar", "producten")
    assert page.table is not None and page.table.totaal == expected.totaal == 294
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers[0] == "Werkplaats" and headers[1] == "2009" and headers[-1] == "Totaal"
    # the same dimension twice: the other one takes the place that was left
    choose(qtbot, page.kolommen, "Werkplaats")
    assert page.choice()[:2] == ("jaar", "werkplaats")
    qtbot.mouseClick(page.swap, Qt.MouseButton.LeftButton)
    assert page.choice()[:2] == ("werkplaats", "jaar")


def test_partner_bijdragen_offer_only_their_dimensions(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    choose(qtbot, page.waarde, "Partnerbijdragen geld")
    options = {page.rijen.itemData(i) for i in range(page.rijen.count())}
    assert options == {"werkplaats", "jaar", "partnertype", "provincie", "gemeente"}
    assert page.table is not None and page.table.waarde == "bijdragen_geld"
    assert not page.message.isVisible()
    cofi = DashboardService(window.db).data().cofinanciering
    assert page.table.totaal == sum(r.geld for r in cofi)


def test_the_filters_apply(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    choose(qtbot, page.filters.jaar_van, "2015")
    choose(qtbot, page.filters.jaar_tot, "2015")
    qtbot.waitUntil(lambda: page.table is not None and page.table.filter.jaar_van == 2015)
    stats = DashboardService(window.db).data(DashboardFilter.year(2015))
    assert page.table.totaal == stats.activiteiten.totaal  # type: ignore[union-attr]


def test_a_click_on_a_number_opens_exactly_its_records(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    page = open_page(qtbot, window)
    t = page.table
    assert t is not None
    value = t.cel(t.rij_waarden[2].key, t.kolom_waarden[1].key)  # a theme, Ontwikkeling
    click_cell(qtbot, page, 2, 2)
    listed = shown_list(window)
    assert listed.key == "activiteit" and listed.model.total() == value > 0
    # the row total from the label column: the theme once, whatever its O
    window.show_page("draaitabel")
    click_cell(qtbot, page, 2, 0)
    assert shown_list(window).model.total() == t.rijtotalen[t.rij_waarden[2].key]


def test_enter_on_a_number_opens_its_list(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    t = page.table
    assert t is not None
    last = page.model.rowCount() - 1  # the totals row: the whole column
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(last, 4))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert shown_list(window).model.total() == t.kolomtotalen["ondersteuning"]


def test_copy_gives_tab_separated_lines_for_excel(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Thema", "Onderzoek", "Ontwikkeling", "Onderwijs",
                                    "Ondersteuning", "Totaal"]
    assert lines[-1].split("\t")[0] == "Totaal" and lines[-1].endswith("\t1.345")
    assert "Gekopieerd" in window.statusBar().currentMessage()


def test_export_writes_xlsx_and_says_where(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, window)
    target = tmp_path / "tabel"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel-werkmap (*.xlsx)"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = target.with_name("tabel.xlsx")
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert rows[1][0] == "Filter" and rows[-1][0] == "Totaal" and rows[-1][-1] == 1345
    assert str(written) in window.statusBar().currentMessage()


def test_the_table_is_counted_while_the_window_answers(qtbot: QtBot, window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A large file's first draaitabel takes seconds (its activities are read into memory):
    it is counted off the window's thread, says so, and the window does what the user asks
    meanwhile; a newer choice wins over the one still being counted."""
    page = open_page(qtbot, window)
    held = hold(monkeypatch, DraaitabelService, "compute_on_worker")
    before = page.table
    choose(qtbot, page.kolommen, "Jaar")
    qtbot.waitUntil(held.started.is_set)
    assert page.busy.isVisible() and page.busy.text() == "De tabel wordt geteld…"
    assert page.table is before  # the old table stays until the new one is there
    # the window answers: another choice is made while the first is counted
    choose(qtbot, page.waarde, "Bereik")
    assert page.waarde.currentData() == "bereik"
    held.release.set()
    qtbot.waitUntil(lambda: page.table is not before and not page.busy.isVisible(),
                    timeout=10_000)
    assert page.table is not None
    assert (page.table.kolommen, page.table.waarde) == ("jaar", "bereik")
