"""Bestand > Exporteren… and Importeren… in the window, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange_support import edit, set_cell, unzip
from tests.test_exchange_national import exports  # noqa: F401 - the fixture
from werkplaats_desktop.exchange.export import LANDELIJK, VOLLEDIG, ExportOptions
from werkplaats_desktop.exchange.profiles import EXCEL_NL, STANDAARD
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.exchange.actions import ExchangeActions
from werkplaats_desktop.ui.exchange.export_dialog import ExportDialog
from werkplaats_desktop.ui.exchange.import_dialog import ImportDialog
from werkplaats_desktop.ui.exchange.report_dialog import ReportDialog
from werkplaats_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def _actions(window: MainWindow) -> ExchangeActions:
    return window.findChild(ExchangeActions)  # type: ignore[return-value]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a: said.append(text))
    return said


def test_the_file_menu_offers_export_and_import(window: MainWindow) -> None:
    texts = [a.text() for a in window.menu("bestand").actions()]
    assert texts.index("&Exporteren…") < texts.index("&Importeren…") < texts.index("&Afsluiten")
    assert _actions(window).export_action.shortcut().toString() == "Ctrl+E"


def test_the_export_dialog_offers_personal_data_only_for_a_full_export(qtbot: QtBot) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.options() == ExportOptions(LANDELIJK, EXCEL_NL, False)
    assert not dialog.persoonsgegevens.isEnabled()
    assert dialog.suggested_name().startswith("landelijk-overzicht-")
    dialog.volledig.setChecked(True)
    assert dialog.persoonsgegevens.isEnabled()
    dialog.persoonsgegevens.setChecked(True)
    dialog.profiel.setCurrentIndex(dialog.profiel.findData("standaard"))
    assert dialog.options() == ExportOptions(VOLLEDIG, STANDAARD, True)
    assert "decimale punt" in dialog.uitleg.text()
    assert dialog.suggested_name().endswith(".zip")
    dialog.landelijk.setChecked(True)
    assert dialog.options().persoonsgegevens is False


def test_export_from_the_menu_writes_the_file_and_says_where(
        window: MainWindow, tmp_path: Path, messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "uit.zip"
    monkeypatch.setattr(ExchangeActions, "ask_export",
                        lambda self: (ExportOptions(VOLLEDIG), target))
    _actions(window).export_action.trigger()
    assert target.exists()
    assert str(target) in messages[0] and "rijen" in messages[0]


def test_an_export_that_cannot_be_written_is_told_in_dutch(
        window: MainWindow, tmp_path: Path, messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExchangeActions, "ask_export",
                        lambda self: (ExportOptions(), tmp_path / "geen-map" / "x.csv"))
    _actions(window).export_action.trigger()
    assert f"De map '{tmp_path / 'geen-map'}' bestaat niet" in messages[0]


def test_an_export_name_that_does_not_fit_its_kind_is_refused_in_the_window(
        window: MainWindow, tmp_path: Path, messages: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    monkeypatch.setattr(ExchangeActions, "ask_export",
                        lambda self: (ExportOptions(VOLLEDIG), out / "alles.csv"))
    _actions(window).export_action.trigger()
    assert messages == ["'alles.csv' past niet bij een volledige export: dat bestand krijgt de "
                        "extensie .zip. Kies bijvoorbeeld 'alles.zip'. Er is niets geschreven."]
    assert list(out.iterdir()) == []


def test_import_from_the_menu_refreshes_the_window_and_merges_confirmed_partners(
        window: MainWindow, exports: tuple[Path, Path],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[ReportDialog] = []
    monkeypatch.setattr(ExchangeActions, "ask_import", lambda self: list(exports))
    monkeypatch.setattr(ExchangeActions, "show_report", lambda self, d: shown.append(d))
    _actions(window).import_action.trigger()
    (dialog,) = shown
    assert dialog.summary.text().startswith("Ingelezen.")
    window.show_page("werkplaats")  # lists refresh when shown; Overzicht is the first page
    assert window.pages["werkplaats"].model.rowCount() == 2  # the list followed the import
    assert dialog.doubts.isVisibleTo(dialog) and dialog.doubts.rowCount() == 1
    assert dialog.doubts.item(0, 1).text() == "Humanitas"
    assert dialog.doubts.item(0, 3).text() == "Stichting Humanitas"
    assert window.services.partners.count() == 6
    dialog.doubts.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dialog.merge_button.click()
    assert window.services.partners.count() == 5
    assert "1 partner samengevoegd" in dialog.merged_label.text()
    assert dialog.checked() == []  # a merged row cannot be merged again
    assert window.undo_action.isEnabled() and "Partners samengevoegd" in window.undo_action.text()


def test_a_refused_import_shows_every_problem_and_changes_nothing(
        window: MainWindow, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats_desktop.exchange.export import export

    with Database.open(demo_path) as demo:
        export(demo, tmp_path / "demo.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "demo.zip", tmp_path / "demo")

    def spoil(rows: list[list[str]]) -> None:
        set_cell(rows, 2, "datum", "31-02-2015")
        set_cell(rows, 5, "bereik", "veel")

    edit(folder, "activiteiten.csv", spoil)
    shown: list[ReportDialog] = []
    monkeypatch.setattr(ExchangeActions, "ask_import", lambda self: [folder])
    monkeypatch.setattr(ExchangeActions, "show_report", lambda self, d: shown.append(d))
    _actions(window).import_action.trigger()
    table = shown[0].problems
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(6)] == [
        "Fout", "activiteiten.csv", "2", "datum", "31-02-2015",
        "De datum '31-02-2015' bestaat niet."]
    assert table.item(1, 2).text() == "5" and table.item(1, 3).text() == "bereik"
    assert "niet gewijzigd" in shown[0].summary.text()
    assert window.services.werkplaatsen.count() == 0
    assert not shown[0].doubts.isVisibleTo(shown[0])


def test_the_import_dialog_collects_files_and_folders(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportDialog(start=tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.add_paths([tmp_path / "a.zip", tmp_path / "map", tmp_path / "a.zip"])
    assert dialog.paths() == [tmp_path / "a.zip", tmp_path / "map"]
    assert dialog.ok.isEnabled()
    dialog.files.setCurrentRow(0)
    dialog.remove.click()
    assert dialog.paths() == [tmp_path / "map"]


def test_screens_render(qtbot: QtBot, window: MainWindow, exports: tuple[Path, Path],  # noqa: F811
                        tmp_path: Path) -> None:
    """Renders the dialogs offscreen (saved under the test's folder for looking at)."""
    from werkplaats_desktop.exchange.importer import import_files

    report = import_files(window.db, list(exports))
    for name, widget in (("export", ExportDialog(window)), ("import", ImportDialog(window)),
                         ("verslag", ReportDialog(report, window, lambda chosen: 0))):
        qtbot.addWidget(widget)
        widget.show()
        image = widget.grab()
        assert image.width() > 300 and image.height() > 150
        assert image.save(str(tmp_path / f"{name}.png"))
