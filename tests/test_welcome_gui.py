"""The first hour, as a new user goes through it: the welcome page of a new file, the guided
setup by keyboard, a new werkplaats, a refused setup, the example, files that never show the
welcome page, undo, and the same in English. Real widgets: keys and clicks, not slots."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.test_entry_scenarios import activate, open_window
from tests.test_gui_entry import script_dialogs
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import PartnerType
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.file_actions import FileActions
from werkplaats_desktop.ui.i18n import install_translators
from werkplaats_desktop.ui.main_window import MainWindow
from werkplaats_desktop.ui.mnemonics import letter_of
from werkplaats_desktop.ui.setup_dialog import SetupDialog
from werkplaats_desktop.ui.welcome import Welcome, WelcomePage

ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    """The window on a new, empty file (the ``db`` fixture: made by the migrations)."""
    w = open_window(db)
    qtbot.addWidget(w)
    yield w
    w.close()
    install_translators("nl")


def welcome_of(window: MainWindow) -> Welcome:
    found = window.findChild(Welcome)
    assert found is not None
    return found


def welcome_shown(window: MainWindow) -> bool:
    page = window.cover()
    return isinstance(page, WelcomePage) and page.isVisible()


def setup_action(window: MainWindow) -> object:
    return welcome_of(window).setup_action


def press_mnemonic(qtbot: QtBot, where: QWidget, label_or_button_text: str) -> None:
    letter = letter_of(label_or_button_text)
    assert letter, f"{label_or_button_text!r} has no mnemonic"
    qtbot.keyClick(where, letter, ALT)


def open_setup_by_keyboard(qtbot: QtBot, window: MainWindow) -> SetupDialog:
    page = window.cover()
    assert isinstance(page, WelcomePage)
    press_mnemonic(qtbot, window, page.begin_button.text())  # Alt+M
    # a button's mnemonic clicks it as a click looks: pressed for a moment, then released
    qtbot.waitUntil(lambda: welcome_of(window).dialog is not None)
    dialog = welcome_of(window).dialog
    assert isinstance(dialog, SetupDialog) and dialog.isVisible()
    activate(dialog)
    return dialog


def mnemonic_of(dialog: SetupDialog, widget: QWidget) -> str:
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.buddy() is widget)
    return label.text()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def close_popup(qtbot: QtBot) -> None:
    """Escape closes the completer's list, when it is open (else it would close the dialog)."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)


def has_focus(widget: QWidget) -> bool:
    """The focus is in ``widget`` (a box typed into holds it itself or in its line)."""
    line = widget.lineEdit() if isinstance(widget, QComboBox) else None
    return focus() is widget or (line is not None and focus() is line)


# --- the welcome page ------------------------------------------------------------------------


def test_a_new_file_shows_the_welcome_page(qtbot: QtBot, window: MainWindow) -> None:
    assert welcome_shown(window)
    page = window.cover()
    assert isinstance(page, WelcomePage)
    assert not window.nav.isVisible()  # instead of an empty Overzicht
    assert page.begin_button.text() == "Begin met &mijn werkplaats"
    assert page.demo_button.text() == "Bekijk het &voorbeeld"
    assert focus() is page.begin_button
    for button in (page.begin_button, page.demo_button, page.later_button):
        assert button.isVisible() and button.accessibleName()
    assert str(window.db.path) in page.file_label.text()
    assert setup_action(window).isVisible()  # type: ignore[attr-defined]
    assert not window.new_action.isEnabled()  # no Bewerken > Nieuw on a page not shown
    # Tab goes from one choice to the next
    qtbot.keyClick(page.begin_button, Qt.Key.Key_Tab)
    assert focus() is page.demo_button


def test_keyboard_only_setup_from_the_national_list(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    combo = dialog.werkplaats
    assert has_focus(combo)
    qtbot.keyClicks(focus(), "utrecht")  # part of the name: the completer lists it
    popup = combo.completer().popup()
    assert popup.isVisible()
    names = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert names == ["Wmo-werkplaats Utrecht"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Wmo-werkplaats Utrecht"
    assert "WSD-UTR" in dialog.reading.text()
    # filled in from the national list, changeable
    assert dialog.penvoerder.currentText() == "Hogeschool Utrecht"
    assert dialog.provincie.currentText() == "Utrecht"
    press_mnemonic(qtbot, dialog, mnemonic_of(dialog, dialog.provincie))
    assert focus() is dialog.provincie
    qtbot.keyClicks(dialog.provincie, "Gel")
    assert dialog.provincie.currentText() == "Gelderland"
    qtbot.keyClick(dialog.provincie, Qt.Key.Key_Return)  # the default button: Instellen
    assert not dialog.isVisible()

    info = window.services.info
    own = window.services.werkplaatsen.get(info.eigen_werkplaats_id())  # type: ignore[arg-type]
    assert (own.naam, own.code, own.provincie_code) == ("Wmo-werkplaats Utrecht", "WSD-UTR",
                                                        "PV25")
    assert [p.naam for p in window.services.partners.all()] == ["Hogeschool Utrecht"]
    # then the Overzicht with the next steps, the werkplaats in the title bar
    assert not welcome_shown(window) and window.current_key() == "overzicht"
    assert window.windowTitle().startswith("Wmo-werkplaats Utrecht — ")
    overzicht = window.current_page()
    overzicht.build_charts()  # type: ignore[union-attr]
    note = overzicht.empty_note  # type: ignore[union-attr]
    assert note.isVisible() and "Wmo-werkplaats Utrecht" in note.steps.text()
    shown = [b.text() for b in note.buttons.values() if b.isVisible()]
    assert shown == ["Nieuw project…", "Nieuwe activiteit…", "Nieuwe partner…"]
    assert "ingesteld" in window.statusBar().currentMessage()
    assert not setup_action(window).isVisible()  # type: ignore[attr-defined]


def test_the_setup_is_one_undo_step_and_brings_the_welcome_page_back(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    qtbot.keyClicks(focus(), "Wmo-werkplaats Zwolle")
    close_popup(qtbot)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and not welcome_shown(window)
    assert window.undo_action.text() == "&Ongedaan maken: Eigen werkplaats ingesteld: " \
                                        "Wmo-werkplaats Zwolle"
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ongedaan maken
    counts = window.services.info.counts()
    assert counts["werkplaatsen"] == counts["partners"] == 0
    assert welcome_shown(window) and " — " in window.windowTitle()
    assert not window.windowTitle().startswith("Wmo-werkplaats Zwolle")
    assert setup_action(window).isVisible()  # type: ignore[attr-defined]
    window.redo_action.trigger()  # Opnieuw: set up again, the Overzicht back
    assert not welcome_shown(window)
    assert window.services.info.eigen_werkplaats_naam() == "Wmo-werkplaats Zwolle"


def test_the_next_steps_open_their_forms(qtbot: QtBot, window: MainWindow,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window.services.info.start_own_werkplaats("WSD-UTR", "", None, None)
    assert not welcome_shown(window)
    overzicht = window.show_page("overzicht")
    overzicht.build_charts()  # type: ignore[attr-defined]
    note = overzicht.empty_note  # type: ignore[attr-defined]
    for step, kind in (("project", "project"), ("activiteit", "activiteit"),
                       ("partner", "partner")):
        window.show_page("overzicht")
        assert note.buttons[step].isVisible()
        opened = script_dialogs(monkeypatch, lambda d: None)
        qtbot.mouseClick(note.buttons[step], LEFT)
        assert opened and opened[0].key == kind
        assert window.current_key() == kind


def test_a_new_werkplaats_not_on_the_list(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    qtbot.keyClicks(focus(), "Kenniswerkplaats Amersfoort")
    popup = QApplication.activePopupWidget()
    assert popup is None or not popup.isVisible()  # no name on the list contains it
    assert "Nieuwe werkplaats" in dialog.reading.text()
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert has_focus(dialog.penvoerder)
    assert dialog.penvoerder.currentText() == ""  # nothing guessed for a new werkplaats
    qtbot.keyClicks(focus(), "Hogeschool Utrecht")
    close_popup(qtbot)
    press_mnemonic(qtbot, dialog, mnemonic_of(dialog, dialog.provincie))
    qtbot.keyClicks(dialog.provincie, "Utr")
    press_mnemonic(qtbot, dialog, dialog.ok_button.text())  # Alt+I: Instellen
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())  # (deleted on close)
    own = window.services.werkplaatsen.get(
        window.services.info.eigen_werkplaats_id())  # type: ignore[arg-type]
    assert own.naam == "Kenniswerkplaats Amersfoort" and own.code.startswith("WP-")
    assert own.provincie_code == "PV26"
    (hs,) = window.services.partners.all()
    assert (hs.naam, hs.type, own.penvoerder_id) == ("Hogeschool Utrecht",
                                                     PartnerType.HOGESCHOOL, hs.id)
    assert window.windowTitle().startswith("Kenniswerkplaats Amersfoort — ")


def test_part_of_a_name_is_not_silently_a_new_werkplaats(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    qtbot.keyClicks(focus(), "Zwoll")
    close_popup(qtbot)
    assert "Bedoelt u Wmo-werkplaats Zwolle?" in dialog.reading.text()
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # Instellen: asked first, nothing written
    assert dialog.isVisible() and window.services.info.counts()["werkplaatsen"] == 0
    assert "nogmaals Instellen" in dialog.error_messages()["werkplaats"]
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # again: the user means a new one
    assert not dialog.isVisible()
    assert window.services.info.eigen_werkplaats_naam() == "Zwoll"


def test_a_refused_setup_shows_the_message_under_the_field_and_writes_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    qtbot.keyClicks(focus(), "   ")  # no name
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused: the dialog stays
    assert dialog.error_messages() == {"werkplaats": "Naam is verplicht."}
    error = dialog.errors["werkplaats"]
    assert error.isVisible()
    assert error.parentWidget() is dialog.werkplaats.parentWidget()  # under its field
    assert has_focus(dialog.werkplaats)
    assert window.services.info.counts()["werkplaatsen"] == 0
    assert window.services.info.counts()["partners"] == 0
    assert window.services.undo_label() is None and welcome_shown(window)
    # corrected, it goes through
    qtbot.keyClick(focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus(), "Wmo-werkplaats Twente")
    close_popup(qtbot)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.services.info.eigen_werkplaats_naam() == "Wmo-werkplaats Twente"


def test_cancel_leaves_the_welcome_page(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    qtbot.keyClicks(focus(), "Wmo-werkplaats Noord")
    close_popup(qtbot)
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)  # Annuleren
    assert not dialog.isVisible()
    assert welcome_shown(window) and window.services.info.needs_setup()


def test_the_example_choice_opens_the_demo(qtbot: QtBot, window: MainWindow,
                                           demo_template: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.locations import demo_database_path

    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, demo_database_path())  # as if made before (building takes long)
    used: list[str] = []
    menu_entry = FileActions.open_demo

    def spy(self: FileActions) -> bool:
        used.append("Bestand > Voorbeelddatabase openen")
        return menu_entry(self)

    monkeypatch.setattr(FileActions, "open_demo", spy)
    page = window.cover()
    assert isinstance(page, WelcomePage)
    qtbot.mouseClick(page.demo_button, LEFT)
    assert used == ["Bestand > Voorbeelddatabase openen"]  # the same, not a copy
    assert window.db.path == demo_database_path()
    assert window.banner.isVisible() and not welcome_shown(window)
    assert window.nav.isVisible()
    assert not setup_action(window).isVisible()  # type: ignore[attr-defined]


def test_not_now_shows_the_empty_overview_that_offers_the_setup(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.cover()
    assert isinstance(page, WelcomePage)
    qtbot.mouseClick(page.later_button, LEFT)
    assert not welcome_shown(window) and window.current_key() == "overzicht"
    overzicht = window.current_page()
    overzicht.build_charts()  # type: ignore[union-attr]
    note = overzicht.empty_note  # type: ignore[union-attr]
    assert note.isVisible()
    assert [b.text() for b in note.buttons.values() if b.isVisible()] == [
        "Mijn werkplaats instellen…", "Exports importeren…"]
    qtbot.mouseClick(note.buttons["instellen"], LEFT)
    dialog = welcome_of(window).dialog
    assert isinstance(dialog, SetupDialog) and dialog.isVisible()
    dialog.reject()
    # a change that leaves the file new does not bring the welcome page back
    window.services.partners.create(m.Partner(naam="X", type=PartnerType.GEMEENTE))
    window.services.undo()
    assert not welcome_shown(window)


def test_choosing_a_page_leaves_the_welcome_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Beeld: 4th
    assert not welcome_shown(window) and window.nav.isVisible()
    assert window.nav.currentRow() == 3 and window.new_action.isEnabled()


def test_the_menu_reaches_the_setup_while_the_file_has_no_own_werkplaats(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(db)
    services.werkplaatsen.create(m.Werkplaats(naam="Kenniswerkplaats Ede"))  # an older file
    window = open_window(db)
    try:
        assert not welcome_shown(window)  # records: never the welcome page
        action = setup_action(window)
        assert action.isVisible() and action.isEnabled()  # type: ignore[attr-defined]
        assert action in window.menu("bestand").actions()
        assert action.text() == "&Mijn werkplaats instellen…"  # type: ignore[attr-defined]
        action.trigger()  # type: ignore[attr-defined]
        dialog = welcome_of(window).dialog
        assert isinstance(dialog, SetupDialog)
        activate(dialog)
        qtbot.keyClicks(focus(), "kenniswerkplaats ede")
        close_popup(qtbot)
        assert "staat al in dit bestand" in dialog.reading.text()
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert window.services.werkplaatsen.count() == 1  # the one there, not a second
        assert window.windowTitle().startswith("Kenniswerkplaats Ede — ")
        assert not action.isVisible()  # type: ignore[attr-defined]
    finally:
        window.close()


def test_the_demo_and_a_file_with_records_never_show_it(qtbot: QtBot, demo_db: Database,
                                                        db: Database) -> None:
    from tests.factories import small_werkplaats

    small_werkplaats(Services(db))
    for database in (demo_db, db):
        window = open_window(database)
        try:
            assert window.cover() is None and not welcome_shown(window)
            assert window.nav.isVisible()
        finally:
            window.close()


def test_english(qtbot: QtBot, db: Database) -> None:
    window = open_window(db, "en")
    try:
        page = window.cover()
        assert isinstance(page, WelcomePage) and page.isVisible()
        assert page.begin_button.text() == "Start with &my werkplaats"
        assert page.demo_button.text() == "See the e&xample"
        assert setup_action(window).text() == "Set &up my werkplaats…"  # type: ignore[attr-defined]
        dialog = open_setup_by_keyboard(qtbot, window)
        assert dialog.windowTitle() == "Set up my werkplaats"
        assert dialog.ok_button.text() == "&Set up"
        qtbot.keyClick(focus(), Qt.Key.Key_Return)  # nothing typed: refused, in English
        assert dialog.error_messages() == {"werkplaats": "Name is required."}
        qtbot.keyClicks(focus(), "Twente")
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)
        assert "From the national list (code WSD-TWE)." == dialog.reading.text()
        assert dialog.provincie.currentText() == "Overijssel"
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        assert not dialog.isVisible()
        overzicht = window.current_page()
        overzicht.build_charts()  # type: ignore[union-attr]
        note = overzicht.empty_note  # type: ignore[union-attr]
        assert [b.text() for b in note.buttons.values() if b.isVisible()] == [
            "New project…", "New activity…", "New partner…"]
        assert "is ready" in note.steps.text()
    finally:
        window.close()
        install_translators("nl")


def test_every_setup_label_has_a_mnemonic_to_its_field(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_setup_by_keyboard(qtbot, window)
    letters = []
    for widget in (dialog.werkplaats, dialog.penvoerder, dialog.provincie):
        text = mnemonic_of(dialog, widget)
        letters.append(letter_of(text))
        assert widget.accessibleName()
        press_mnemonic(qtbot, dialog, text)
        assert has_focus(widget), text
    buttons = [letter_of(dialog.ok_button.text()), letter_of(dialog.cancel_button.text())]
    assert None not in letters + buttons and len(set(letters + buttons)) == 5
    dialog.reject()


def test_switching_language_on_the_welcome_page_keeps_it(qtbot: QtBot, db: Database) -> None:
    window = open_window(db)
    english = window.switch_language("en")
    try:
        page = english.cover()
        assert isinstance(page, WelcomePage) and page.isVisible()
        assert page.begin_button.text() == "Start with &my werkplaats"
    finally:
        english.switch_language("nl").close()
