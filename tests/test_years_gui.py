"""Year status, completeness, the own werkplaats and the Excel export in the window, driven like a
user would (issue 14)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange_support import unzip
from tests.factories import small_werkplaats
from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.exchange.export import VOLLEDIG, ExportOptions, export
from werkplaats_desktop.exchange.importer import import_files
from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.exchange.actions import ExchangeActions
from werkplaats_desktop.ui.exchange.export_dialog import ExportDialog
from werkplaats_desktop.ui.exchange.report_dialog import ReportDialog
from werkplaats_desktop.ui.main_window import MainWindow
from werkplaats_desktop.ui.years import YearsFeature
from werkplaats_desktop.ui.years.dialog import YearStatusDialog
from werkplaats_desktop.ui.years.page import CompletenessPage


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def _feature(window: MainWindow) -> YearsFeature:
    return window.findChild(YearsFeature)  # type: ignore[return-value]


def test_the_title_bar_names_the_files_own_werkplaats(window: MainWindow) -> None:
    assert window.windowTitle() == "werkplaats.sqlite — Werkplaats Desktop"
    window.services.info.start_own_werkplaats("WSD-UTR", "", "Hogeschool Utrecht", None)
    assert window.windowTitle() == (
        "Wmo-werkplaats Utrecht — werkplaats.sqlite — Werkplaats Desktop")
    window.services.undo()  # one step: werkplaats, penvoerder and the choice
    assert window.windowTitle() == "werkplaats.sqlite — Werkplaats Desktop"
    assert window.services.werkplaatsen.count() == 0


def test_closing_a_year_from_the_menu_makes_it_read_only(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    s = window.services
    small = small_werkplaats(s)
    s.info.set_eigen_werkplaats(small.werkplaats.id)
    feature = _feature(window)
    texts = [a.text() for a in window.menu("extra").actions()]
    assert "Jaar &afsluiten…" in texts and "Jaar &heropenen…" in texts

    def answer(dialog: YearStatusDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.werkplaats.currentText() == "Wmo-werkplaats Utrecht"
        dialog.jaar.selectAll()
        qtbot.keyClicks(dialog.jaar, "2011")
        assert dialog.now.text() == "Nu: concept"
        qtbot.mouseClick(dialog.ingediend, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(YearsFeature, "show", lambda self, dialog: answer(dialog))
    feature.close_action.trigger()
    assert s.years.status(small.werkplaats.id, 2011) is JaarStatus.INGEDIEND  # type: ignore[arg-type]
    assert s.undo_label() == "Jaar 2011 afgesloten (ingediend): Wmo-werkplaats Utrecht"
    page = window.show_page("aanlevering")
    assert isinstance(page, CompletenessPage)
    page.year.setCurrentIndex(page.year.findData(2011))
    assert page.table.item(0, 0).text() == "Wmo-werkplaats Utrecht"
    assert page.table.item(0, 3).text() == "Ingediend"
    # the activity of 2011 can no longer be changed, in a bulk edit neither
    from werkplaats_desktop.domain.validation import ValidationError
    from werkplaats_desktop.services import bulk

    with pytest.raises(ValidationError, match="2011 is voor Wmo-werkplaats Utrecht afgesloten"):
        bulk.add_theme(s.activiteiten, [small.activiteit.id], 1)  # type: ignore[list-item]


def test_reopening_asks_for_a_reason_and_says_so_in_the_dialog(
        window: MainWindow, qtbot: QtBot) -> None:
    s = window.services
    small = small_werkplaats(s)
    s.years.close(small.werkplaats.id, 2011)
    dialog = YearStatusDialog(s, "heropenen", window, small.werkplaats.id, 2011)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.now.text() == "Nu: definitief"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Geef een reden op" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.reden, "Correctie na de audit")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert s.years.status(small.werkplaats.id, 2011) is JaarStatus.CONCEPT  # type: ignore[arg-type]
    assert s.years.log()[-1].reden == "Correctie na de audit"


def test_the_page_shows_who_delivered_in_a_national_overview(
        window: MainWindow, tmp_path: Path, empty_template: Path) -> None:
    source = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        s = Services(db)
        small = small_werkplaats(s, "Wmo-werkplaats Zwolle")
        s.years.close(small.werkplaats.id, 2011)
        export(db, tmp_path / "zwolle.zip", ExportOptions(VOLLEDIG))
    report = import_files(window.db, [tmp_path / "zwolle.zip"])
    window.db.external_change("Import", report.tables)
    page = window.show_page("aanlevering")
    assert isinstance(page, CompletenessPage)
    page.year.setCurrentIndex(page.year.findData(2011))
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[0:2] == ["Wmo-werkplaats Zwolle", "WSD-ZWO"] and row[3] == "Definitief"
    assert row[2].endswith("(doorgegeven)") and row[4] == "1"
    page.year.setCurrentIndex(page.year.findData(-1))  # every year: the matrix
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[:3] == ["Werkplaats", "Code", "Export ingelezen"] and "2011" in headers


def test_the_export_dialog_offers_the_excel_workbook(qtbot: QtBot) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.excel, Qt.MouseButton.LeftButton)
    assert dialog.options().excel and not dialog.profiel.isEnabled()
    assert dialog.suggested_name().endswith(".xlsx")
    assert "vaste kopregel" in dialog.uitleg.text()


def test_an_older_export_is_read_only_when_the_user_says_yes(
        window: MainWindow, tmp_path: Path, empty_template: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "bron.sqlite"
    shutil.copy(empty_template, source)
    with Database.open(source) as db:
        small_werkplaats(Services(db), "Wmo-werkplaats Zuyd")
        export(db, tmp_path / "nieuw.zip", ExportOptions(VOLLEDIG))
    folder = unzip(tmp_path / "nieuw.zip", tmp_path / "oud")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["exportdatum"] = "2015-01-01T00:00:00Z"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert import_files(window.db, [tmp_path / "nieuw.zip"]).written
    actions = window.findChild(ExchangeActions)
    assert actions is not None
    monkeypatch.setattr(ExchangeActions, "ask_import", lambda self: [folder])
    monkeypatch.setattr(ExchangeActions, "show_report", lambda self, dialog: None)
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    refused = actions.import_()
    assert refused is not None and refused.refused and "01-01-2015" in asked[0]
    accepted = actions.import_()
    assert accepted is not None and accepted.written and len(asked) == 2
    assert isinstance(ReportDialog(accepted), ReportDialog)
