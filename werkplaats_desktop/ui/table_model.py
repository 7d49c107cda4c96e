"""A table of records whose rows are fetched from SQL a page at a time, when they are shown.

Sorting and filtering are done by the database (``services/lists/engine.py``). The model knows
its total (one count per query, ``ListService.count``) and says it has that many rows, so the
scroll bar is the whole list and Ctrl+End or a jump to row 80 000 works at once; only the pages
the view asks for (:meth:`RecordTableModel.data`) are read: ``ids`` of that page (``LIMIT /
OFFSET``) and then its shown values. At most :data:`KEEP_PAGES` pages are kept in memory
(those used last), so 100 000 activities cost no more than the rows looked at.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from werkplaats_desktop.domain import numbers
from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.lists import ListColumn, ListQuery, ListRow
from werkplaats_desktop.services.lists.engine import ListService
from werkplaats_desktop.ui import style
from werkplaats_desktop.ui.i18n import enum_label, reference_label, translate

PAGE_SIZE = 200
#: pages kept in memory; older ones are read again when they are shown again
KEEP_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def format_value(column: ListColumn, value: Any, row: ListRow | None = None) -> str:
    """How a value looks in a table cell, in the program's language (``domain/numbers``);
    a column of amounts or hours says which (``ListColumn.unit``: "€ 25,00", "120 uur")."""
    from PySide6.QtCore import QDate, QLocale

    if value is None or value == "":
        return ""
    kind = column.kind
    if kind == "date" and isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat)
    if column.unit is not None and row is not None and isinstance(value, Decimal):
        if row[column.unit] == "uren":
            return translate("Tabel", "%1 uur").replace("%1", numbers.fmt_hours(value))
        return "€ " + numbers.fmt_amount(value)
    if kind == "money" and isinstance(value, Decimal):
        return numbers.fmt_amount(value)
    if kind == "hours" and isinstance(value, Decimal):
        return numbers.fmt_hours(value)
    if kind == "int" and isinstance(value, int):
        return numbers.fmt_int(value)
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
        #: page number -> its rows, the page used last at the end
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._loaded = False  # nothing to show until the first query (set_query/refresh)
        self._total: int | None = None

    # --- query ---------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Start over (after a change or a new query): count, and read the first page."""
        self._loaded = True
        self.beginResetModel()
        self._pages.clear()
        self._total = None
        self.total()
        self._page(0)
        self.endResetModel()

    def forget(self) -> None:
        """Hold nothing until the next query (the rows and the filters' ids belonged to a
        database now closed); the order is kept."""
        self.query = ListQuery(sort=self.query.sort, descending=self.query.descending)
        self.beginResetModel()
        self._pages.clear()
        self._loaded, self._total = False, None
        self.endResetModel()

    def _page(self, number: int) -> list[ListRow]:
        """The rows of page ``number`` (read when not in memory)."""
        rows = self._pages.get(number)
        if rows is None:
            ids = self.lists.ids(self.key, self.query, offset=number * PAGE_SIZE,
                                 limit=PAGE_SIZE)
            rows = self.lists.rows(self.key, ids)
            self._pages[number] = rows
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows

    def row(self, row: int) -> ListRow | None:
        """The list's row number ``row`` (its page is read if needed)."""
        if not 0 <= row < self.rowCount():
            return None
        rows = self._page(row // PAGE_SIZE)
        at = row % PAGE_SIZE
        return rows[at] if at < len(rows) else None

    def total(self) -> int:
        """All rows matching the query (counted once per query, in SQL)."""
        if self._total is None:
            self._total = self.lists.count(self.key, self.query)
        return self._total

    def loaded_rows(self) -> int:
        """The rows held in memory (for the benchmarks: a page or a few, not the list)."""
        return sum(len(rows) for rows in self._pages.values())

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._loaded else self.total()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.spec.columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(column, value, row)
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
        found = self.row(row)
        if found is None:
            raise IndexError(row)
        return found.id

    def loaded_row_of(self, record_id: int) -> int | None:
        """The row of a record on a page in memory (no query)."""
        for number, rows in self._pages.items():
            for at, row in enumerate(rows):
                if row.id == record_id:
                    return number * PAGE_SIZE + at
        return None

    def row_of(self, record_id: int) -> int | None:
        """The row of a record in this list, or None when the query leaves it out (asked of
        the database: the record need not be on a page read so far)."""
        found = self.loaded_row_of(record_id)
        if found is not None or not self._loaded:
            return found
        return self.lists.position(self.key, self.query, record_id)
