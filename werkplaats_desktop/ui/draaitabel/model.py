"""The draaitabel as a Qt table model: the row labels, one column per value of the column
dimension, the row totals, and a totals row; numbers right-aligned in the program's number
style, totals bold. The raw numbers are under ``Qt.UserRole`` (for copying and tests)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from werkplaats_desktop.domain.numbers import fmt_amount, fmt_int
from werkplaats_desktop.services.dashboard.draaitabel import DIMENSIES, Draaitabel, Rubriek
from werkplaats_desktop.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex


def label(r: Rubriek) -> str:
    return translate(r.context, r.label) if r.context else r.label


def number_text(value: int | Decimal) -> str:
    return fmt_amount(value) if isinstance(value, Decimal) else fmt_int(value)


class DraaitabelModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: Draaitabel | None = None
        self.whole = True
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Draaitabel | None) -> None:
        self.beginResetModel()
        self.table = table
        # amounts that are all whole euros or hours are shown without ",00" (narrower)
        values = [*table.cellen.values(), table.totaal] if table is not None else []
        self.whole = all(not isinstance(v, Decimal) or v == v.to_integral_value()
                         for v in values)
        self.endResetModel()

    def text(self, value: int | Decimal) -> str:
        return fmt_int(float(value)) if self.whole else number_text(value)

    # --- shape -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.rij_waarden) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.kolom_waarden) + 2

    def is_total_row(self, row: int) -> bool:
        return self.table is not None and row == len(self.table.rij_waarden)

    def is_total_column(self, column: int) -> bool:
        return self.table is not None and column == len(self.table.kolom_waarden) + 1

    def cell(self, row: int, column: int) -> tuple[int, int]:
        """(row, column) of the draaitabel behind a model cell; -1 for a total, and column -1
        for the label column (its row's total)."""
        assert self.table is not None
        r = -1 if self.is_total_row(row) else row
        c = -1 if column == 0 or self.is_total_column(column) else column - 1
        return r, c

    def value(self, row: int, column: int) -> int | Decimal | None:
        t = self.table
        if t is None or column == 0:
            return None
        r, c = self.cell(row, column)
        if r < 0 and c < 0:
            return t.totaal
        if r < 0:
            return t.kolomtotalen[t.kolom_waarden[c].key]
        if c < 0:
            return t.rijtotalen[t.rij_waarden[r].key]
        return t.cel(t.rij_waarden[r].key, t.kolom_waarden[c].key)

    def row_label(self, row: int) -> str:
        assert self.table is not None
        if self.is_total_row(row):
            return translate("Draaitabel", "Totaal")
        return label(self.table.rij_waarden[row])

    def column_label(self, column: int) -> str:
        assert self.table is not None
        if column == 0:
            return translate("Draaitabel", DIMENSIES[self.table.rijen].label)
        if self.is_total_column(column):
            return translate("Draaitabel", "Totaal")
        return label(self.table.kolom_waarden[column - 1])

    # --- data --------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = self.is_total_row(row) or self.is_total_column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.row_label(row)
            value = self.value(row, column)
            return None if value is None else self.text(value)
        if role == Qt.ItemDataRole.UserRole:
            return self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if column == 0:
                return self.row_label(row)
            value = self.value(row, column)
            where = self.row_label(row) + " · " + self.column_label(column)
            text = f"{where}: {self.text(value) if value is not None else ''}"
            return text + "\n" + translate("DraaitabelPage", "Klik of Enter: de lijst")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_label(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.FontRole \
                and self.is_total_column(section):
            return self._bold
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.row_label(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def as_text(self, rows: list[int] | None = None, columns: list[int] | None = None) -> str:
        """Tab-separated lines with the column headers (pastes into Excel)."""
        rows = list(range(self.rowCount())) if rows is None else rows
        columns = list(range(self.columnCount())) if columns is None else columns
        lines = ["\t".join(self.column_label(c) for c in columns)]
        for r in rows:
            lines.append("\t".join(self.data(self.index(r, c)) or "" for c in columns))
        return "\n".join(lines)
