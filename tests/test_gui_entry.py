"""Data entry through the real widgets: for every kind of record, create through the form,
see the message for a bad value, edit, delete, and undo brings it back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.factories import Small, small_werkplaats, thema_id
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.forms.dialog import RecordDialog, RelatedList
from werkplaats_desktop.ui.forms.fields import ChoiceField, Field
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow

Fill = dict[str, Any]  # field -> text to type, or callable(services, small) -> value to choose


def type_into(qtbot: QtBot, field: Field, text: str) -> None:
    widget = field.focus_widget()
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget.lineEdit().clear()
        qtbot.keyClicks(widget.lineEdit(), text)
        widget.lineEdit().editingFinished.emit()  # what leaving the field does
    elif isinstance(widget, QComboBox):
        qtbot.keyClicks(widget, text)  # keyboard search: the first entry starting with it
    elif isinstance(widget, QLineEdit):
        widget.clear()
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.clear()
        qtbot.keyClicks(widget, text)
    else:
        raise AssertionError(f"cannot type into {widget}")


def fill(
    qtbot: QtBot, dialog: RecordDialog, values: Fill, services: Services, small: Small
) -> None:
    for name, value in values.items():
        field = dialog.fields[name]
        if callable(value):
            field.set_value(value(services, small))
        else:
            type_into(qtbot, field, value)


def script_dialogs(monkeypatch: pytest.MonkeyPatch, *steps: Callable[[RecordDialog], None]) -> list:
    """Make RecordDialog.exec run the given steps (one per dialog opened) instead of blocking."""
    opened: list[RecordDialog] = []
    queue = list(steps)

    def fake_exec(self: RecordDialog) -> int:
        opened.append(self)
        self.show()
        queue.pop(0)(self)
        if self.isVisible() and self.result() != QDialog.DialogCode.Accepted:
            self.dirty = False
            self.reject()
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    return opened


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake_question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    return asked


def wp(services: Services, s: Small) -> int:
    return s.werkplaats.id  # type: ignore[return-value]


# for each page: what to type for a valid record, the field to edit, a bad value and its message
CASES: dict[str, dict[str, Any]] = {
    "werkplaats": dict(
        valid={"naam": "Wmo-werkplaats Zwolle", "type": "Wmo", "startjaar": "2013"},
        edit=("regio", "IJssel-Vecht"),
        bad=("eindjaar", "2010"),
        message="ligt vóór het begin",
        search="Zwolle",
    ),
    "kenniskring": dict(
        valid={
            "werkplaats_id": wp,
            "naam": "Signaleren en interventie",
            "thema_ids": lambda sv, s: [thema_id(sv, 2)],
        },
        edit=("omschrijving", "Schulden"),
        bad=("startjaar", "18"),
        message="moet een jaar tussen",
        search="Signaleren",
    ),
    "project": dict(
        valid={
            "werkplaats_id": wp,
            "naam": "Samen DOEN Geuzenveld",
            "status": "Lopend",
            "startdatum": "01-01-2011",
            "einddatum": "31-12-2013",
        },
        edit=("omschrijving", "Buurtteam"),
        bad=("einddatum", "31-02-2013"),
        message="Deze datum bestaat niet",
        search="Geuzenveld",
    ),
    "activiteit": dict(
        valid={
            "werkplaats_id": wp,
            "titel": "Minor Wmo",
            "o": lambda sv, s: "onderwijs",
            "jaar": "2012",
        },
        edit=("bereik", "35"),
        bad=("bereik", "veel"),
        message="Vul een heel getal in",
        search="Minor Wmo",
    ),
    "product": dict(
        valid={
            "werkplaats_id": wp,
            "titel": "Supportgericht werken",
            "type": lambda sv, s: "boek",
            "jaar": "2012",
        },
        edit=("link", "https://www.movisie.nl/boek"),
        bad=("link", "movisie"),
        message="moet een webadres zijn",
        search="Supportgericht",
    ),
    "partner": dict(
        valid={"naam": "Movisie", "type": lambda sv, s: "kennisinstituut"},
        edit=("website", "https://www.movisie.nl"),
        bad=("website", "www"),
        message="moet een webadres zijn",
        search="Movisie",
    ),
    "persoon": dict(
        valid={"naam": "Theo Roes"},
        edit=("functie", "Voorzitter"),
        bad=("email", "theo.nl"),
        message="geen geldig e-mailadres",
        search="Theo Roes",
    ),
    "kennisagenda": dict(
        valid={"werkplaats_id": wp, "vraagstuk": "Wat werkt bij jeugdhulp?", "status": "Open"},
        edit=("toelichting", "Jeugdwet"),
        bad=("eindjaar", "3000"),
        message="moet een jaar tussen",
        search="jeugdhulp",
    ),
    "themasamenwerking": dict(
        valid={"naam": "Eenzaamheid"},
        edit=("omschrijving", "Vier"),
        bad=("startjaar", "twee"),
        message="Vul een heel getal in",
        search="Eenzaamheid",
    ),
    "thema": dict(
        valid={"naam": "Wonen en zorg"},
        edit=("naam", "Wonen, zorg en welzijn"),
        bad=("naam", ""),
        message="is verplicht",
        search="Wonen",
    ),
    "gemeente": dict(
        valid={"naam": "Berg en Dal", "cbs_code": "GM1945"},
        edit=("naam", "Berg en Dal (2016)"),
        bad=("cbs_code", "1945"),
        message="vorm GM0000",
        search="Berg en Dal",
    ),
}


@pytest.fixture
def small(services: Services) -> Small:
    return small_werkplaats(services)


@pytest.fixture
def window(qtbot: QtBot, db: Database, small: Small) -> Iterator[MainWindow]:
    w = MainWindow(db)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()  # before the database closes (fixtures end in reverse order)
    w.deleteLater()


@pytest.mark.parametrize("key", list(CASES))
def test_create_bad_value_edit_delete_undo(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    case = CASES[key]
    services = window.services
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    before = page.model.total()

    # 1. a bad value: the form says what is wrong, next to the field, and nothing is saved
    def bad(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, case["valid"], services, small)
        field, text = case["bad"]
        type_into(qtbot, dialog.fields[field], text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "a refused record keeps the form open"
        assert case["message"] in dialog.error_messages()[field]

    # 2. the same with the value corrected: saved
    def good(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, case["valid"], services, small)
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)

    script_dialogs(monkeypatch, bad)
    window.new_action.trigger()
    assert page.model.total() == before
    script_dialogs(monkeypatch, good)
    window.new_action.trigger()
    assert page.model.total() == before + 1

    # the list finds it by searching
    page.search.setText(case["search"])
    page.apply_query()
    assert page.model.total() >= 1
    page.table.selectRow(0)
    record_id = page.selected_ids()[0]

    # 3. edit (F2 opens the form of the selected row)
    field, text = case["edit"]

    def edit(dialog: RecordDialog) -> None:
        assert dialog.record.id == record_id
        type_into(qtbot, dialog.fields[field], text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    script_dialogs(monkeypatch, edit)
    window.edit_action.trigger()
    stored = services.records(key).get(record_id)
    assert str(getattr(stored, field)) == text

    # 4. delete asks first (saying what goes with it), then the row is gone
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.table.selectRow(page.model.row_of(record_id))  # type: ignore[arg-type]
    window.delete_action.trigger()
    assert asked and "verwijderen" in asked[0]
    assert page.model.row_of(record_id) is None

    # 5. undo brings it back, with the edit
    assert "Verwijderd" in window.undo_action.text()
    window.undo_action.trigger()
    assert page.model.row_of(record_id) is not None
    assert str(getattr(services.records(key).get(record_id), field)) == text


def test_closing_a_changed_form_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, small: Small
) -> None:
    dialog = RecordDialog(
        window.services, "partner", window.services.partners.get(small.gemeente.id), parent=window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.fields["naam"], "Andere naam")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert window.services.partners.get(small.gemeente.id).naam == small.gemeente.naam


def test_delete_says_what_else_is_affected(
    window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("werkplaats")
    page.table.selectRow(page.model.row_of(small.werkplaats.id))  # type: ignore[arg-type]
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert "1 projecten" in asked[0] and "1 activiteiten" in asked[0]
    assert window.services.werkplaatsen.count() == 1  # "No" kept it


@pytest.mark.parametrize("child", ["bijdrage", "deelname"])
def test_partner_page_keeps_bijdragen_and_deelnames(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch, child: str
) -> None:
    page = window.show_page("partner")
    page.table.selectRow(page.model.row_of(small.gemeente.id))  # type: ignore[arg-type]
    assert page.detail_tabs is not None
    related = [page.detail_tabs.widget(i) for i in range(page.detail_tabs.count())]
    tab = next(r for r in related if isinstance(r, RelatedList) and r.spec.key == child)
    values = {
        "bijdrage": {"werkplaats_id": "Wmo", "jaar": "2014", "soort": "Geld",
                     "hoeveelheid": "12.500,50"},
        "deelname": {"werkplaats_id": "Wmo", "rol": "Partner", "overeenkomst": "Geen",
                     "startjaar": "2009", "eindjaar": "2008"},
    }[child]

    def enter(dialog: RecordDialog) -> None:
        assert dialog.fields["partner_id"].value() == small.gemeente.id
        fill(qtbot, dialog, values, window.services, small)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        if child == "deelname":  # the end year before the start year is refused first
            assert "ligt vóór het begin" in dialog.error_messages()["eindjaar"]
            type_into(qtbot, dialog.fields["eindjaar"], "2015")
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.error_messages()

    script_dialogs(monkeypatch, enter)
    tab.add()
    assert tab.model.total() == 1
    if child == "bijdrage":
        from decimal import Decimal

        assert window.services.bijdragen.all()[0].hoeveelheid == Decimal("12500.50")


@pytest.mark.parametrize(
    "child,parent_key", [("subsidie", "werkplaats"), ("lectoraat", "werkplaats")]
)
def test_werkplaats_page_keeps_subsidies_and_lectoraten(
    qtbot: QtBot,
    window: MainWindow,
    small: Small,
    monkeypatch: pytest.MonkeyPatch,
    child: str,
    parent_key: str,
) -> None:
    page = window.show_page(parent_key)
    page.table.selectRow(page.model.row_of(small.werkplaats.id))  # type: ignore[arg-type]
    tabs = page.detail_tabs
    assert tabs is not None
    tab = next(tabs.widget(i) for i in range(tabs.count()) if tabs.widget(i).spec.key == child)
    values = {
        "subsidie": {"jaar": "2016", "bedrag": "185714,29"},
        "lectoraat": {"naam": "Active Ageing"},
    }[child]

    def enter(dialog: RecordDialog) -> None:
        fill(qtbot, dialog, values, window.services, small)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    script_dialogs(monkeypatch, enter)
    tab.add()
    assert tab.model.total() == 1


def test_choices_follow_other_fields(qtbot: QtBot, window: MainWindow, small: Small) -> None:
    dialog = RecordDialog(
        window.services,
        "activiteit",
        defaults={"werkplaats_id": small.werkplaats.id},
        parent=window,
    )
    qtbot.addWidget(dialog)
    subtype = dialog.fields["subtype"]
    assert isinstance(subtype, ChoiceField)
    dialog.fields["o"].set_value("onderzoek")
    kinds = [subtype.widget.itemData(i) for i in range(subtype.widget.count())]
    assert "praktijkonderzoek" in kinds and "conferentie" not in kinds
    dialog.fields["o"].set_value("ondersteuning")
    kinds = [subtype.widget.itemData(i) for i in range(subtype.widget.count())]
    assert "conferentie" in kinds and "praktijkonderzoek" not in kinds
    dialog.dirty = False  # leave without the "save changes?" question


def test_the_related_lists_below_a_list_follow_undo(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bijdrage added in the Bijdragen tab of a partner and undone with Ctrl+Z disappears
    from that tab (the page also shows the tables of its detail pane)."""
    page = window.show_page("partner")
    page.table.selectRow(page.model.row_of(small.gemeente.id))  # type: ignore[arg-type]

    def bijdragen_tab() -> RelatedList:
        tabs = page.detail_tabs
        assert tabs is not None
        return next(tabs.widget(i) for i in range(tabs.count())
                    if isinstance(tabs.widget(i), RelatedList)
                    and tabs.widget(i).spec.key == "bijdrage")

    def enter(dialog: RecordDialog) -> None:
        # nothing required is chosen for the user (issue 13): werkplaats and soort too
        fill(qtbot, dialog, {"werkplaats_id": wp, "soort": lambda _sv, _s: "geld",
                             "jaar": "2014", "hoeveelheid": "250"}, window.services, small)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    script_dialogs(monkeypatch, enter)
    bijdragen_tab().add()
    assert bijdragen_tab().model.total() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.services.bijdragen.count() == 0
    assert bijdragen_tab().model.total() == 0
    window.redo_action.trigger()
    assert bijdragen_tab().model.total() == 1
