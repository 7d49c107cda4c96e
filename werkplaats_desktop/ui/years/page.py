"""The page "Aanlevering": who delivered what, per werkplaats and year (``services.completeness``).

One year (the newest, by default) is a list: werkplaats, code, the export read, status,
activities, products and what is missing. "Alle jaren" is the matrix werkplaats x year, a cell
per year with its status and counts. The status colours the cell; what is missing is in the
cell and its tooltip. Jaar afsluiten / Jaar heropenen act on the selected werkplaats and year.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.enums import JaarStatus
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.completeness import (
    ONTBREEKT_LABELS,
    Completeness,
    WerkplaatsRow,
    YearCell,
)
from werkplaats_desktop.store import Change
from werkplaats_desktop.ui.i18n import enum_label, translate
from werkplaats_desktop.ui.page import Page

COLORS = {JaarStatus.CONCEPT: "#fff4d6", JaarStatus.INGEDIEND: "#dbe9f6",
          JaarStatus.DEFINITIEF: "#d9f0dc"}
ALL = -1


def _missing(cell: YearCell) -> str:
    return ", ".join(translate("Aanlevering", ONTBREEKT_LABELS[m]) for m in cell.ontbreekt)


class CompletenessPage(Page):
    tables = frozenset({"werkplaats", "jaarstatus", "aanlevering", "activiteit", "product",
                        "meta"})

    def __init__(self, services: Services, act: Callable[[str, int | None, int | None], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.act = act
        self.matrix: Completeness | None = None
        self.title = QLabel(self.tr("Aanlevering per werkplaats en jaar"))
        self.title.setObjectName("paginatitel")
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.setMinimumContentsLength(12)
        self.close_button = QPushButton(self.tr("Jaar afsluiten…"))
        self.reopen_button = QPushButton(self.tr("Jaar heropenen…"))
        self.close_button.clicked.connect(lambda: self._act("afsluiten"))
        self.reopen_button.clicked.connect(lambda: self._act("heropenen"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("veldbijschrift")
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Aanlevering"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Jaar:")))
        top.addWidget(self.year)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self._fill_years()
        self.year.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # --- what the page shows ----------------------------------------------------------------

    def _fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        years = self.services.reference.years()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.addItem(self.tr("Alle jaren"), ALL)
        if current is None:  # at first the newest year with activities: the one being delivered
            current = self.services.completeness.newest_year()
        index = self.year.findData(current) if current is not None else 0
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def chosen_year(self) -> int | None:
        y = self.year.currentData()
        return None if y in (None, ALL) else int(y)

    def refresh(self) -> None:
        self.matrix = self.services.completeness.matrix(self.chosen_year())
        m = self.matrix
        if m.eigen_bestand:
            self.explain.setText(self.tr(
                "Dit bestand is van uw eigen werkplaats: hier ziet u per jaar de status. Sluit "
                "een jaar af als de cijfers zijn aangeleverd (ingediend) of vastgesteld "
                "(definitief); dan zijn ze alleen-lezen."))
        else:
            self.explain.setText(self.tr(
                "Landelijk overzicht: per werkplaats de laatst ingelezen export en per jaar de "
                "status die de werkplaats meegaf. Ontbreekt: geen bestand (nog geen export "
                "ingelezen), alleen concept (jaar niet afgesloten), geen activiteiten."))
        if self.chosen_year() is None:
            self._fill_matrix(m)
        else:
            self._fill_list(m)

    def _head(self, labels: list[str]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(labels))
        self.table.setHorizontalHeaderLabels(labels)

    def _delivery(self, w: WerkplaatsRow) -> str:
        if w.eigen:
            return self.tr("eigen werkplaats")
        if w.aanlevering is None:
            return self.tr("geen export")
        d = w.aanlevering
        when = d.exportdatum.strftime("%d-%m-%Y %H:%M") if d.exportdatum else "?"
        return self.tr("%1 (eigen bestand)").replace("%1", when) if d.eigen_bestand \
            else self.tr("%1 (doorgegeven)").replace("%1", when)

    def _status_item(self, cell: YearCell, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setBackground(QBrush(QColor(COLORS[cell.status])))
        missing = _missing(cell)
        tip = enum_label(cell.status)
        if missing:
            tip += " — " + self.tr("ontbreekt: %1").replace("%1", missing)
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.UserRole, cell.jaar)
        return item

    def _name_item(self, w: WerkplaatsRow) -> QTableWidgetItem:
        item = QTableWidgetItem(w.naam)
        item.setData(Qt.ItemDataRole.UserRole, w.id)
        item.setToolTip(w.naam)
        return item

    def _fill_list(self, m: Completeness) -> None:
        self._head([self.tr("Werkplaats"), self.tr("Code"), self.tr("Export ingelezen"),
                    self.tr("Status"), self.tr("Activiteiten"), self.tr("Producten"),
                    self.tr("Ontbreekt")])
        self.table.setRowCount(len(m.werkplaatsen))
        for row, w in enumerate(m.werkplaatsen):
            cell = w.jaren[0]
            self.table.setItem(row, 0, self._name_item(w))
            self.table.setItem(row, 1, QTableWidgetItem(w.code))
            self.table.setItem(row, 2, QTableWidgetItem(self._delivery(w)))
            self.table.setItem(row, 3, self._status_item(cell, enum_label(cell.status)))
            for col, n in ((4, cell.activiteiten), (5, cell.producten)):
                item = QTableWidgetItem(fmt_int(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            missing = QTableWidgetItem(_missing(cell))
            if cell.ontbreekt:
                missing.setForeground(QBrush(QColor("#a4000f")))
            self.table.setItem(row, 6, missing)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 520))
        self.table.resizeRowsToContents()

    def _fill_matrix(self, m: Completeness) -> None:
        self._head([self.tr("Werkplaats"), self.tr("Code"), self.tr("Export ingelezen"),
                    *(str(j) for j in m.jaren)])
        self.table.setRowCount(len(m.werkplaatsen))
        for row, w in enumerate(m.werkplaatsen):
            self.table.setItem(row, 0, self._name_item(w))
            self.table.setItem(row, 1, QTableWidgetItem(w.code))
            self.table.setItem(row, 2, QTableWidgetItem(self._delivery(w)))
            for col, cell in enumerate(w.jaren, start=3):
                text = enum_label(cell.status) + "\n" + self.tr("%1 act. · %2 prod.").replace(
                    "%1", fmt_int(cell.activiteiten)).replace("%2", fmt_int(cell.producten))
                self.table.setItem(row, col, self._status_item(cell, text))
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
        self.table.resizeRowsToContents()

    # --- selection and actions --------------------------------------------------------------

    def selected(self) -> tuple[int | None, int | None]:
        """(werkplaats id, year) of the selected cell (or row, with one year shown)."""
        row, col = self.table.currentRow(), self.table.currentColumn()
        if row < 0 or self.matrix is None or row >= len(self.matrix.werkplaatsen):
            wid = self.services.info.eigen_werkplaats_id()
            return wid, self.chosen_year()
        w = self.matrix.werkplaatsen[row]
        if self.chosen_year() is not None:
            return w.id, self.chosen_year()
        item = self.table.item(row, col)
        jaar = item.data(Qt.ItemDataRole.UserRole) if item is not None and col >= 3 else None
        return w.id, jaar

    def _act(self, mode: str) -> None:
        wid, jaar = self.selected()
        self.act(mode, wid, jaar)

    def on_change(self, change: Change) -> None:
        self._fill_years()
        self.refresh()

    def set_services(self, services: Services) -> None:
        self.services = services
        self._fill_years()
        self.refresh()
