"""The import report in the window stays small and quick however many problems a file has
(issue 15, observation 2): 100 000 problems give a table of the first 200 and one row per kind
of problem and column, and the dialog answers the keyboard at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from werkplaats_desktop.domain import validation as v
from werkplaats_desktop.exchange.cells import GEEN_GETAL
from werkplaats_desktop.exchange.report import SHOWN, ImportReport, Problem
from werkplaats_desktop.ui.exchange.report_dialog import ReportDialog

N = 100_000


def big_report() -> ImportReport:
    report = ImportReport(bestanden=["landelijk.csv"])
    for i in range(N):
        row = i + 2
        if i % 3 == 0:
            report.add(Problem("landelijk.csv", row, "jaar", "twintig", GEEN_GETAL,
                               {"waarde": "twintig"}))
        elif i % 3 == 1:
            report.add(Problem("landelijk.csv", row, "bereik", "veel", GEEN_GETAL,
                               {"waarde": "veel"}))
        else:
            report.add(Problem("landelijk.csv", row, "titel", None, v.VERPLICHT,
                               {"veld": "titel"}, context="Validatie"))
    return report


def test_a_report_of_100000_problems_opens_small_and_answers_at_once(qtbot: QtBot) -> None:
    report = big_report()
    assert report.problems.errors == N and len(report.problems) == SHOWN
    dialog = ReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)

    # the event loop is free: a timer set now fires while the dialog is open
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))

    table = dialog.problems
    assert table.rowCount() == SHOWN + 3  # the first 200, then one row per kind and column
    assert "Problemen (100.000)" in dialog.title.text()
    assert "de rest is geteld per soort en kolom" in dialog.title.text()
    counted = [table.item(r, 5).text() for r in range(SHOWN, SHOWN + 3)]
    assert sum(int(t.split()[1].replace(".", "")) for t in counted) == N - SHOWN
    assert any("'twintig' is geen geheel getal" in t for t in counted)
    assert any("titel is verplicht" in t.lower() for t in counted)

    # the keyboard works in the table: to the first row, then to the last (a counted group)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert table.currentRow() == 0
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentRow() == SHOWN + 2

    # Kopiëren gives the bounded text, not 100 000 lines
    buttons = dialog.findChild(QDialogButtonBox)
    copy = next(b for b in buttons.findChildren(QPushButton) if b.text() == "Kopiëren")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Niet ingelezen: 100.000 fouten gevonden.")
    assert len(text.splitlines()) < SHOWN + 10
    assert f"Nog {N - SHOWN:,} problemen na de eerste {SHOWN}".replace(",", ".") in text
