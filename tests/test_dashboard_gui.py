"""The page "Overzicht" in the real main window: first in the navigation, filters, tiles,
charts, a click on a bar opening the matching list, export, the Jaarrapportage in the
background, refresh after a change, and matplotlib kept out of start-up."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from tests.factories import gemeente_id, thema_id
from tests.held_work import hold
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardFilter, DashboardService
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.dashboard.chart_panel import ChartPanel
from werkplaats_desktop.ui.dashboard.page import DashboardPage
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    """QSettings (hourly rate, folders) go to a scratch file, never to the real profile."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def open_window(qtbot: QtBot, db: Database) -> tuple[MainWindow, DashboardPage]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("overzicht")  # (a new, empty file opens on its welcome page)
    page = window.pages["overzicht"]
    assert isinstance(page, DashboardPage)
    # the figures arrive from the background
    qtbot.waitUntil(lambda: page.built, timeout=20_000)
    return window, page


def tile(page: DashboardPage, key: str) -> str:
    return page.tiles.tiles[key].number.text()


def texts(page: DashboardPage, key: str) -> str:
    fig = page.panels[key].figure
    assert fig is not None
    return "\n".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def test_overzicht_comes_first_with_the_2015_figures(qtbot: QtBot, demo_db: Database) -> None:
    window, page = open_window(qtbot, demo_db)
    assert window.nav.item(0).text() == "Overzicht"
    assert window.stack.currentWidget() is page
    assert "Jaarrapportage…" in [a.text().replace("&", "") for a in
                                 window.menu("extra").actions()]
    assert (tile(page, "werkplaatsen"), tile(page, "gemeenten"),
            tile(page, "uitvoeringsorganisaties"), tile(page, "projecten")) == (
        "14", "121", "280", "122")
    assert page.tiles.tiles["gemeenten"].name.text() == "Gemeenten (4 G4, 25 G32)"
    assert tile(page, "activiteiten") == "1.345"
    for key in page.panels:
        assert "Geen gegevens" not in texts(page, key), key
    assert "Activiteiten per thema" in texts(page, "thema")
    assert "Bron: CBS/Kadaster (CC-BY 4.0)" in texts(page, "kaart")


def test_filters_and_output_kind(qtbot: QtBot, demo_db: Database) -> None:
    _window, page = open_window(qtbot, demo_db)
    bar = page.filters
    bar.jaar_van.setCurrentIndex(bar.jaar_van.findData(2015))
    bar.jaar_tot.setCurrentIndex(bar.jaar_tot.findData(2015))
    expected = DashboardService(demo_db).data(DashboardFilter.year(2015)).feiten
    qtbot.waitUntil(lambda: tile(page, "activiteiten") == str(expected.activiteiten),
                    timeout=5000)
    assert tile(page, "projecten") == str(expected.projecten)
    utrecht = next(a for a in page.filters.werkplaats_menu.actions()
                   if a.text() == "Wmo-werkplaats Utrecht")
    utrecht.setChecked(True)
    assert bar.werkplaatsen.text() == "Wmo-werkplaats Utrecht"
    qtbot.waitUntil(lambda: tile(page, "werkplaatsen") == "1", timeout=5000)
    bar.kind.setCurrentIndex(bar.kind.findData("product"))
    assert "Producten per thema" in texts(page, "thema")
    assert "Partners per type" in texts(page, "partners")
    bar.reset.click()
    qtbot.waitUntil(lambda: tile(page, "werkplaatsen") == "14", timeout=5000)
    # a period without any data: every chart says so instead of showing empty axes
    bar.jaar_van.setCurrentIndex(bar.jaar_van.findData(2018))
    bar.jaar_tot.setCurrentIndex(bar.jaar_tot.findData(2018))
    qtbot.waitUntil(lambda: tile(page, "activiteiten") == "0", timeout=5000)
    for key in ("thema", "jaar", "gemeente", "kaart"):
        assert "Geen gegevens" in texts(page, key), key


def test_hourly_rate_is_remembered(qtbot: QtBot, demo_db: Database) -> None:
    _window, page = open_window(qtbot, demo_db)
    page.filters.uurtarief.setValue(60)
    qtbot.waitUntil(lambda: page.data is not None and page.data.uurtarief == 60, timeout=5000)
    assert QSettings().value("dashboard/uurtarief") == "60.00"
    assert "Partners: uren × € 60 per uur" in texts(page, "cofinanciering")


def test_clicking_a_bar_opens_the_list_of_its_records(qtbot: QtBot, demo_db: Database) -> None:
    window, page = open_window(qtbot, demo_db)
    panel = page.panels["jaar"]
    page.scroll_area.ensureWidgetVisible(panel)
    qtbot.waitUntil(lambda: panel.canvas is not None and panel.canvas.isVisible())
    canvas = panel.canvas
    assert canvas is not None
    canvas.draw()
    from werkplaats_desktop.charts.base import drills

    bar, (key, filters) = next((a, t) for a, t in drills(canvas.figure)
                               if t[1].get("jaar") == 2015 and t[1].get("o") == "onderwijs")
    box = bar.get_window_extent()
    ratio = canvas.device_pixel_ratio or 1
    point = QPoint(int((box.x0 + box.x1) / 2 / ratio),
                   int(canvas.height() - (box.y0 + box.y1) / 2 / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert window.stack.currentWidget() is window.pages["activiteit"]
    listed = window.pages["activiteit"]
    assert isinstance(listed, ListPage)
    expected = window.services.lists.count("activiteit", ListQuery(filters=filters))
    assert listed.model.total() == expected == bar.get_height() > 0


def test_hovering_a_province_says_what_it_counts(qtbot: QtBot, demo_db: Database) -> None:
    _window, page = open_window(qtbot, demo_db)
    panel = page.panels["kaart"]
    panel.ensure_built()
    canvas = panel.canvas
    assert canvas is not None
    canvas.draw()
    from matplotlib.patches import PathPatch

    from werkplaats_desktop.charts.base import drills

    utrecht = next(a for a, _t in drills(canvas.figure)
                   if isinstance(a, PathPatch) and a.get_gid() == "PV26")
    x, y = canvas.figure.axes[0].transData.transform((5.2, 52.1))
    ratio = canvas.device_pixel_ratio or 1
    qtbot.mouseMove(canvas, QPoint(int(x / ratio), int(canvas.height() - y / ratio)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().startswith("Utrecht: ")
    assert "klik voor de lijst" in QToolTip.text()
    assert canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert utrecht.get_picker()


def test_the_list_says_which_dashboard_filters_it_shows(qtbot: QtBot,
                                                       demo_db: Database) -> None:
    window, page = open_window(qtbot, demo_db)
    ids = tuple(c.key for c in window.services.reference.options("werkplaats")[:2])
    names = [c.label for c in window.services.reference.options("werkplaats")[:2]]
    filters = {"werkplaats_ids": ids, "jaar_van": 2012, "jaar_tot": 2014, "zonder_thema": True,
               "o": "onderzoek", "partner_type": "gemeente"}
    page.open_list("product", filters)
    listed = window.pages["product"]
    assert window.stack.currentWidget() is listed
    text = listed.extra_label.text()
    for part in (*names, "vanaf: 2012", "tot en met: 2014", "zonder thema", "O: Onderzoek",
                 "partnertype: Gemeente"):
        assert part in text, (part, text)
    assert listed.model.total() == window.services.lists.count(
        "product", ListQuery(filters=filters))


def test_empty_database(qtbot: QtBot, db: Database) -> None:
    _window, page = open_window(qtbot, db)
    assert tile(page, "activiteiten") == "0"
    for key in page.panels:
        assert "Geen gegevens" in texts(page, key), key


def test_refreshes_after_a_change(qtbot: QtBot, demo_db: Database) -> None:
    window, page = open_window(qtbot, demo_db)
    svc = window.services
    wp = svc.werkplaatsen.all()[0]
    svc.activiteiten.create(m.Activiteit(
        werkplaats_id=wp.id, titel="Nieuwe studiedag", o=O.ONDERSTEUNING,
        subtype="conferentie", jaar=2015, gemeente_id=gemeente_id(svc, "GM0344"),
        thema_ids=[thema_id(svc, 4)]))
    qtbot.waitUntil(lambda: tile(page, "activiteiten") == "1.346", timeout=5000)


def test_another_database(qtbot: QtBot, demo_db: Database, db_path: Path) -> None:
    window, page = open_window(qtbot, demo_db)
    utrecht = next(a for a in page.filters.werkplaats_menu.actions()
                   if a.text() == "Wmo-werkplaats Utrecht")
    utrecht.setChecked(True)
    window.set_database(Database.open(db_path))
    window.show_page("overzicht")  # past the new file's welcome page
    qtbot.waitUntil(lambda: tile(page, "werkplaatsen") == "0", timeout=5000)
    assert page.filters.werkplaats_ids() == [] and page.filters.jaar_van.count() == 1
    assert "Geen gegevens" in texts(page, "thema")
    window.db.close()


def test_export_each_chart(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = open_window(qtbot, demo_db)
    assert page.panels["thema"].export(tmp_path / "thema.pdf").read_bytes().startswith(b"%PDF")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (
        str(tmp_path / "kaart"), "SVG-tekening (*.svg)"))
    saved = page.panels["kaart"].ask_export()
    assert saved == tmp_path / "kaart.svg" and saved.read_bytes().startswith(b"<?xml")
    assert QSettings().value("dashboard/exportmap") == str(tmp_path)


def test_jaarrapportage_from_the_extra_menu(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           messages: list[str]) -> None:
    _window, page = open_window(qtbot, demo_db)
    from PySide6.QtWidgets import QDialog, QFileDialog

    from werkplaats_desktop.ui.dashboard import report

    chosen: list[int] = []

    def accept(dialog: report.YearDialog) -> int:
        dialog.year.setCurrentIndex(dialog.year.findData(2014))
        chosen.append(dialog.chosen())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(report.YearDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "rapport"), "PDF"))
    page.report_action.trigger()  # type: ignore[attr-defined]
    assert chosen == [2014]
    pdf = tmp_path / "rapport.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "rapport-csv" / "feiten.csv").exists()
    assert messages and str(pdf) in messages[-1]


def test_the_window_answers_while_the_figures_are_computed(
        qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Overzicht is painted at once (tiles without numbers, the places of the charts, a
    quiet note that the figures are being computed); the figures come from a thread of their
    own, and meanwhile the window does what the user asks."""
    held = hold(monkeypatch, DashboardService, "data_on_worker")
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["overzicht"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(held.started.is_set)
    assert page.loading.isVisible() and page.loading.text() == "De cijfers worden berekend…"
    assert not page.built
    # a click on the navigation is answered while the figures are still being computed
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(2)).center())
    assert window.stack.currentIndex() == 2 and not page.built
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(0)).center())
    held.release.set()
    expected = DashboardService(demo_db).data()
    total = f"{expected.activiteiten.totaal:,}".replace(",", ".")
    qtbot.waitUntil(lambda: page.built and tile(page, "activiteiten") == total, timeout=20_000)
    qtbot.waitUntil(lambda: page.panels["thema"].canvas is not None, timeout=20_000)
    assert not page.status.isVisible() and not page.loading.isVisible()


def _canvas_pixels(panel: ChartPanel) -> QImage:
    canvas = panel.canvas
    assert canvas is not None
    buffer = canvas.buffer_rgba()
    return QImage(bytes(buffer), buffer.shape[1], buffer.shape[0],
                  QImage.Format.Format_RGBA8888).copy()


def test_a_second_start_shows_the_charts_drawn_last_at_once(
        qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pixels of the charts in view are kept when they are drawn (ui/dashboard/
    pictures.py); the next window on the unchanged file shows exactly those pixels before
    its figures are computed. After a change to a record the old pictures are not shown."""
    from werkplaats_desktop.ui.dashboard import pictures

    first, page = open_window(qtbot, demo_db)
    for key in ("thema", "kaart"):
        qtbot.waitUntil(lambda k=key: page.panels[k].drawn  # type: ignore[misc]
                        and page.panels[k].canvas is not None, timeout=20_000)
    drawn = {k: _canvas_pixels(page.panels[k]) for k in ("thema", "kaart")}
    qtbot.waitUntil(lambda: len(list(pictures.folder().glob("*.png"))) >= 2, timeout=20_000)
    first.close()

    held = hold(monkeypatch, DashboardService, "data_on_worker")

    def start() -> DashboardPage:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        page = window.pages["overzicht"]
        assert isinstance(page, DashboardPage)
        return page

    again = start()
    qtbot.waitUntil(lambda: again.panels["thema"].drawn and again.panels["kaart"].drawn)
    assert not again.built and tile(again, "activiteiten") == "–"  # figures still coming
    for key in ("thema", "kaart"):
        panel = again.panels[key]
        assert panel.picture_shown and panel.canvas is None and panel.placeholder.isVisible()
        shown = panel.placeholder.pixmap().toImage().convertToFormat(
            QImage.Format.Format_RGBA8888)
        assert shown == drawn[key]  # the very pixels the chart had
    held.release.set()
    qtbot.waitUntil(lambda: again.built and again.panels["thema"].canvas is not None,
                    timeout=20_000)
    again.window().close()

    held.release.clear()
    svc = Services(demo_db)  # one record more: the kept pictures show the old counts
    svc.activiteiten.create(m.Activiteit(
        werkplaats_id=svc.werkplaatsen.all()[0].id, titel="Nieuwe studiedag",
        o=O.ONDERSTEUNING, subtype="conferentie", jaar=2015,
        gemeente_id=gemeente_id(svc, "GM0344"), thema_ids=[thema_id(svc, 4)]))
    changed = start()
    qtbot.wait(50)  # the page shown and its pictures looked for
    assert not changed.panels or not any(p.picture_shown for p in changed.panels.values())
    assert not changed.panels or not changed.panels["thema"].drawn
    held.release.set()
    qtbot.waitUntil(lambda: changed.built and changed.panels["thema"].drawn, timeout=20_000)


def test_matplotlib_stays_out_of_start_up(tmp_path: Path, demo_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["WERKPLAATS_DATA_DIR"] = {str(tmp_path)!r}
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from werkplaats_desktop.store.database import Database
        from werkplaats_desktop.ui.main_window import MainWindow
        window = MainWindow(Database.open({str(demo_path)!r}))
        assert window.nav.item(0).text() == "Overzicht"
        print("matplotlib" in sys.modules, "openpyxl" in sys.modules, "numpy" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120)
    # neither the charts, the spreadsheet code of the export nor the draaitabel's columns
    # in memory (numpy) are loaded by the window
    assert out.stdout.strip() == "False False False", out.stderr
