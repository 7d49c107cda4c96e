"""A page with one list of records: a search box over the visible columns and the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.services import Services
from werkplaats_desktop.services.listing import ListQuery, ListService
from werkplaats_desktop.store.database import Change
from werkplaats_desktop.ui.table_model import RecordTableModel

SEARCH_DELAY_MS = 150


class ListPage(QWidget):
    countChanged = Signal(int)

    def __init__(self, lists: ListService, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.model = RecordTableModel(lists, key, self)
        self.title = QLabel(title)
        self.title.setObjectName("paginatitel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in de zichtbare kolommen…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        spec = self.model.spec
        sort_index = [c.key for c in spec.columns].index(spec.default_sort)
        self.table.horizontalHeader().setSortIndicator(
            sort_index, Qt.SortOrder.DescendingOrder if spec.default_descending
            else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(title)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        for i, col in enumerate(spec.columns):
            self.table.setColumnHidden(i, not col.visible)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.apply_query()
        self.fit_columns()

    def fit_columns(self, maximum: int = 340) -> None:
        """Widths from the first page of content, within reason."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for i in range(header.count()):
            header.resizeSection(i, min(max(header.sectionSize(i) + 12, 60), maximum))

    def visible_columns(self) -> tuple[str, ...]:
        return tuple(c.key for i, c in enumerate(self.model.spec.columns)
                     if not self.table.isColumnHidden(i))

    def apply_query(self) -> None:
        q = self.model.query
        self.model.set_query(ListQuery(search=self.search.text(),
                                       search_columns=self.visible_columns(),
                                       filters=q.filters, sort=q.sort, descending=q.descending))
        self._update_count()

    def set_filters(self, filters: dict[str, object]) -> None:
        q = self.model.query
        self.model.set_query(ListQuery(search=q.search, search_columns=q.search_columns,
                                       filters=dict(filters), sort=q.sort,
                                       descending=q.descending))
        self._update_count()

    def set_services(self, services: Services) -> None:
        self.model.lists = services.lists
        self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self.model.refresh()
        self._update_count()

    def on_change(self, change: Change) -> None:
        """Refresh now when shown, otherwise when next shown (cheap with many pages)."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_dirty", False):
            self.refresh()
        super().showEvent(event)

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%n rij(en)", "", total))
        self.countChanged.emit(total)
