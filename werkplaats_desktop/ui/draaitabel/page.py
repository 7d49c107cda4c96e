"""The page "Draaitabel": choose what the rows and the columns are (werkplaats, thema, O,
soort, jaar, provincie, gemeente, partnertype, kenniskring) and what the cells count or add up,
under the Overzicht's filters; the table with its totals; a click on a number (or Enter) opens
the list of exactly the records it counts; export to .xlsx or CSV; copy to the clipboard.

Everything is computed by ``services.dashboard.draaitabel`` (SQL ``GROUP BY``, or a large file's
activities kept in memory), off the window's thread; this page only shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError, ResourceClosedError

from werkplaats_desktop.exchange.files import ExportError
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import TABLES
from werkplaats_desktop.services.dashboard.draaitabel import (
    BIJDRAGE_DIMENSIES,
    DIMENSIES,
    NIET_VOOR_BIJDRAGEN,
    TELREGEL,
    WAARDEN,
    Draaitabel,
    DraaitabelError,
    DraaitabelService,
)
from werkplaats_desktop.store import Change, ChangeKind
from werkplaats_desktop.ui.background import Background
from werkplaats_desktop.ui.dashboard.filter_bar import FilterBar
from werkplaats_desktop.ui.draaitabel.model import DraaitabelModel
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Page
from werkplaats_desktop.ui.settings import Settings

OpenList = Callable[[str, dict[str, Any]], None]
REFRESH_DELAY_MS = 150
SETTING_CHOICE = "draaitabel/keuze"
SETTING_EXPORT_DIR = "draaitabel/exportmap"
DEFAULT_CHOICE = ("thema", "o", "activiteiten")


class WrappedLabel(QLabel):
    """A text over several lines that always gets the height it needs (a word-wrapped QLabel
    in a layout beside a stretching table can otherwise be squeezed to one line)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def _fit(self) -> None:
        height = self.heightForWidth(max(self.width(), 200))
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class PivotView(QTableView):
    """The table: Enter opens the list of the current number, Ctrl+C copies."""

    def __init__(self, page: DraaitabelPage):
        super().__init__()
        self.page = page
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.page.open_cell(index.row(), index.column())
                return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.page.copy(selection_only=True)
            return
        super().keyPressEvent(event)


class DraaitabelPage(Page):
    tables = TABLES

    def __init__(self, services: Services, open_list: OpenList, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.open_list = open_list
        self.table: Draaitabel | None = None
        #: shows a message in the window's status bar (set by ``install``)
        self.show_status: Callable[[str], None] | None = None
        self._dirty = True
        self._choices_dirty = False

        self.title = QLabel(self.tr("Draaitabel"))
        self.title.setObjectName("paginatitel")
        # shown while the table is counted off the window's thread (a large file's first
        # draaitabel reads its activities: seconds at a million)
        self.busy = QLabel(self.tr("De tabel wordt geteld…"))
        self.busy.setObjectName("bezig")
        self.busy.hide()
        self._loader = Background(self)
        self.filters = FilterBar(services, output_choices=False)
        self.rijen = QComboBox()
        self.kolommen = QComboBox()
        self.waarde = QComboBox()
        for key, w in WAARDEN.items():
            self.waarde.addItem(translate("Draaitabel", w.label), key)
        self.swap = QPushButton(self.tr("Omwisselen"))
        self.swap.setToolTip(self.tr("Rijen en kolommen omwisselen"))
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setToolTip(self.tr("De tabel kopiëren (plakken in Excel of een tekst); "
                                            "Ctrl+C kopieert de gekozen cellen"))
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.setToolTip(self.tr("De tabel opslaan als Excel-werkmap (.xlsx) of CSV, "
                                              "met het filter erboven"))
        for widget, name in ((self.rijen, self.tr("Rijen")), (self.kolommen, self.tr("Kolommen")),
                             (self.waarde, self.tr("Waarde"))):
            widget.setAccessibleName(name)
        choose = QHBoxLayout()
        for text, widget in ((self.tr("Rijen:"), self.rijen),
                             (self.tr("Kolommen:"), self.kolommen)):
            lab = QLabel(text)
            lab.setBuddy(widget)
            choose.addWidget(lab)
            choose.addWidget(widget)
        choose.addWidget(self.swap)
        choose.addSpacing(10)
        lab = QLabel(self.tr("Waarde:"))
        lab.setBuddy(self.waarde)
        choose.addWidget(lab)
        choose.addWidget(self.waarde)
        choose.addStretch(1)
        choose.addWidget(self.filters.reset)
        choose.addWidget(self.copy_button)
        choose.addWidget(self.export_button)

        self.rule = WrappedLabel()
        self.rule.setObjectName("telregel")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("foutmelding")
        self.message.hide()
        self.model = DraaitabelModel()
        self.view = PivotView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Draaitabel"))
        self.view.clicked.connect(self._clicked)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(choose)
        layout.addWidget(self.rule)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._restore_choice()
        self.filters.changed.connect(self._timer.start)
        self.rijen.currentIndexChanged.connect(lambda: self._dimension_chosen(self.rijen))
        self.kolommen.currentIndexChanged.connect(lambda: self._dimension_chosen(self.kolommen))
        self.waarde.currentIndexChanged.connect(self._value_chosen)
        self.swap.clicked.connect(self.swap_axes)
        self.copy_button.clicked.connect(lambda: self.copy(selection_only=False))
        self.export_button.clicked.connect(self.ask_export)

    # --- the choice ----------------------------------------------------------------------------

    def _fill_dimensions(self, keep: tuple[str, str]) -> None:
        """The dimensions that fit the value (partner bijdragen: fewer)."""
        allowed = (BIJDRAGE_DIMENSIES if WAARDEN[self.choice()[2]].bron == "bijdrage"
                   else tuple(DIMENSIES))
        for combo, wanted in ((self.rijen, keep[0]), (self.kolommen, keep[1])):
            combo.blockSignals(True)
            combo.clear()
            for key in allowed:
                combo.addItem(translate("Draaitabel", DIMENSIES[key].label), key)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)
        if self.rijen.currentData() == self.kolommen.currentData():
            self.kolommen.setCurrentIndex((self.rijen.currentIndex() + 1) % self.kolommen.count())

    def _restore_choice(self) -> None:
        stored = str(QSettings().value(SETTING_CHOICE, ",".join(DEFAULT_CHOICE))).split(",")
        rijen, kolommen, waarde = (stored + list(DEFAULT_CHOICE))[:3]
        if waarde not in WAARDEN or rijen not in DIMENSIES or kolommen not in DIMENSIES:
            rijen, kolommen, waarde = DEFAULT_CHOICE
        self.waarde.setCurrentIndex(max(self.waarde.findData(waarde), 0))
        self._previous = (rijen, kolommen)
        self._fill_dimensions((rijen, kolommen))

    def choice(self) -> tuple[str, str, str]:
        return (str(self.rijen.currentData()), str(self.kolommen.currentData()),
                str(self.waarde.currentData()))

    def set_choice(self, rijen: str, kolommen: str, waarde: str | None = None) -> None:
        if waarde is not None:
            self.waarde.blockSignals(True)
            self.waarde.setCurrentIndex(self.waarde.findData(waarde))
            self.waarde.blockSignals(False)
        self._fill_dimensions((rijen, kolommen))
        self._previous = (rijen, kolommen)
        self.refresh()

    def _dimension_chosen(self, combo: QComboBox) -> None:
        rijen, kolommen, _w = self.choice()
        if rijen == kolommen:  # the same twice: the other one takes the place left
            other = self.kolommen if combo is self.rijen else self.rijen
            left = self._previous[0] if combo is self.rijen else self._previous[1]
            other.blockSignals(True)
            other.setCurrentIndex(other.findData(left))
            other.blockSignals(False)
        self._previous = self.choice()[:2]
        self.refresh()

    def _value_chosen(self) -> None:
        self._fill_dimensions(self._previous)
        self._previous = self.choice()[:2]
        self.refresh()

    def swap_axes(self) -> None:
        rijen, kolommen, _w = self.choice()
        self.set_choice(kolommen, rijen)

    # --- filling -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if not self.isVisible():
            self._dirty = True
            return
        rijen, kolommen, waarde = self.choice()
        QSettings().setValue(SETTING_CHOICE, f"{rijen},{kolommen},{waarde}")
        try:
            if self._choices_dirty:
                self.filters.reload_choices()
                self._choices_dirty = False
        except ResourceClosedError:
            self._dirty = True
            return
        f = self.filters.filter()
        service = DraaitabelService(self.services.db)
        self._dirty = False
        self.busy.show()
        self._loader.run(lambda: service.compute_on_worker(rijen, kolommen, waarde, f),
                         self._show_table, self._not_counted)

    def _not_counted(self, exc: BaseException) -> None:
        self.busy.hide()
        if isinstance(exc, DraaitabelError):
            self.message.setText(str(exc))
            self.message.show()
            self.model.set_table(None)
        elif isinstance(exc, ResourceClosedError | OperationalError):
            self._dirty = True  # the database was closed meanwhile: count again when shown
        else:
            raise exc

    def _show_table(self, table: Draaitabel) -> None:
        self.busy.hide()
        waarde = table.waarde
        self.message.hide()
        self.table = table
        self.model.set_table(table)
        self._size_columns()
        rule = translate("Draaitabel", TELREGEL)
        f = table.filter
        if WAARDEN[waarde].bron == "bijdrage" and (f.thema_id is not None or f.o):
            rule += " " + translate("Draaitabel", NIET_VOOR_BIJDRAGEN)
        self.rule.setText(rule + " " + self.tr(
            "Klik op een getal (of kies het met de pijltjes en druk Enter) voor de lijst van wat "
            "het telt."))

    def _size_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for c in range(1, self.model.columnCount()):
            header.resizeSection(c, max(header.sectionSize(c), 64))
        # the names get what the numbers leave (at least 220 px; the tooltip has them in
        # full), so that the totals stay in view without scrolling sideways
        numbers = sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
        room = self.view.viewport().width() - numbers - 4
        header.resizeSection(0, max(220, min(header.sectionSize(0), room, 520)))

    def on_change(self, change: Change) -> None:
        self._choices_dirty = True
        if self.isVisible():
            self._timer.start()
        else:
            self._dirty = True

    def set_services(self, services: Services) -> None:
        self._loader.forget()  # a table of the file that was open is not shown
        self.busy.hide()
        self.services = services
        self.filters.services = services
        self.filters.clear()
        self.on_change(Change("", TABLES, ChangeKind.EXTERNAL))

    # --- actions ---------------------------------------------------------------------------------

    def _clicked(self, index: Any) -> None:
        if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.open_cell(index.row(), index.column())

    def open_cell(self, row: int, column: int) -> None:
        """Open the list of the records the cell ``row``, ``column`` counts (the label column:
        its row's total)."""
        t = self.table
        if t is None:
            return
        r, c = self.model.cell(row, column)
        if column > 0:
            value = self.model.value(row, column)
        else:  # the label: its row's total
            value = t.rijtotalen[t.rij_waarden[r].key] if r >= 0 else t.totaal
        if not value:
            if self.show_status is not None:
                self.show_status(self.tr("Deze cel telt niets; er is geen lijst."))
            return
        self.open_list(t.list_key, t.cell_filters(r, c))

    def copy(self, selection_only: bool = False) -> None:
        rows = columns = None
        chosen = self.view.selectionModel().selectedIndexes() if selection_only else []
        if chosen:
            rows = sorted({i.row() for i in chosen})
            columns = sorted({0, *(i.column() for i in chosen)})
        QGuiApplication.clipboard().setText(self.model.as_text(rows, columns))
        if self.show_status is not None:
            self.show_status(self.tr("Gekopieerd; plak het in Excel of een tekst."))

    def ask_export(self) -> Path | None:
        if self.table is None:
            return None
        folder = Settings().folder(SETTING_EXPORT_DIR)  # (an existing folder, never the cwd)
        rijen, kolommen, waarde = self.choice()
        suggested = Path(folder) / f"draaitabel-{waarde}-{rijen}-{kolommen}.xlsx"
        xlsx = self.tr("Excel-werkmap (*.xlsx)")
        csv = self.tr("CSV voor Excel, Nederlands (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Draaitabel exporteren"),
                                                   str(suggested), f"{xlsx};;{csv}")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        Settings().set_folder(SETTING_EXPORT_DIR, path.parent)
        return self.export(path)

    def export(self, path: Path) -> Path | None:
        from werkplaats_desktop.reports.draaitabel import write

        assert self.table is not None
        words = DraaitabelService(self.services.db).describe(self.table.filter, translate)
        try:
            written = write(self.table, path, words, self.services.db.path.name, translate)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Draaitabel exporteren"), str(exc))
            return None
        if self.show_status is not None:
            self.show_status(self.tr("Draaitabel opgeslagen: %1").replace("%1", str(written)))
        return written
