"""The Overzicht for everyone: a table behind every chart (copyable; Enter opens the list),
charts and the map reachable by keyboard, the wheel scrolling the page, charts as tall as their
bars with the O legend in view, the werkplaats menu staying open, a status message naming a
saved chart, tiles that say what they count, and readable colours in a dark theme."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from werkplaats_desktop.services.dashboard import DashboardFilter, DashboardService
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.store.database import Database
from werkplaats_desktop.ui.dashboard.chart_panel import ChartPanel
from werkplaats_desktop.ui.dashboard.page import DashboardPage
from werkplaats_desktop.ui.list_page import ListPage
from werkplaats_desktop.ui.main_window import MainWindow
from werkplaats_desktop.ui.style import accent, style_sheet


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


def overzicht(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    page = window.pages["overzicht"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.built and page.data is not None, timeout=20_000)
    return page


def built(qtbot: QtBot, page: DashboardPage, key: str) -> ChartPanel:
    panel = page.panels[key]
    page.scroll_area.ensureWidgetVisible(panel)
    panel.ensure_built()
    qtbot.waitUntil(lambda: panel.canvas is not None and not panel.pending)
    return panel


def listed(window: MainWindow) -> ListPage:
    page = window.current_page()
    assert isinstance(page, ListPage)
    return page


def test_each_chart_has_a_table_with_its_numbers(qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    panel = built(qtbot, page, "thema")
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert panel.table_view.isVisible() and panel.copy_button.isVisible()
    model = panel.table_view.model()
    assert model is not None and page.data is not None
    themes = [r for r in page.data.activiteiten.per_thema if r.total]
    assert model.rowCount() == len(themes)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Thema", "Onderzoek", "Ontwikkeling", "Onderwijs", "Ondersteuning",
                       "Totaal"]
    assert model.index(0, 0).data() == themes[0].label
    assert model.index(0, 5).data() == str(themes[0].total)
    # Enter on a number opens exactly the records of that bar segment
    panel.table_view.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(panel.table_view, Qt.Key.Key_Return)
    assert listed(window).model.total() == themes[0].per_o["ontwikkeling"]
    # copyable, with the headers
    window.show_page("overzicht")
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "\t".join(headers) and len(lines) == len(themes) + 1
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)  # back to the chart
    assert panel.canvas is not None and panel.canvas.isVisible()


def test_the_keyboard_walks_the_bars_and_enter_opens_a_list(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    panel = built(qtbot, page, "jaar")
    canvas = panel.canvas
    assert canvas is not None
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    assert panel.focused == 0  # the first bar segment, outlined, its count said
    assert canvas.accessibleDescription().startswith("2009 · Onderzoek: ")
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    target = panel.targets()[panel.focused]
    from werkplaats_desktop.charts.base import drill_of

    key, filters = drill_of(target)  # type: ignore[misc]
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    shown = listed(window)
    assert shown.key == key == "activiteit"
    assert shown.model.total() == window.services.lists.count(
        "activiteit", ListQuery(filters=filters)) == int(target.get_height())  # type: ignore[attr-defined]


def test_the_map_is_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    panel = built(qtbot, page, "kaart")
    canvas = panel.canvas
    assert canvas is not None
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    names = []
    for _ in range(len(panel.targets())):
        names.append(canvas.accessibleDescription().split(":")[0])
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert "Utrecht" in names and "Zeeland" in names and len(set(names)) == len(names)
    while not canvas.accessibleDescription().startswith("Utrecht:"):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    count = int(canvas.accessibleDescription().split(": ")[1].replace(".", ""))
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert listed(window).model.total() == count > 0


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    panel = built(qtbot, page, "thema")
    canvas = panel.canvas
    assert canvas is not None
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(0)
    where = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(where, QPointF(canvas.mapToGlobal(where.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert bar.value() > 0


def test_charts_are_as_tall_as_their_bars_and_the_legend_is_in_view(
        qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    everything = built(qtbot, page, "thema").canvas
    assert everything is not None
    tall = everything.height()
    # the O legend sits above the first bars: within the first screen of the page
    legend = everything.figure.axes[0].get_legend()
    assert legend is not None
    box = legend.get_window_extent()
    ratio = everything.device_pixel_ratio or 1
    top_in_page = everything.mapTo(page.scroll_area.widget(), QPoint(0, int(
        everything.height() - box.y1 / ratio))).y()
    assert 0 <= top_in_page < page.scroll_area.viewport().height()
    # one werkplaats in one year: a few themes, a short chart (no empty space kept)
    utrecht = next(w.id for w in DashboardService(window.db).data().werkplaatsen
                   if w.naam == "Wmo-werkplaats Utrecht")
    page.filters.set_werkplaats_ids([utrecht])
    page.filters.jaar_van.setCurrentIndex(page.filters.jaar_van.findData(2015))
    page.filters.jaar_tot.setCurrentIndex(page.filters.jaar_tot.findData(2015))
    qtbot.waitUntil(lambda: page.data is not None and page.data.filter.jaar_van == 2015
                    and page.data.filter.werkplaats_ids == (utrecht,), timeout=5_000)
    short = built(qtbot, page, "thema").canvas
    assert short is not None and short.height() < tall / 2


def test_the_werkplaats_menu_stays_open_while_choosing(qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    menu = page.filters.werkplaats_menu
    menu.popup(page.filters.werkplaatsen.mapToGlobal(QPoint(0, 0)))
    qtbot.waitUntil(menu.isVisible)
    choices = [a for a in menu.actions() if a.isCheckable()]
    for action in choices[:2]:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())
        assert menu.isVisible()
    assert [a.isChecked() for a in choices[:3]] == [True, True, False]
    assert page.filters.werkplaatsen.text() == "2 werkplaatsen"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert not menu.isVisible()


def test_saving_a_chart_says_where_in_the_status_bar(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    page = overzicht(qtbot, window)
    panel = built(qtbot, page, "thema")
    saved = panel.export(tmp_path / "per-thema.svg")
    message = window.statusBar().currentMessage()
    assert str(saved) in message and "per-thema.csv" in message
    text = saved.read_text(encoding="utf-8")
    assert "Filter: alle werkplaatsen, alle jaren, alle thema's" in text
    assert "Bron: Werkplaats Desktop" in text
    csv = saved.with_suffix(".csv").read_bytes().decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("Filter: ") and "Thema;Onderzoek;" in csv


def test_tiles_say_what_they_count_and_agree(qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    tiles = page.tiles.tiles
    assert all(t.toolTip() for t in tiles.values())
    assert tiles["onderwerpen"].number.text() == "134"  # the seed's onderwerpen
    assert "per praktijk" in tiles["onderwerpen"].toolTip()
    # the status bar counts every partner in the file; the tile those taking part
    assert "490 partners" in window.status_label.text()
    assert tiles["partners"].number.text() == "487"
    tip = tiles["partners"].toolTip()
    assert "490 partners" in tip and "3 daarvan nemen in deze selectie niet deel" in tip
    # the activities tile is the total of the charts and of the list a total opens
    assert page.data is not None
    assert tiles["activiteiten"].number.text() == "1.345"
    assert window.services.lists.count("activiteit", ListQuery(
        filters=page.data.activiteiten.list_filters)) == 1345
    # one praktijk: the name follows the number
    page.filters.jaar_van.setCurrentIndex(page.filters.jaar_van.findData(2015))
    page.filters.jaar_tot.setCurrentIndex(page.filters.jaar_tot.findData(2015))
    page.filters.set_werkplaats_ids([next(w.id for w in page.data.werkplaatsen
                                          if "Flevoland" in w.naam)])
    qtbot.waitUntil(lambda: page.data is not None and len(page.data.filter.werkplaats_ids) == 1
                    and page.data.filter.jaar_van == 2015, timeout=5_000)
    one = DashboardService(window.db).data(page.data.filter).feiten
    assert tiles["werkplaatsen"].name.text() == "Werkplaats"  # 1 werkplaats
    assert tiles["projecten"].name.text() == ("Praktijk" if one.projecten == 1
                                              else "Praktijken")


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("window_color,text_color", [("#202124", "#e8eaed"),
                                                     ("#000000", "#ffffff"),
                                                     ("#efefef", "#000000")])
def test_colours_come_from_the_palette_and_stay_readable(window_color: str,
                                                         text_color: str) -> None:
    """Dark, Windows-high-contrast-like and light palettes: the accent (tile numbers, active
    filters) keeps a contrast of at least 4.5:1 to the background (WCAG AA), and the style
    sheet takes its texts from the palette instead of fixed dark colours."""
    palette = QPalette(QColor(window_color))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text_color))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(window_color))
    assert contrast(QColor(accent(palette)), QColor(window_color)) >= 4.5
    sheet = style_sheet(palette)
    assert "color: palette(window-text)" in sheet and "#1d2a33" not in sheet


def test_the_filter_line_of_a_werkplaats_and_a_year(qtbot: QtBot, window: MainWindow) -> None:
    page = overzicht(qtbot, window)
    utrecht = next(w.id for w in DashboardService(window.db).data().werkplaatsen
                   if w.naam == "Wmo-werkplaats Utrecht")
    page.filters.set_werkplaats_ids([utrecht])
    page.filters.jaar_van.setCurrentIndex(page.filters.jaar_van.findData(2015))
    page.filters.jaar_tot.setCurrentIndex(page.filters.jaar_tot.findData(2015))
    assert page.filters.filter() == DashboardFilter(2015, 2015, (utrecht,))
    assert page.chart_context().filter_line == "Wmo-werkplaats Utrecht, 2015, alle thema's"
