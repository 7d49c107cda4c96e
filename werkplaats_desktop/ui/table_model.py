"""A table of records that fetches lazily from SQL (canFetchMore / fetchMore).

Sorting and filtering are done by the database (ListService): the model holds only the rows
fetched so far, a page at a time, so 100 000 activities cost no more than the rows on screen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.lists import ListColumn, ListQuery, ListRow
from werkplaats_desktop.services.lists.engine import ListService
from werkplaats_desktop.ui import style
from werkplaats_desktop.ui.i18n import enum_label, reference_label, translate

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def format_value(column: ListColumn, value: Any) -> str:
    """How a value looks in a table cell (Dutch conventions via QLocale)."""
    from PySide6.QtCore import QDate, QLocale

    if value is None or value == "":
        return ""
    kind = column.kind
    locale = QLocale()
    if kind == "date" and isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day),
                               QLocale.FormatType.ShortFormat)
    if kind == "money" and isinstance(value, Decimal):
        return locale.toString(float(value), "f", 2)
    if kind == "hours" and isinstance(value, Decimal):
        return locale.toString(float(value), "f", 0 if value == value.to_integral() else 2)
    if kind == "int" and isinstance(value, int):
        return locale.toString(value)
    if kind == "bool":
        return translate("Tabel", "ja") if value else translate("Tabel", "nee")
    if kind == "year":
        return str(value)
    if kind == "enum" and column.enum is not None:
        try:
            return enum_label(column.enum(value))
        except ValueError:
            return str(value)
    if kind == "reference":
        return reference_label(str(value))
    return str(value)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, lists: ListService, key: str, parent: Any = None):
        super().__init__(parent)
        self.lists = lists
        self.key = key
        self.spec = lists.spec(key)
        self.query = ListQuery()
        self._ids: list[int] = []
        self._rows: list[ListRow] = []
        self._more = False  # nothing to fetch until the first query (set_query/refresh)
        self._loaded = False
        self._total: int | None = None

    # --- query ---------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Start over from the first page (after a change or a new query)."""
        self._loaded = True
        self.beginResetModel()
        self._rows = []
        self._ids = []
        self._more = True
        self._total = None
        self._fetch(PAGE_SIZE)
        self.endResetModel()

    def forget(self) -> None:
        """Hold nothing until the next query (the rows and the filters' ids belonged to a
        database now closed); the order is kept."""
        self.query = ListQuery(sort=self.query.sort, descending=self.query.descending)
        self.beginResetModel()
        self._rows, self._ids = [], []
        self._more, self._loaded, self._total = False, False, None
        self.endResetModel()

    def _fetch(self, count: int) -> list[ListRow]:
        ids = self.lists.ids(self.key, self.query, offset=len(self._ids), limit=count)
        rows = self.lists.rows(self.key, ids)
        self._ids.extend(ids)
        self._rows.extend(rows)
        self._more = len(ids) == count
        return rows

    def total(self) -> int:
        """All rows matching the query (counted once per query, in SQL)."""
        if self._total is None:
            self._total = self.lists.count(self.key, self.query)
        return self._total

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        ids = self.lists.ids(self.key, self.query, offset=len(self._ids), limit=PAGE_SIZE)
        if not ids:
            self._more = False
            return
        rows = self.lists.rows(self.key, ids)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._ids.extend(ids)
        self._rows.extend(rows)
        self.endInsertRows()
        self._more = len(ids) == PAGE_SIZE

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.spec.columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(column, value)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("text", "reference") and value:
            return str(value) if len(str(value)) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
            "int",
            "money",
            "hours",
            "year",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.enum is O and value:
            return QColor(style.O_COLORS[str(value)])
        if role == ID_ROLE:
            return row.id
        if role == RAW_ROLE:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Kolom", self.spec.columns[section].label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col = self.spec.columns[column]
        if not col.sortable:
            return
        self.query = ListQuery(
            search=self.query.search,
            search_columns=self.query.search_columns,
            filters=self.query.filters,
            sort=col.key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if self._loaded:  # before the first query the order is only remembered
            self.refresh()

    # --- helpers for views -----------------------------------------------------------------

    def id_at(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None
