"""Numbers, amounts and dates as a Dutch user types them into a record form (issue 15, "test
strength": the number and date parsing of ``ui/forms/fields.py``). Typed with the keyboard
into the real widgets of the activity and subsidy forms, saved with the Opslaan button.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.factories import Small, small_werkplaats
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.services import Services
from werkplaats_desktop.ui.forms.dialog import RecordDialog


@pytest.fixture
def small(services: Services) -> Small:
    return small_werkplaats(services)


def form(qtbot: QtBot, services: Services, key: str, record: m.Record | None = None,
         **defaults: object) -> RecordDialog:
    dialog = RecordDialog(services, key, record=record, defaults=defaults or None)
    # (a refused form is left with changes: close it without the "save them?" question)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    dialog.show()
    return dialog


def type_in(qtbot: QtBot, dialog: RecordDialog, field: str, text: str) -> None:
    widget = dialog.fields[field].focus_widget()
    assert isinstance(widget, QLineEdit)
    widget.clear()
    qtbot.keyClicks(widget, text)


def new_activity(qtbot: QtBot, services: Services, small: Small) -> RecordDialog:
    dialog = form(qtbot, services, "activiteit", werkplaats_id=small.werkplaats.id)
    type_in(qtbot, dialog, "titel", "Studiedag")
    dialog.fields["o"].set_value("onderzoek")
    type_in(qtbot, dialog, "jaar", "2011")
    return dialog


def save(qtbot: QtBot, dialog: RecordDialog) -> m.Record | None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog.saved


@pytest.mark.parametrize(("typed", "value"), [
    ("1.250,50", Decimal("1250.50")), ("1250,5", Decimal("1250.50")),
    ("1.250,50 ", Decimal("1250.50")),
    (" 12 ", Decimal("12")), ("0,01", Decimal("0.01")), ("", None)])
def test_hours_as_typed_in_dutch_or_plain(
        qtbot: QtBot, services: Services, small: Small, typed: str,
        value: Decimal | None) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "uren", typed)
    saved = save(qtbot, dialog)
    assert saved is not None, dialog.error_messages()
    assert saved.uren == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "value"), [("25.000", Decimal("25000")),
                                              ("1.250", Decimal("1250"))])
def test_an_amount_with_thousands_and_no_decimals(
        qtbot: QtBot, services: Services, small: Small, typed: str, value: Decimal) -> None:
    dialog = form(qtbot, services, "subsidie", werkplaats_id=small.werkplaats.id)
    type_in(qtbot, dialog, "jaar", "2012")
    type_in(qtbot, dialog, "bedrag", typed)
    saved = save(qtbot, dialog)
    assert saved is not None and saved.bedrag == value  # type: ignore[attr-defined]


@pytest.mark.parametrize("typed", ["1,2,3", "twaalf", "12,50 euro", "1,5,"])
def test_an_amount_that_cannot_be_read_is_said_under_the_field(
        qtbot: QtBot, services: Services, small: Small, typed: str) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "uren", typed)
    assert save(qtbot, dialog) is None
    assert dialog.error_messages() == {"uren": "Vul een getal in, bijvoorbeeld 12,5."}


def test_hours_with_a_point_and_two_decimals_are_asked_not_guessed(
        qtbot: QtBot, services: Services, small: Small) -> None:
    """'1250.50' is 1.250,50 to an English reader and 125.050 to a Dutch one (issue 13)."""
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "uren", "1250.50")
    assert save(qtbot, dialog) is None
    assert dialog.error_messages() == {
        "uren": "Bedoelt u 125.050 of 1.250,50? Typ het getal zoals u het bedoelt."}


@pytest.mark.parametrize(("typed", "value"), [
    ("25.000", 25000), ("120", 120), ("0", 0), (" 7 ", 7), ("", None)])
def test_whole_numbers_with_thousands_points(
        qtbot: QtBot, services: Services, small: Small, typed: str, value: int | None) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "bereik", typed)
    saved = save(qtbot, dialog)
    assert saved is not None, dialog.error_messages()
    assert saved.bereik == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "message"), [
    ("3,5", "Vul een heel getal in, bijvoorbeeld 1.250."),
    ("veel", "Vul een heel getal in, bijvoorbeeld 1.250."),
    ("-3", "Bereik mag niet negatief zijn."),
    ("1e3", "Vul een heel getal in, bijvoorbeeld 1.250.")])
def test_a_count_that_is_not_a_whole_number(
        qtbot: QtBot, services: Services, small: Small, typed: str, message: str) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "bereik", typed)
    assert save(qtbot, dialog) is None
    assert dialog.error_messages() == {"bereik": message}


def test_a_required_year_left_empty(qtbot: QtBot, services: Services, small: Small) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "jaar", "")
    assert save(qtbot, dialog) is None
    assert dialog.error_messages() == {"jaar": "Jaar is verplicht."}


@pytest.mark.parametrize(("typed", "value"), [
    ("4-3-2011", date(2011, 3, 4)), ("04-03-2011", date(2011, 3, 4)),
    ("4/3/2011", date(2011, 3, 4)), ("4.3.2011", date(2011, 3, 4)),
    ("2011-03-04", date(2011, 3, 4)), ("2011-3-4", date(2011, 3, 4)),
    ("31-12-2011", date(2011, 12, 31)), (" 1-1-2011 ", date(2011, 1, 1)), ("", None)])
def test_dates_as_typed(qtbot: QtBot, services: Services, small: Small, typed: str,
                        value: date | None) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "datum", typed)
    saved = save(qtbot, dialog)
    assert saved is not None, dialog.error_messages()
    assert saved.datum == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "message"), [
    ("31-2-2011", "Deze datum bestaat niet."), ("2011-02-29", "Deze datum bestaat niet."),
    ("0-1-2011", "Deze datum bestaat niet."),
    ("4 maart 2011", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011."),
    ("2011/03/04", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011."),
    ("4-3-11", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011."),
    ("104-3-2011", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011.")])
def test_a_date_that_cannot_be_read_or_does_not_exist(
        qtbot: QtBot, services: Services, small: Small, typed: str, message: str) -> None:
    dialog = new_activity(qtbot, services, small)
    type_in(qtbot, dialog, "datum", typed)
    assert save(qtbot, dialog) is None
    assert dialog.error_messages() == {"datum": message}


def test_a_stored_amount_and_date_are_shown_the_dutch_way(
        qtbot: QtBot, services: Services, small: Small) -> None:
    saved = services.subsidies.create(m.Subsidie(werkplaats_id=small.werkplaats.id, jaar=2012,
                                                 bedrag=Decimal("185714.29")))
    dialog = form(qtbot, services, "subsidie", record=saved)
    assert dialog.fields["bedrag"].focus_widget().text() == "185.714,29"  # type: ignore[attr-defined]
    small_amount = services.subsidies.create(m.Subsidie(
        werkplaats_id=small.werkplaats.id, jaar=2013, bedrag=Decimal("5")))
    dialog = form(qtbot, services, "subsidie", record=small_amount)
    assert dialog.fields["bedrag"].focus_widget().text() == "5,00"  # type: ignore[attr-defined]
    # saving the shown text unchanged gives the same amount back
    assert save(qtbot, dialog).bedrag == Decimal("5")  # type: ignore[union-attr]
    activity = services.activiteiten.get(small.activiteit.id)  # type: ignore[arg-type]
    dialog = form(qtbot, services, "activiteit", record=activity)
    assert dialog.fields["datum"].focus_widget().text() == "04-03-2011"  # type: ignore[attr-defined]
