"""The window as a desktop program: filters and search, bulk edit, remembered layout, files,
shortcuts, help, drill-down and language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    from shiboken6 import isValid

    w = MainWindow(demo_db)
    w.resize(1366, 768)
    w.show()
    yield w
    if isValid(w):  # a language switch replaces (and deletes) the window
        w.close()
        w.deleteLater()


def activities(window: MainWindow) -> ListPage:
    page = window.show_page("activiteit")
    assert isinstance(page, ListPage)
    return page


def choose(page: ListPage, name: str, value: object) -> None:
    from werkplaats_desktop.ui.filter_widgets import MultiFilter

    combo = page.filters[name]
    if isinstance(combo, MultiFilter):
        combo.toggle(combo.findData(value))  # what a click on the entry does
    else:
        combo.setCurrentIndex(combo.findData(value))


def test_filters_and_search_narrow_the_list(window: MainWindow) -> None:
    page = activities(window)
    total = page.model.total()
    choose(page, "jaar", 2014)
    in_2014 = page.model.total()
    choose(page, "o", "onderwijs")
    onderwijs = page.model.total()
    assert total > in_2014 > onderwijs > 0
    assert all(page.model.index(r, 3).data() == "Onderwijs" for r in range(page.model.rowCount()))
    page.search.setText("Gastcollege")
    page.apply_query()
    found = page.model.total()
    assert 0 < found < onderwijs
    assert page.count_label.text().startswith(str(found))
    page.clear_filters()
    assert page.model.total() == total


def test_bulk_edit_changes_all_selected_rows(qtbot: QtBot, window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.ui.bulk_dialog import BulkEditDialog

    page = activities(window)
    choose(page, "o", "onderzoek")
    for row in range(3):
        page.table.selectionModel().select(
            page.model.index(row, 0),
            page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows)
    ids = page.selected_ids()
    assert len(ids) == 3

    def run(dialog: BulkEditDialog) -> int:
        dialog.what.setCurrentIndex(dialog.what.findData("o"))
        dialog.value.setCurrentIndex(dialog.value.findData(O.ONDERSTEUNING))
        dialog.apply()
        return int(dialog.result())

    from werkplaats_desktop.ui.bulk_dialog import OtherKindsDialog

    asked: list[str] = []

    def choose_a_kind(dialog: OtherKindsDialog) -> int:  # the first kind of Ondersteuning
        asked.append(dialog.kinds.currentData())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(BulkEditDialog, "exec", run)
    monkeypatch.setattr(OtherKindsDialog, "exec", choose_a_kind)
    window.bulk_action.trigger()
    assert {window.services.activiteiten.get(i).o for i in ids} == {O.ONDERSTEUNING}
    kinds = {window.services.activiteiten.get(i).subtype for i in ids}
    assert asked and kinds <= {asked[0], None}  # a kind of Onderzoek was never kept
    # the list says what happened: three changed, and the O filter now hides all three
    assert page.notice.isVisible()
    assert page.notice.text.text() == ("3 rijen gewijzigd. 3 daarvan vallen nu buiten de "
                                       "filters van deze lijst.")
    assert window.statusBar().currentMessage() == "3 rijen gewijzigd."
    window.undo_action.trigger()
    assert {window.services.activiteiten.get(i).o for i in ids} == {O.ONDERZOEK}


def test_column_choice_and_widths_are_remembered(qtbot: QtBot, window: MainWindow,
                                                 demo_db: Database) -> None:
    page = activities(window)
    keys = [c.key for c in page.model.spec.columns]
    page.set_column_visible(keys.index("gemeente"), False)
    page.set_column_visible(keys.index("uren"), True)
    page.table.horizontalHeader().resizeSection(keys.index("titel"), 333)
    page._save_widths()
    again = ListPage(window.services, "activiteit", "Activiteiten", window.settings)
    qtbot.addWidget(again)
    again.show()  # a list loads and sizes its columns when it is first shown
    assert again.table.isColumnHidden(keys.index("gemeente"))
    assert not again.table.isColumnHidden(keys.index("uren"))
    assert again.table.horizontalHeader().sectionSize(keys.index("titel")) == 333
    assert "gemeente" not in again.visible_columns()


def test_a_list_first_shown_later_is_sized_to_its_contents(qtbot: QtBot,
                                                          qapp: QApplication,
                                                          demo_db: Database) -> None:
    from werkplaats_desktop.ui.style import STYLE_SHEET

    qapp.setStyleSheet(STYLE_SHEET)  # as the program runs: it restyles the hidden lists too
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.grab()  # renders the window as a screenshot or the first paint does
        qtbot.wait(600)  # longer than the delay after which widths are remembered
        page = window.show_page("partner")
        header = page.table.horizontalHeader()
        assert header.sectionSize(0) > header.defaultSectionSize()  # long partner names
        assert window.settings.column_widths("partner") == {}  # nothing chosen by the user
        window.close()
    finally:
        qapp.setStyleSheet("")


def test_another_database_shows_its_lists_unfiltered(window: MainWindow) -> None:
    window.open_list("activiteit", {"jaar": 2011, "zonder_thema": True})
    page = window.current_page()
    assert isinstance(page, ListPage) and page.model.query.filters
    page.set_services(window.services)  # what opening another file does to every page
    assert page.model.query.filters == {} and page.extra_label.text() == ""
    assert page.model.total() == window.services.lists.count("activiteit")


def test_drill_down_opens_a_filtered_list(window: MainWindow) -> None:
    window.open_list("activiteit", {"jaar": 2011, "provincie_code": "PV26", "o": "onderzoek"})
    page = window.current_page()
    assert isinstance(page, ListPage) and page.key == "activiteit"
    assert page.filters["jaar"].value() == [2011]
    assert "provincie: Utrecht" in page.extra_label.text()
    expected = window.services.lists.count("activiteit", page.model.query)
    assert page.model.total() == expected > 0


def test_files_new_open_recent_and_copy(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    demo = window.db.path
    new = tmp_path / "eigen.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    window.files.new_database()
    assert window.db.path == new and window.services.werkplaatsen.count() == 0
    assert window.pages["werkplaats"].model.total() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo), ""))
    window.files.open_database_dialog()
    assert window.db.path == demo and window.pages["werkplaats"].model.total() == 14
    assert window.settings.recent_files()[:2] == [demo.resolve(), new.resolve()]
    window.files.fill_recent()
    texts = [a.text() for a in window.files.recent_menu.actions()]
    assert str(new.resolve()) in texts
    copy = tmp_path / "kopie.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.files.save_copy()
    with Database.open(copy) as db:
        from werkplaats_desktop.services import Services

        assert Services(db).werkplaatsen.count() == 14


def test_shortcuts_are_shown_in_the_menus(window: MainWindow) -> None:
    expected = {window.new_action: "Ctrl+N", window.edit_action: "F2",
                window.delete_action: "Del", window.search_action: "Ctrl+F",
                window.undo_action: "Ctrl+Z", window.redo_action: "Ctrl+Shift+Z",
                window.bulk_action: "Ctrl+B"}
    for action, keys in expected.items():
        assert action.shortcut().toString() == keys, action.text()
    view = [a.shortcut().toString() for a in window.menu("beeld").actions()]
    assert "Ctrl+1" in view and "Ctrl+9" in view


def test_keyboard_only_new_record(qtbot: QtBot, window: MainWindow,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.ui.forms.dialog import RecordDialog

    opened: list[RecordDialog] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda self: opened.append(self) or 0)
    window.show_page("project")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[0].key == "project"


def test_help_opens_the_manual(qtbot: QtBot, window: MainWindow) -> None:
    from werkplaats_desktop.ui.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    titles = [dialog.index.item(i).text() for i in range(dialog.index.count())]
    assert "Begrippen" in titles and "Sneltoetsen" in titles
    dialog.index.setCurrentRow(titles.index("Begrippen"))
    assert "Ondersteuning" in dialog.text.toPlainText()


def test_language_switch_shows_english_labels(qtbot: QtBot, window: MainWindow) -> None:
    english = window.switch_language("en")
    try:
        menus = [a.text() for a in english.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        labels = [english.nav.item(i).text() for i in range(english.nav.count())]
        assert "Projects" in labels and "Activities" in labels
        page = english.show_page("activiteit")
        assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Title"
        assert page.filters["jaar"].accessibleName() == "All years"
        assert page.model.index(0, 3).data() in ("Research", "Development", "Education",
                                                  "Support")
        total = page.model.total()
        assert total >= 1000 and f"{total:,} rows" in page.count_label.text()  # 1,419 rows
        from werkplaats_desktop.domain.numbers import fmt_euro, fmt_int

        assert fmt_int(1_234_567) == "1,234,567"  # charts and the report follow the language
        assert fmt_euro(2_500_000, compact=True) == "€ 2.5m"
    finally:
        english.switch_language("nl").close()
        from werkplaats_desktop.ui.i18n import install_translators

        install_translators("nl")

