"""Issue 13, "Data entry a lector can trust": the scenarios as a user works them, typing and
clicking in the real widgets (qtbot.keyClicks / keyClick / mouseClick), in Dutch and in
English where the issue asks for both. Forms are opened by the window's own buttons; only
``exec`` is replaced, so the test can act while the form is open (tests/test_gui_entry.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.factories import Small, gemeente_id, small_werkplaats
from tests.test_gui_entry import answer, script_dialogs
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.forms.dialog import RecordDialog
from werkplaats_desktop.ui.forms.fields import ChoiceField, MultiChoiceField
from werkplaats_desktop.ui.i18n import install_translators
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow
from werkplaats_desktop.ui.mnemonics import letter_of

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def small(services: Services) -> Small:
    return small_werkplaats(services)


def open_window(db: Database, language: str = "nl") -> MainWindow:
    install_translators(language)
    window = MainWindow(db)
    window.resize(1366, 768)
    window.show()
    activate(window)
    return window


def activate(widget: QWidget) -> None:
    """The window the user works in: keys and focus go where a user's would. (Qt's offscreen
    platform does not hand the activation to a dialog over its window by itself.)"""
    import warnings

    widget.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    assert QTest.qWaitForWindowActive(widget, 5000)


def show_active(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param
    install_translators("nl")


@pytest.fixture
def window(qtbot: QtBot, db: Database, small: Small) -> Iterator[MainWindow]:
    w = open_window(db)
    qtbot.addWidget(w)
    yield w
    w.close()
    w.deleteLater()


def page_of(window: MainWindow, key: str) -> ListPage:
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    return page


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def type_and_leave(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Type into a combo that can be typed into, and leave it with Tab (which goes, as a
    user's key does, to the completer's list when that is open)."""
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(QApplication.activePopupWidget() or combo.lineEdit(), Qt.Key.Key_Tab)


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose in a short combo by typing the start of an entry (keyboard search)."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def new_through_button(qtbot: QtBot, page: ListPage, monkeypatch: pytest.MonkeyPatch,
                       step: Callable[[RecordDialog], None]) -> RecordDialog:
    opened = script_dialogs(monkeypatch, step)
    click(qtbot, page.new_button)
    assert opened, "the Nieuw button opened no form"
    return opened[0]  # type: ignore[no-any-return]


def mnemonic(qtbot: QtBot, dialog: RecordDialog, field: str) -> QWidget:
    """Press Alt + the letter of ``field``'s label; returns the widget that has the focus."""
    target = dialog.fields[field].focus_widget()
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.buddy() is target)
    letter = letter_of(label.text())
    assert letter, f"label {label.text()!r} has no mnemonic"
    qtbot.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
    return QApplication.focusWidget()


# --- 1. amounts as a Dutch (or English) reader means them -------------------------------------


@pytest.mark.parametrize("typed,shown", [("25.000", "€ 25.000,00"), ("EUR 25.000", "€ 25.000,00"),
                                         ("1.250.000", "€ 1.250.000,00")])
def test_typing_25000_in_a_bijdrage_shows_25000_in_the_list(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch,
    typed: str, shown: str,
) -> None:
    services = window.services
    services.deelnames.create(m.Deelname(werkplaats_id=small.werkplaats.id,
                                         partner_id=small.gemeente.id))
    page = page_of(window, "partner")
    page.table.selectRow(page.model.row_of(small.gemeente.id))  # type: ignore[arg-type]
    assert page.detail_tabs is not None
    tabs = [page.detail_tabs.widget(i) for i in range(page.detail_tabs.count())]
    bijdragen = next(t for t in tabs if getattr(t, "spec", None) and t.spec.key == "bijdrage")

    def enter(dialog: RecordDialog) -> None:
        pick(qtbot, dialog.fields["werkplaats_id"].widget, "Wmo")  # type: ignore[arg-type]
        qtbot.keyClicks(dialog.fields["jaar"].widget, "2014")
        pick(qtbot, dialog.fields["soort"].widget, "Geld")  # type: ignore[arg-type]
        qtbot.keyClicks(dialog.fields["hoeveelheid"].widget, typed)
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible(), dialog.error_messages()

    script_dialogs(monkeypatch, enter)
    click(qtbot, next(b for b in bijdragen.findChildren(type(page.new_button))
                      if b.text().startswith("Nieuw")))
    cell = bijdragen.model.index(0, bijdragen.model.spec.index["hoeveelheid"]).data()
    assert cell == shown


def test_an_ambiguous_amount_is_refused_with_both_readings(
    qtbot: QtBot, window: MainWindow, small: Small
) -> None:
    dialog = RecordDialog(window.services, "subsidie",
                          defaults={"werkplaats_id": small.werkplaats.id}, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["jaar"].widget, "2015")
    qtbot.keyClicks(dialog.fields["verstrekker"].widget, "VWS")
    qtbot.keyClicks(dialog.fields["bedrag"].widget, "25.00")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_messages()["bedrag"] == (
        "Bedoelt u 2.500 of 25,00? Typ het getal zoals u het bedoelt.")
    dialog.dirty = False
    assert dialog.focusWidget() is dialog.fields["bedrag"].widget  # the first bad field
    assert window.services.subsidies.count() == 0


def test_an_amount_saved_unchanged_stays_the_same(
    qtbot: QtBot, db: Database, small: Small, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(db)
    saved = services.bijdragen.create(m.Bijdrage(
        werkplaats_id=small.werkplaats.id, partner_id=small.gemeente.id, jaar=2014,
        soort=BijdrageSoort.GELD, hoeveelheid=Decimal("1250.50")))
    window = open_window(db, language)
    try:
        dialog = RecordDialog(window.services, "bijdrage", saved, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        shown = dialog.fields["hoeveelheid"].widget.text()  # type: ignore[attr-defined]
        assert shown == {"nl": "1.250,50", "en": "1,250.50"}[language]
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert window.services.bijdragen.get(saved.id).hoeveelheid == Decimal("1250.50")  # type: ignore[arg-type]
    finally:
        window.close()


def test_english_reads_25000_the_english_way(
    qtbot: QtBot, db: Database, small: Small
) -> None:
    window = open_window(db, "en")
    try:
        dialog = RecordDialog(window.services, "subsidie",
                              defaults={"werkplaats_id": small.werkplaats.id}, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.fields["jaar"].widget, "2015")
        qtbot.keyClicks(dialog.fields["verstrekker"].widget, "VWS")
        qtbot.keyClicks(dialog.fields["bedrag"].widget, "25,000")
        click(qtbot, dialog.save_button)
        assert window.services.subsidies.all()[0].bedrag == Decimal(25000)
    finally:
        window.close()
        install_translators("nl")


# --- 2. no guessed values ---------------------------------------------------------------------


def test_a_new_record_guesses_no_werkplaats_and_no_required_choice(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Amsterdam"))
    page = page_of(window, "project")
    seen: dict[str, Any] = {}

    def look(dialog: RecordDialog) -> None:
        seen.update({name: dialog.fields[name].value() for name in ("werkplaats_id", "status")})
        click(qtbot, dialog.save_button)
        seen["errors"] = dialog.error_messages()
        partners = dialog.fields["partners"]
        click(qtbot, partners.add_button)  # type: ignore[attr-defined]
        who, role = partners._fields[0]  # type: ignore[attr-defined]
        seen["partner"], seen["rol"] = who.value(), role.value()
        dialog.dirty = False

    new_through_button(qtbot, page, monkeypatch, look)
    assert seen["werkplaats_id"] is None and seen["status"] is None
    assert seen["partner"] is None and seen["rol"] is None
    assert "werkplaats_id" in seen["errors"] and "status" in seen["errors"]


def test_a_new_record_starts_in_the_filtered_or_own_werkplaats(
    qtbot: QtBot, window: MainWindow, small: Small, services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = services.werkplaatsen.create(m.Werkplaats(naam="Wmo-werkplaats Amsterdam"))
    page = page_of(window, "activiteit")
    chosen: list[Any] = []

    def look(dialog: RecordDialog) -> None:
        chosen.append(dialog.fields["werkplaats_id"].value())

    filter_box = page.filters["werkplaats_id"]
    filter_box.toggle(filter_box.findData(other.id))  # type: ignore[union-attr]
    new_through_button(qtbot, page, monkeypatch, look)
    page.clear_filters()
    services.info.set_eigen_werkplaats(small.werkplaats.id)
    new_through_button(qtbot, page, monkeypatch, look)
    assert chosen == [other.id, small.werkplaats.id]


def test_a_half_typed_gemeente_is_completed_or_refused_never_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = RecordDialog(window.services, "partner", parent=window)
    show_active(qtbot, dialog)
    gemeente = dialog.fields["gemeente_id"]
    assert isinstance(gemeente, ChoiceField) and gemeente.combo.isEditable()
    type_and_leave(qtbot, gemeente.combo, "Wijdem")
    assert gemeente.combo.currentText() == "Wijdemeren"
    assert "gemeente_id" not in dialog.error_messages()
    gemeente.combo.lineEdit().clear()
    type_and_leave(qtbot, gemeente.combo, "Xyzdorp")
    assert "staat niet in de lijst" in dialog.error_messages()["gemeente_id"]
    qtbot.keyClicks(dialog.fields["naam"].widget, "Buurtteam Xyz")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and window.services.partners.count() == 2  # not saved
    dialog.dirty = False


def test_a_partner_with_a_gemeente_gets_its_provincie(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window, "partner")

    def enter(dialog: RecordDialog) -> None:
        activate(dialog)
        qtbot.keyClicks(dialog.fields["naam"].widget, "Sociaal team Wijdemeren")
        pick(qtbot, dialog.fields["type"].widget, "Gemeente")  # type: ignore[arg-type]
        provincie = dialog.fields["provincie_code"]
        type_and_leave(qtbot, dialog.fields["gemeente_id"].widget, "Wijdemeren")  # type: ignore[arg-type]
        assert provincie.widget.currentText() == "Noord-Holland"  # type: ignore[attr-defined]
        assert not provincie.widget.isEnabled()  # follows the gemeente
        click(qtbot, dialog.save_button)

    new_through_button(qtbot, page, monkeypatch, enter)
    saved = next(p for p in window.services.partners.all() if p.naam.startswith("Sociaal"))
    assert saved.provincie_code == "PV27"
    row = page.model.row_of(saved.id)
    assert row is not None
    assert page.model.index(row, page.model.spec.index["provincie"]).data() == "Noord-Holland"


def test_pick_a_gemeente_from_the_completion(qtbot: QtBot, window: MainWindow) -> None:
    dialog = RecordDialog(window.services, "activiteit", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    combo = dialog.fields["gemeente_id"].widget
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "meren")  # part of a name: the completer lists matches
    popup = combo.completer().popup()
    assert popup.isVisible()
    names = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert "Wijdemeren" in names and all("meren" in n.lower() for n in names)
    row = names.index("Wijdemeren")
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Wijdemeren"
    assert dialog.fields["gemeente_id"].value() == gemeente_id(window.services, "GM0376") \
        or combo.currentText() == "Wijdemeren"
    dialog.dirty = False


# --- 3. feedback after a change -----------------------------------------------------------------


def test_saving_with_a_filter_active_says_the_record_is_hidden(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window, "activiteit")
    jaar = page.filters["jaar"]
    jaar.toggle(jaar.findData(small.activiteit.jaar))  # type: ignore[union-attr]
    assert jaar.value() == [small.activiteit.jaar]
    before = page.model.total()

    def enter(dialog: RecordDialog) -> None:
        qtbot.keyClicks(dialog.fields["titel"].widget, "Gastles in 2014")
        pick(qtbot, dialog.fields["werkplaats_id"].widget, "Wmo")  # type: ignore[arg-type]
        pick(qtbot, dialog.fields["o"].widget, "Onderwijs")  # type: ignore[arg-type]
        jaar_field = dialog.fields["jaar"].widget
        jaar_field.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(jaar_field, "2014")
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible(), dialog.error_messages()

    new_through_button(qtbot, page, monkeypatch, enter)
    assert page.model.total() == before  # the filter hides it ...
    assert page.notice.isVisible()  # ... and says so
    assert "Gastles in 2014" in page.notice.text.text()
    assert "Opgeslagen" in window.statusBar().currentMessage()
    click(qtbot, page.notice.clear_button)
    assert page.filters["jaar"].value() is None
    saved = page.selected_ids()
    assert len(saved) == 1
    assert window.services.activiteiten.get(saved[0]).titel == "Gastles in 2014"


def test_delete_after_a_save_deletes_only_the_saved_record(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window, "project")
    page.table.selectRow(0)  # the old selection ...

    def enter(dialog: RecordDialog) -> None:
        qtbot.keyClicks(dialog.fields["naam"].widget, "Samen DOEN")
        pick(qtbot, dialog.fields["werkplaats_id"].widget, "Wmo")  # type: ignore[arg-type]
        pick(qtbot, dialog.fields["status"].widget, "Lopend")  # type: ignore[arg-type]
        click(qtbot, dialog.save_button)

    new_through_button(qtbot, page, monkeypatch, enter)
    ids = page.selected_ids()  # ... is replaced by the saved record alone
    assert len(ids) == 1 and window.services.projecten.get(ids[0]).naam == "Samen DOEN"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "project 'Samen DOEN'" in asked[0]
    assert [p.naam for p in window.services.projecten.all()] == ["Kwartiermaken in de wijk"]


# --- 4. keyboard ------------------------------------------------------------------------------


def test_keyboard_only_project_with_two_themes(
    qtbot: QtBot, window: MainWindow, small: Small, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window, "project")

    def by_keyboard(dialog: RecordDialog) -> None:
        activate(dialog)
        assert QApplication.focusWidget() is dialog.fields["werkplaats_id"].focus_widget()
        qtbot.keyClicks(QApplication.focusWidget(), "Wmo")
        assert mnemonic(qtbot, dialog, "naam") is dialog.fields["naam"].widget
        qtbot.keyClicks(QApplication.focusWidget(), "Buurtkracht")
        assert mnemonic(qtbot, dialog, "status") is dialog.fields["status"].widget
        qtbot.keyClicks(QApplication.focusWidget(), "Lopend")
        themes = dialog.fields["thema_ids"]
        assert isinstance(themes, MultiChoiceField)
        assert mnemonic(qtbot, dialog, "thema_ids") is themes.filter
        for word in ("eenzaam", "Governance"):
            themes.filter.clear()
            qtbot.keyClicks(themes.filter, word)
            qtbot.keyClick(themes.filter, Qt.Key.Key_Down)  # to the first item shown
            qtbot.keyClick(themes.list, Qt.Key.Key_Space)  # ticks it, not a hidden one
            themes.filter.setFocus()
        qtbot.keyClick(dialog, letter_of(dialog.save_button.text()) or "s",
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks animated

    new_through_button(qtbot, page, monkeypatch, by_keyboard)
    saved = next(p for p in window.services.projecten.all() if p.naam == "Buurtkracht")
    names = {t.id: t.naam for t in window.services.themas.all()}
    chosen = sorted(names[i] for i in saved.thema_ids)
    assert len(chosen) == 2
    assert any("eenzaam" in n for n in chosen) and "Governance" in chosen


def test_space_toggles_the_visible_theme_in_a_filtered_checklist(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = RecordDialog(window.services, "project", parent=window)
    show_active(qtbot, dialog)
    themes = dialog.fields["thema_ids"]
    assert isinstance(themes, MultiChoiceField)
    themes.list.setCurrentRow(0)  # the current item will be hidden by the filter
    qtbot.keyClicks(themes.filter, "Governance")
    themes.list.setFocus()
    qtbot.keyClick(themes.list, Qt.Key.Key_Space)
    names = {t.id: t.naam for t in window.services.themas.all()}
    assert [names[i] for i in themes.value()] == [themes.list.currentItem().text()]
    assert themes.list.currentItem().text() == "Governance"
    dialog.dirty = False


def test_every_label_and_dialog_button_has_a_mnemonic(qtbot: QtBot, window: MainWindow,
                                                      language: str) -> None:
    install_translators(language)
    for key in ("activiteit", "project", "partner", "bijdrage", "werkplaats"):
        dialog = RecordDialog(window.services, key, parent=window)
        qtbot.addWidget(dialog)
        labels = [lb for lb in dialog.findChildren(QLabel) if lb.buddy() is not None]
        letters = [letter_of(lb.text()) for lb in labels]
        letters += [letter_of(dialog.save_button.text()), letter_of(dialog.cancel_button.text())]
        assert all(letters), (key, [lb.text() for lb in labels])
        assert len(set(letters)) == len(letters), (key, letters)
        assert len(labels) >= len(dialog.fields) - 1
        dialog.dirty = False


def test_tab_leaves_the_table(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window, "activiteit")
    activate(window)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table


# --- 5. finding ---------------------------------------------------------------------------------


def test_ctrl_end_reaches_the_last_row(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(demo_db)
    try:
        page = page_of(window, "activiteit")
        total = page.model.total()
        assert total > 1000 and page.model.rowCount() == total  # the model knows its total
        assert page.model.loaded_rows() < total  # and has read only what was shown
        page.table.setFocus()
        page.table.selectRow(0)
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        assert page.table.currentIndex().row() == total - 1
        last = window.services.lists.ids("activiteit", page.model.query, offset=total - 1)
        assert [page.model.id_at(page.table.currentIndex().row())] == last
    finally:
        window.close()


def test_filters_take_several_values(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(demo_db)
    try:
        page = page_of(window, "activiteit")
        jaar = page.filters["jaar"]
        jaar.showPopup()
        view = jaar.view()
        for year in (2012, 2014):
            rect = view.visualRect(jaar.model().index(jaar.findData(year), 0))
            qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
        assert sorted(jaar.value() or []) == [2012, 2014]
        expected = sum(window.services.lists.count("activiteit", type(page.model.query)(
            filters={"jaar": y})) for y in (2012, 2014))
        assert page.model.total() == expected
        assert jaar.currentText() in ("2012, 2014", "2014, 2012")
    finally:
        window.close()


def test_every_several_values_filter_opens_as_a_list_not_one_row(
        qtbot: QtBot, demo_db: Database) -> None:
    """A drop-down one row high with tiny arrows cannot be used with the mouse (seen by a
    lector in the lists): each checklist filter shows as many rows as fit."""
    from werkplaats_desktop.ui.filter_widgets import MultiFilter
    from werkplaats_desktop.ui.style import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet(app.palette()))  # as the program runs (its style sheet)
    window = open_window(demo_db)
    try:
        seen = 0
        for key in ("activiteit", "product", "project", "partner"):
            page = page_of(window, key)
            for box in page.filters.values():
                if not isinstance(box, MultiFilter) or box.count() < 3:
                    continue
                box.showPopup()
                view = box.view()
                wanted = min(box.count(), box.maxVisibleItems())
                assert view.height() >= wanted * view.sizeHintForRow(0) * 0.9, box.all_text
                box.hidePopup()
                seen += 1
        assert seen >= 4
    finally:
        window.close()
        app.setStyleSheet("")


def test_the_gemeente_filter_can_be_typed_into(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(demo_db)
    try:
        page = page_of(window, "activiteit")
        combo = page.filters["gemeente_id"]
        assert combo.isEditable() and combo.completer() is not None
        activate(window)
        combo.setFocus()
        qtbot.keyClicks(combo.lineEdit(), "Zwoll")
        qtbot.keyClick(QApplication.activePopupWidget() or combo.lineEdit(), Qt.Key.Key_Tab)
        assert combo.currentText() == "Zwolle"
        gemeente = gemeente_id(window.services, "GM0193")
        assert page.model.query.filters["gemeente_id"] == gemeente
    finally:
        window.close()


def test_amounts_and_hours_show_their_unit(qtbot: QtBot, window: MainWindow, small: Small,
                                           language: str) -> None:
    for soort, amount in ((BijdrageSoort.GELD, Decimal("25")), (BijdrageSoort.UREN, 120)):
        window.services.bijdragen.create(m.Bijdrage(
            werkplaats_id=small.werkplaats.id, partner_id=small.gemeente.id, jaar=2014,
            soort=soort, hoeveelheid=Decimal(amount)))
    english = open_window(window.db, language)
    try:
        from werkplaats_desktop.ui.table_model import RecordTableModel

        model = RecordTableModel(english.services.lists, "bijdrage")
        model.refresh()
        column = model.spec.index["hoeveelheid"]
        cells = sorted(model.index(r, column).data() for r in range(model.rowCount()))
        assert cells == {"nl": ["120 uur", "€ 25,00"], "en": ["120 hours", "€ 25.00"]}[language]
    finally:
        english.close()


# --- 6. the first hour --------------------------------------------------------------------------


def test_an_empty_list_says_what_it_holds_and_offers_new(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db)
    try:
        page = page_of(window, "activiteit")
        assert page.body.currentWidget() is page.empty
        assert "vier O's" in page.empty.text.text()
        assert page.empty.new_button.text() == "Nieuwe activiteit…"
        opened = script_dialogs(monkeypatch, lambda d: None)
        click(qtbot, page.empty.new_button)
        assert opened and opened[0].key == "activiteit"
        overzicht = window.show_page("overzicht")
        overzicht.build_charts()  # type: ignore[attr-defined]
        note = overzicht.empty_note  # type: ignore[attr-defined]
        assert note.isVisible() and "nog leeg" in note.accessibleName()
    finally:
        window.close()


def test_every_list_has_visible_new_edit_delete_buttons(window: MainWindow) -> None:
    for key, page in window.pages.items():
        if isinstance(page, ListPage):
            window.show_page(key)
            for button in (page.new_button, page.edit_button, page.delete_button):
                assert button.isVisible() and button.accessibleName(), (key, button.text())


def test_the_demo_opens_from_the_file_menu(qtbot: QtBot, window: MainWindow,
                                           demo_template: Any) -> None:
    import shutil

    from werkplaats_desktop.locations import demo_database_path

    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, demo_database_path())  # as if made before (building takes long)
    texts = [a.text() for a in window.menu("bestand").actions()]
    assert "&Voorbeelddatabase openen" in texts
    window.files.demo_action.trigger()
    assert window.db.path == demo_database_path()
    assert window.banner.isVisible()


def test_the_first_window_fits_small_screens(qtbot: QtBot, db: Database) -> None:
    from werkplaats_desktop.ui.main_window import FIRST_SIZE

    window = MainWindow(db)
    try:
        width, height = FIRST_SIZE
        assert width <= 1280 - 16 and height <= 720 - 40 - 30  # taskbar, title bar
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 680
    finally:
        window.close()


def test_a_long_drill_down_text_never_widens_the_window(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(demo_db)
    try:
        window.resize(1366, 700)
        werkplaatsen = [c.key for c in window.services.reference.options("werkplaats")]
        window.open_list("activiteit", {"werkplaats_ids": werkplaatsen, "zonder_thema": True,
                                        "provincie_code": "PV26", "partner_type": "gemeente"})
        QApplication.processEvents()
        page = window.current_page()
        assert isinstance(page, ListPage) and len(page.extra_label.text()) > 200
        assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1280
    finally:
        window.close()


def test_a_long_message_under_a_field_is_shown_whole(qtbot: QtBot, services: Services,
                                                      small: Small) -> None:
    """A message of three lines under a narrow field was cut after one and a half."""
    dialog = RecordDialog(services, "activiteit")
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    dialog.resize(760, 620)
    dialog.show()
    text = ("'gem' past bij 2 namen (Gemert-Bakel, Gemeente X); kies er een uit de lijst of "
            "typ meer van de naam.")
    dialog.show_problem("gemeente_id", text)
    label = dialog.errors["gemeente_id"]
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) - 1)
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().height()


def test_every_problem_of_a_form_is_said_at_once(qtbot: QtBot, services: Services,
                                                  small: Small) -> None:
    """An empty title and a half-typed gemeente that fits two names: both messages after
    the first save, not the title only after the gemeente was put right."""
    dialog = RecordDialog(services, "activiteit",
                          defaults={"werkplaats_id": small.werkplaats.id})
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    dialog.show()
    gemeente = dialog.fields["gemeente_id"]
    qtbot.keyClicks(gemeente.focus_widget(), "Gem")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = {k: v for k, v in dialog.error_messages().items() if v}
    assert {"gemeente_id", "titel"} <= set(shown), shown
    assert dialog.saved is None
