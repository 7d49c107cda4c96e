"""One chart on the Overzicht: a matplotlib canvas with hover texts and click-through to the
matching list, a "Tabel" view of its numbers, keyboard access and "Opslaan als…".

* The chart is as tall as its content (a chart of two bars is short); the mouse wheel over it
  scrolls the page.
* Keyboard: the chart takes focus (Tab); the arrow keys walk its bars or provinces (each is
  outlined and its count shown), Enter opens the list of the one in focus.
* "Tabel" shows the chart's numbers as a table (what a screen reader reads): copyable
  (Ctrl+C or "Kopiëren"), Enter or a double click on a number opens its list.
* "Opslaan als…" writes PNG, SVG or PDF with the filter, source and date on it, and the
  table beside it as CSV; the page says in the status bar where.

The panel itself does not import matplotlib: it is made, and can show a picture of its chart
(``show_picture``), before matplotlib is loaded; the canvas (``chart_canvas.py``) and the
chart code are imported when a chart is first drawn, so that matplotlib stays out of the
program's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.charts import ChartSpec
from werkplaats_desktop.domain.numbers import fmt_amount, fmt_int, fmt_pct
from werkplaats_desktop.services.dashboard.chart_tables import ChartTable
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.backend_bases import MouseEvent, PickEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from werkplaats_desktop.charts.base import Size
    from werkplaats_desktop.charts.context import ChartContext
    from werkplaats_desktop.ui.dashboard.chart_canvas import ChartCanvas

OpenList = Callable[[str, dict[str, Any]], None]
#: a chart drawn at a size (width, height or None for the height it needs)
SizedBuilder = Callable[["Size"], "Figure"]
DPI = 100
FOCUS_COLOR = "#000000"
#: charts whose bars lie horizontally (walked top to bottom)
HORIZONTAL = {"thema", "gemeente", "partners"}


class ChartTableView(QTableView):
    """The numbers of a chart: Enter or a double click opens the list of a number, Ctrl+C
    copies the selection as tab-separated text (pastes into Excel)."""

    def __init__(self, panel: ChartPanel):
        super().__init__()
        self.panel = panel
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda index: panel.open_cell(index.row(), index.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.panel.open_cell(index.row(), index.column())
                return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.panel.copy_table(selection_only=True)
            return
        super().keyPressEvent(event)


class ChartPanel(QFrame):
    #: a chart was saved: the path of the image (the page says it in the status bar)
    saved = Signal(object)
    #: a new chart was first drawn: its pixels (QImage), to be shown at the next start
    pictured = Signal(object)

    def __init__(self, spec: ChartSpec, open_list: OpenList,
                 context: Callable[[], ChartContext] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.open_list = open_list
        self.context = context
        self.kind = "activiteit"
        self.setObjectName("grafiekpaneel")
        self.canvas: ChartCanvas | None = None
        self.table: ChartTable | None = None
        self.builder: SizedBuilder | None = None
        self._pending = False
        self._built_width = 0
        #: the placeholder shows a picture of the chart (``show_picture``), no canvas yet
        self._picture_shown = False
        self._picture_wanted = False
        self.focused = -1
        self._marked: tuple[Artist, Any, float, float] | None = None
        self._build_timer = QTimer(self)  # dies with the panel, unlike a bare singleShot
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self.ensure_built)
        self._last_pick: object = None
        name = translate("Grafiek", spec.label)

        self.placeholder = QLabel(self.tr("Grafiek wordt gemaakt…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(int(spec.size[1] * DPI))
        self.table_view = ChartTableView(self)
        self.table_view.setAccessibleName(self.tr("Tabel: %1").replace("%1", name))
        self.table_model = QStandardItemModel(self)
        self.table_view.setModel(self.table_model)
        self.views = QStackedWidget()
        self.views.addWidget(self.placeholder)
        self.views.addWidget(self.table_view)

        self.table_button = QPushButton(self.tr("Tabel"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("De cijfers van deze grafiek als tabel (kopieerbaar; "
                                             "Enter opent de lijst)"))
        self.table_button.toggled.connect(self.show_table)
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setToolTip(self.tr("De tabel kopiëren, om in Excel of een tekst te "
                                            "plakken"))
        self.copy_button.clicked.connect(lambda: self.copy_table(selection_only=False))
        self.copy_button.hide()
        self.save_button = QPushButton(self.tr("Opslaan als…"))
        self.save_button.setToolTip(self.tr("Deze grafiek opslaan als PNG, SVG of PDF, met het "
                                            "filter, de bron en de datum erop en de cijfers "
                                            "ernaast als CSV"))
        # six buttons with one text: a screen reader says which chart each one saves
        self.save_button.setAccessibleName(self.tr("%1 opslaan als…").replace("%1", name))
        self.table_button.setAccessibleName(self.tr("Tabel: %1").replace("%1", name))
        self.save_button.clicked.connect(self.ask_export)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addWidget(self.views)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.table_button, self.copy_button, self.save_button):
            bottom.addWidget(button)
        self._layout.addLayout(bottom)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # --- building ------------------------------------------------------------------------------

    @property
    def figure(self) -> Figure | None:
        self.ensure_built()
        return self.canvas.figure if self.canvas is not None else None

    def set_builder(self, builder: SizedBuilder, kind: str, table: ChartTable | None = None
                    ) -> None:
        """Show the figure ``builder`` makes, when the panel is first painted: charts that
        are scrolled out of view cost nothing until they are looked at."""
        self.kind = kind
        self.builder = builder
        self.table = table
        self._fill_table()
        self._pending = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending:
            self._build_timer.start()  # not while painting

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # texts are broken to the width: another width, another figure
        if self.canvas is not None and abs(self.chart_width() - self._built_width) > 40:
            self._pending = True
            self._build_timer.start()

    def chart_width(self) -> int:
        margins = self._layout.contentsMargins()
        return max(200, self.width() - margins.left() - margins.right())

    def ensure_built(self) -> None:
        if self._pending and self.builder is not None:
            self._pending = False
            width = self.chart_width()
            self.show_figure(self.builder((width / DPI, None)), self.kind)
            self._built_width = width

    @property
    def pending(self) -> bool:
        return self._pending

    @property
    def built_width(self) -> int:
        """The width (pixels) the chart in the canvas was made for."""
        return self._built_width

    @property
    def drawn(self) -> bool:
        """The chart is on screen: drawn in its canvas, or as its picture (kept from the
        last start, ``pictures.py``)."""
        if self._picture_shown:
            return True
        return self.canvas is not None and not self.canvas.figure.stale

    @property
    def picture_shown(self) -> bool:
        return self._picture_shown

    def show_picture(self, image: QImage) -> None:
        """Show ``image``, the pixels this chart's canvas had at this width, in the chart's
        place until the canvas comes (when the figures have arrived)."""
        if self.canvas is not None:
            return  # the chart itself is there
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.devicePixelRatio())
        height = int(round(image.height() / image.devicePixelRatio()))
        self.placeholder.setPixmap(pixmap)
        self.placeholder.setMinimumHeight(height)
        self._picture_shown = True
        if not self.table_button.isChecked():
            self.views.setFixedHeight(height)

    def _on_draw(self, event: Any) -> None:
        """The canvas drew its figure: the first time, its pixels are offered as the
        chart's picture (``pictured``), not with a bar outlined by the keyboard (and not a
        drawing of the same figure elsewhere, e.g. saved to a file)."""
        canvas = self.canvas
        if canvas is None:
            return
        if not self._picture_wanted or self._marked is not None \
                or id(getattr(event, "canvas", None)) != id(canvas) \
                or getattr(canvas, "renderer", None) is None:
            return
        buffer = canvas.buffer_rgba()
        if (buffer.shape[1], buffer.shape[0]) != canvas.get_width_height(physical=True):
            return  # drawn at another size (a print): not what the screen shows
        self._picture_wanted = False
        image = QImage(bytes(buffer), buffer.shape[1], buffer.shape[0],
                       QImage.Format.Format_RGBA8888).copy()
        image.setDevicePixelRatio(canvas.device_pixel_ratio or 1)
        self.pictured.emit(image)

    def show_figure(self, fig: Figure, kind: str) -> None:
        """Show ``fig`` in a new canvas (a canvas belongs to one figure), as tall as it is."""
        self.kind = kind
        self._pending = False
        self._marked = None
        self.focused = -1
        from werkplaats_desktop.ui.dashboard.chart_canvas import ChartCanvas

        canvas = ChartCanvas(fig, self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        canvas.setFixedHeight(int(round(fig.get_figheight() * DPI)))
        canvas.mpl_connect("pick_event", self._on_pick)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("draw_event", self._on_draw)
        self._picture_wanted = True
        canvas.setMouseTracking(True)
        canvas.setAccessibleName(self.accessibleName())
        canvas.setAccessibleDescription(self.tr(
            "Grafiek. Pijltjestoetsen: de balken langs; Enter: de lijst; 'Tabel': de cijfers."))
        old = self.canvas
        self.views.insertWidget(0, canvas)
        if old is not None:
            self.views.removeWidget(old)
            old.deleteLater()
        elif self.placeholder is not None:
            self.placeholder.hide()
            if self._picture_shown:  # the picture gives way to the chart itself
                self.placeholder.setPixmap(QPixmap())
                self._picture_shown = False
        self.canvas = canvas
        if not self.table_button.isChecked():
            self.views.setCurrentWidget(canvas)
        self.views.setFixedHeight(canvas.height() if not self.table_button.isChecked()
                                  else self._table_height())

    # --- the table ---------------------------------------------------------------------------

    def _fill_table(self) -> None:
        self.table_model.clear()
        t = self.table
        if t is None:
            return
        self.table_model.setHorizontalHeaderLabels(
            [translate(context, text) for context, text in t.columns])
        for i, row in enumerate(t.rows):
            items = [QStandardItem(translate(row.context, row.label) if row.context
                                   else row.label)]
            for j, value in enumerate(row.values):
                item = QStandardItem(_cell_text(value))
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if t.list_key and t.drill(i, j) is not None:
                    item.setToolTip(self.tr("Enter of dubbelklik: de lijst"))
                items.append(item)
            self.table_model.appendRow(items)
        self.table_view.resizeColumnsToContents()
        # long names on more lines, so that the numbers stay in view beside them
        if self.table_view.columnWidth(0) > 240:
            self.table_view.setColumnWidth(0, 240)
        self.table_view.resizeRowsToContents()

    def _table_height(self) -> int:
        rows = sum(self.table_view.rowHeight(r) for r in range(self.table_model.rowCount()))
        header = self.table_view.horizontalHeader().height() or 24
        return min(560, header + rows + 8)

    def show_table(self, on: bool) -> None:
        self.copy_button.setVisible(on)
        if on:
            self.views.setCurrentWidget(self.table_view)
            self.views.setFixedHeight(max(120, self._table_height()))
            self.table_view.setFocus()
        else:
            if self.canvas is not None:
                self.views.setCurrentWidget(self.canvas)
                self.views.setFixedHeight(self.canvas.height())
            else:
                self.views.setCurrentWidget(self.placeholder)

    def open_cell(self, row: int, column: int) -> None:
        """Open the list behind cell ``row``, ``column`` of the table (column 0: the label)."""
        t = self.table
        if t is None or not t.list_key:
            return
        filters = t.drill(row, column - 1)
        if filters is not None:
            self.open_list(t.list_key, filters)

    def table_text(self, selection_only: bool) -> str:
        """The table, or the selected cells, as tab-separated lines with their headers."""
        model = self.table_model
        rows = range(model.rowCount())
        columns = range(model.columnCount())
        if selection_only and self.table_view.selectionModel() is not None:
            chosen = self.table_view.selectionModel().selectedIndexes()
            if chosen:
                rows = sorted({i.row() for i in chosen})  # type: ignore[assignment]
                columns = sorted({i.column() for i in chosen})  # type: ignore[assignment]
        header = "\t".join(model.headerData(c, Qt.Orientation.Horizontal) or ""
                           for c in columns)
        lines = ["\t".join(model.item(r, c).text() for c in columns) for r in rows]
        return "\n".join([header, *lines])

    def copy_table(self, selection_only: bool = False) -> None:
        QGuiApplication.clipboard().setText(self.table_text(selection_only))

    # --- keyboard ------------------------------------------------------------------------------

    def targets(self) -> list[Artist]:
        """The clickable bars, provinces and labels of the chart, in reading order."""
        if self.canvas is None:
            return []
        from matplotlib.patches import Patch

        from werkplaats_desktop.charts.base import drills, tip_of

        found = [artist for artist, _target in drills(self.canvas.figure)]
        if self.spec.key == "kaart":
            return sorted(found, key=lambda a: (not isinstance(a, Patch), tip_of(a)))

        def place(a: Artist) -> tuple[float, float]:
            x, y = getattr(a, "get_x", lambda: 0.0)(), getattr(a, "get_y", lambda: 0.0)()
            return (y, x) if self.spec.key in HORIZONTAL else (x, y)

        return sorted(found, key=place)

    def key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed on the canvas; False when it is not ours."""
        targets = self.targets()
        if not targets:
            return False
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
                Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if step is not None:
            self.focus_target((self.focused + step) % len(targets))
            return True
        if event.key() == Qt.Key.Key_Home:
            self.focus_target(0)
            return True
        if event.key() == Qt.Key.Key_End:
            self.focus_target(len(targets) - 1)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if 0 <= self.focused < len(targets):
                from werkplaats_desktop.charts.base import drill_of

                target = drill_of(targets[self.focused])
                if target is not None:
                    self.open_list(*target)
            return True
        return False

    def focus_target(self, index: int) -> None:
        """Outline bar (or province) ``index`` and say what it counts."""
        targets = self.targets()
        if self.canvas is None or not targets:
            return
        self.clear_focus_mark()
        index = min(index, len(targets) - 1)
        self.focused = index
        artist = targets[index]
        if hasattr(artist, "set_edgecolor") and hasattr(artist, "get_edgecolor"):
            self._marked = (artist, artist.get_edgecolor(), artist.get_linewidth(),  # type: ignore[attr-defined]
                            artist.get_zorder())
            artist.set_edgecolor(FOCUS_COLOR)  # type: ignore[attr-defined]
            artist.set_linewidth(2.4)  # type: ignore[attr-defined]
            artist.set_zorder(10)
        from werkplaats_desktop.charts.base import tip_of

        text = tip_of(artist) or (artist.get_text() if hasattr(artist, "get_text") else "")
        self.canvas.setAccessibleDescription(text)
        self.canvas.draw_idle()
        box = artist.get_window_extent(self.canvas.get_renderer())
        ratio = self.canvas.device_pixel_ratio or 1
        at = QPoint(int(box.x1 / ratio), int(self.canvas.height() - box.y1 / ratio))
        QToolTip.showText(self.canvas.mapToGlobal(at),
                          f"{text}\n{self.tr('Enter: de lijst')}", self.canvas)

    def clear_focus_mark(self) -> None:
        if self._marked is not None:
            artist, color, width, zorder = self._marked
            artist.set_edgecolor(color)  # type: ignore[attr-defined]
            artist.set_linewidth(width)  # type: ignore[attr-defined]
            artist.set_zorder(zorder)
            self._marked = None
            if self.canvas is not None:
                self.canvas.draw_idle()

    # --- mouse ---------------------------------------------------------------------------------

    def _on_pick(self, event: PickEvent) -> None:
        from werkplaats_desktop.charts.base import drill_of

        if event.mouseevent is self._last_pick:  # one click, one list
            return
        target = drill_of(event.artist)
        if target is not None:
            self._last_pick = event.mouseevent
            self.open_list(*target)

    def _on_motion(self, event: MouseEvent) -> None:
        assert self.canvas is not None
        from werkplaats_desktop.charts.base import drill_of, tip_of, tipped

        text = ""
        clickable = False
        if event.inaxes is not None:
            for artist in sorted(tipped(self.canvas.figure), key=lambda a: -a.get_zorder()):
                hit, info = artist.contains(event)
                if hit:
                    index = info.get("ind", [None])[0] if isinstance(info, dict) else None
                    text = tip_of(artist, None if index is None else int(index))
                    clickable = drill_of(artist) is not None
                    break
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                              else Qt.CursorShape.ArrowCursor)
        if text:
            hint = self.tr("klik voor de lijst") if clickable else ""
            QToolTip.showText(self.canvas.mapToGlobal(_position(self.canvas, event)),
                              text + (f"\n{hint}" if hint else ""), self.canvas)
        else:
            QToolTip.hideText()

    # --- export --------------------------------------------------------------------------------

    def default_name(self) -> str:
        label = translate("Grafiek", self.spec.label).lower().replace(" ", "-")
        return f"{label}-{self.kind}" if self.spec.per_kind else label

    def ask_export(self) -> Path | None:
        from werkplaats_desktop.charts.export import FORMATS

        folder = Settings().folder(Settings.CHARTS)
        filters = ";;".join(f"{translate('Grafiek', desc)} (*{suffix})"
                            for suffix, (_fmt, desc) in FORMATS.items())
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Grafiek opslaan"), str(folder / f"{self.default_name()}.png"),
            filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in FORMATS:  # take the suffix of the chosen type
            suffix = next((s for s in FORMATS if f"*{s}" in chosen), ".png")
            path = path.with_name(path.name + suffix)
        Settings().set_folder(Settings.CHARTS, path.parent)
        return self.export(path)

    def export(self, path: Path) -> Path:
        """Save the chart as shown (the same width; the height it needs) with its context,
        and its table beside it as ``<name>.csv``."""
        from werkplaats_desktop.charts.context import add_context
        from werkplaats_desktop.charts.export import save_figure

        self.ensure_built()
        if self.builder is not None:
            fig = self.builder((self.chart_width() / DPI, None))
        else:
            assert self.canvas is not None
            fig = self.canvas.figure
        if self.context is not None:
            add_context(fig, self.context(), translate)
        saved = save_figure(fig, path)
        if self.table is not None:
            self.write_table(saved.with_suffix(".csv"))
        self.saved.emit(saved)
        return saved

    def write_table(self, path: Path) -> Path:
        """The table as CSV for Dutch Excel (UTF-8 with BOM, ``;``, decimal comma)."""
        from werkplaats_desktop.reports.tables import write_csv

        assert self.table is not None
        header = [translate(context, text) for context, text in self.table.columns]
        rows = [[translate(r.context, r.label) if r.context else r.label, *r.values]
                for r in self.table.rows]
        preamble = [[self.context().filter_text(translate)], [self.context().source_text(
            translate)], []] if self.context is not None else []
        return write_csv(path, header, rows, preamble)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # a share
        return fmt_pct(value)
    if isinstance(value, Decimal):
        return fmt_amount(value)
    if isinstance(value, int):
        return fmt_int(value)
    return str(value)


def _position(canvas: FigureCanvasQTAgg, event: MouseEvent) -> QPoint:
    """The mouse position in the canvas's widget coordinates (matplotlib counts from below,
    in physical pixels)."""
    ratio = canvas.device_pixel_ratio or 1
    return QPoint(int(event.x / ratio), int(canvas.height() - event.y / ratio))
