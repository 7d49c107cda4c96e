"""A page with one list of records: filters, a search over the visible columns, the table,
and the actions on it (new, edit, delete, bulk edit). Column choice and widths are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.lists import ListFilter, ListQuery
from werkplaats_desktop.store import Change
from werkplaats_desktop.ui import kinds
from werkplaats_desktop.ui.forms.dialog import RecordDialog, RelatedList, confirm_and_delete
from werkplaats_desktop.ui.i18n import choice_text, translate
from werkplaats_desktop.ui.page import Page, RecordActions
from werkplaats_desktop.ui.settings import Settings
from werkplaats_desktop.ui.table_model import RecordTableModel

SEARCH_DELAY_MS = 150


def _tr(text: str) -> str:
    return translate("Lijst", text)


class ListPage(Page):
    """The page of one kind of record (``key``): its list, filters, search and actions.

    ``context_actions`` gives the actions its rows' context menu offers (the window's
    Nieuw/Bewerken/Verwijderen/Bulk, with their shortcuts)."""

    def __init__(
        self,
        services: Services,
        key: str,
        title: str,
        settings: Settings | None = None,
        detail: bool = False,
        parent: QWidget | None = None,
        context_actions: Callable[[], list[QAction]] | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.key = key
        self.settings = settings or Settings()
        self.model = RecordTableModel(services.lists, key, self)
        self.tables = self.model.spec.tables
        self._context_actions = context_actions or (lambda: [])
        self._extra_filters: dict[str, Any] = {}

        self.title = QLabel(title)
        self.title.setObjectName("paginatitel")
        self.count_label = QLabel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("Lijst", "Zoeken in de zichtbare kolommen… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Lijst", "Zoeken"))
        self.filters: dict[str, QComboBox] = {}
        self._choices_filled = False
        filter_row = QHBoxLayout()
        for list_filter in self.model.spec.bar():
            combo = self._filter_combo(list_filter)
            self.filters[list_filter.name] = combo
            filter_row.addWidget(combo)
        self.extra_label = QLabel()
        self.extra_label.setObjectName("actievefilter")
        self.clear_button = QPushButton(translate("Lijst", "Wis filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filter_row.addWidget(self.extra_label)
        filter_row.addStretch(1)
        filter_row.addWidget(self.clear_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        spec = self.model.spec
        sort_index = [c.key for c in spec.columns].index(spec.default_sort)
        self.table.horizontalHeader().setSortIndicator(
            sort_index,
            Qt.SortOrder.DescendingOrder
            if spec.default_descending
            else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setAccessibleName(title)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        edit_key = QAction(self.table)
        edit_key.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.triggered.connect(self.edit_selected)
        self.table.addAction(edit_key)

        hidden = self.settings.hidden_columns(key)
        for i, col in enumerate(spec.columns):
            self.table.setColumnHidden(
                i, (col.key in hidden) if hidden is not None else not col.visible
            )

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.search)
        self.detail_tabs: QTabWidget | None = None
        self.splitter: QSplitter | None = None
        if detail and kinds.BY_KEY[key].form.related:
            self.splitter = QSplitter(Qt.Orientation.Vertical)
            self.splitter.setObjectName(f"splitter_{key}")
            self.splitter.addWidget(self.table)
            self.detail_tabs = QTabWidget()
            self.splitter.addWidget(self.detail_tabs)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            saved = self.settings.geometry(f"splitter_{key}")
            if saved is not None:
                self.splitter.restoreState(saved)
            self.splitter.splitterMoved.connect(
                lambda *_a: self.settings.set_geometry(f"splitter_{key}", self.splitter.saveState())
            )  # type: ignore[union-attr]
            layout.addWidget(self.splitter, 1)
        else:
            layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_typed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        # The first page is fetched (and the columns sized to it) when the page is first
        # shown: a window with eleven lists starts without querying the ten it does not show.
        self._dirty = True
        self._widths_restored = False
        header.sectionResized.connect(lambda *_a: self._save_widths_later())
        self._width_timer = QTimer(self)
        self._width_timer.setSingleShot(True)
        self._width_timer.setInterval(400)
        self._width_timer.timeout.connect(self._save_widths)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())

    # --- filters ---------------------------------------------------------------------------

    def _filter_combo(self, list_filter: ListFilter) -> QComboBox:
        combo = QComboBox()
        all_text = _tr(list_filter.all_text or "")
        combo.setAccessibleName(all_text)
        combo.addItem(all_text, None)  # the choices come when the list is first needed
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        short = list_filter.name in ("jaar", "o", "status", "soort")
        combo.setMinimumContentsLength(9 if short else 14)
        combo.setMaximumWidth(260)
        combo.currentIndexChanged.connect(lambda _i: self.apply_query())
        return combo

    def _fill_choices(self, combo: QComboBox, list_filter: ListFilter) -> None:
        if list_filter.choices is not None:
            for choice in list_filter.choices(self.services.reference):
                combo.addItem(choice_text(choice), choice.key)

    def _ensure_choices(self) -> None:
        """Fill the filter bar's choices (werkplaatsen, years, gemeenten, partners...) the
        first time the list is shown or filtered: the window starts without asking the
        database for the choices of eleven lists it does not show."""
        if self._choices_filled:
            return
        self._choices_filled = True
        for name, combo in self.filters.items():
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            self._fill_choices(combo, self.model.spec.filter(name))
            combo.blockSignals(False)

    def current_filters(self) -> dict[str, Any]:
        filters = dict(self._extra_filters)
        for name, combo in self.filters.items():
            if combo.currentData() is not None:
                filters[name] = combo.currentData()
        return filters

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Show the list with exactly these filters (e.g. from a dashboard click)."""
        self._ensure_choices()
        extra = {}
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
        for name, value in filters.items():
            found = self.filters.get(name)
            index = found.findData(value) if found is not None else -1
            if found is not None and index >= 0:
                found.setCurrentIndex(index)
            else:
                extra[name] = value
        for combo in self.filters.values():
            combo.blockSignals(False)
        self._extra_filters = extra
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_query()

    def clear_filters(self) -> None:
        self.set_filters({})

    def _describe_extra(self) -> str:
        """The filters set by a click elsewhere (not in the filter bar), named."""
        spec, parts = self.model.spec, []
        for name, value in self._extra_filters.items():
            list_filter = spec.filter(name)
            label = _tr(list_filter.label)
            if list_filter.flag:
                parts.append(label)
            else:
                parts.append(f"{label}: " + list_filter.value_text(
                    value, self.services.reference, choice_text))
        return (
            translate("Lijst", "Ook gefilterd op: %1").replace("%1", ", ".join(parts))
            if parts
            else ""
        )

    # --- query and refresh --------------------------------------------------------------------

    def visible_columns(self) -> tuple[str, ...]:
        return tuple(
            c.key for i, c in enumerate(self.model.spec.columns) if not self.table.isColumnHidden(i)
        )

    def apply_query(self) -> None:
        self._dirty = False
        q = self.model.query
        self.model.set_query(
            ListQuery(
                search=self.search.text(),
                search_columns=self.visible_columns(),
                filters=self.current_filters(),
                sort=q.sort,
                descending=q.descending,
            )
        )
        self.extra_label.setText(self._describe_extra())
        self.clear_button.setEnabled(bool(self.current_filters()) or bool(self.search.text()))
        self._update_count()

    def _search_typed(self) -> None:
        """The search box has been quiet for a moment: search (or later, when not shown)."""
        if self.isVisible():
            self.apply_query()
        else:
            self._dirty = True

    def set_services(self, services: Services) -> None:
        self.services = services
        self.model.lists = services.lists
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._choices_filled = False  # another file: its own choices, when next needed
        if self.isVisible():
            self._ensure_choices()
        self._extra_filters = {}
        # a new query from the (reset) widgets: the old one names records of the old file
        if self.isVisible():
            self.apply_query()
        else:
            self.model.forget()
            self._dirty = True

    def refresh(self) -> None:
        self._dirty = False
        selected = self.selected_ids()
        self.model.refresh()
        self._update_count()
        self.select_ids(selected)

    def on_change(self, change: Change) -> None:
        """A change touched this list's tables: refresh now when shown, otherwise when next
        shown (cheap with many pages)."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_choices()
        if self._dirty:
            self.apply_query()
        if not self._widths_restored:
            self._restore_widths()
            self._widths_restored = True  # from now on a width is the user's choice
        super().showEvent(event)

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            translate("Lijst", "%1 rijen").replace("%1", fmt_int(total))
        )

    # --- selection and actions ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _defaults(self) -> dict[str, Any]:
        """A new record starts in the werkplaats the list is filtered on."""
        wp = self.current_filters().get("werkplaats_id")
        if wp is None:
            options = self.services.reference.options("werkplaats")
            wp = options[0].key if len(options) == 1 else None
        fields = {fs.name for fs in kinds.BY_KEY[self.key].form.fields}
        defaults = {"werkplaats_id": wp} if wp is not None and "werkplaats_id" in fields else {}
        if "jaar" in fields and self.current_filters().get("jaar"):
            defaults["jaar"] = self.current_filters()["jaar"]
        return defaults

    def new_record(self) -> RecordDialog:
        dialog = RecordDialog(self.services, self.key, defaults=self._defaults(), parent=self)
        if dialog.exec() and dialog.saved is not None:
            # the list was refreshed by the change itself (on_change)
            self.select_ids([dialog.saved.id])  # type: ignore[list-item]
        return dialog

    def edit_selected(self) -> RecordDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        record = self.services.records(self.key).get(ids[0])
        dialog = RecordDialog(self.services, self.key, record, parent=self)
        dialog.exec()
        return dialog

    def delete_selected(self) -> bool:
        return confirm_and_delete(self, self.services, self.key, self.selected_ids())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- detail pane ----------------------------------------------------------------------------

    def _show_detail(self) -> None:
        if self.detail_tabs is None:
            return
        ids = self.selected_ids()
        current = self.detail_tabs.currentIndex()
        self.detail_tabs.clear()
        if len(ids) != 1:
            return
        record = self.services.records(self.key).get(ids[0])
        for rs in kinds.BY_KEY[self.key].form.related:
            self.detail_tabs.addTab(
                RelatedList(self.services, rs, record, self), translate("Formulier", rs.title)
            )
        self.detail_tabs.setCurrentIndex(max(current, 0))

    # --- columns ---------------------------------------------------------------------------------

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for i, col in enumerate(self.model.spec.columns):
            action = menu.addAction(translate("Kolom", col.label))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, index=i: self.set_column_visible(index, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.table.setColumnHidden(index, not visible)
        hidden = [
            c.key for i, c in enumerate(self.model.spec.columns) if self.table.isColumnHidden(i)
        ]
        self.settings.set_hidden_columns(self.key, hidden)
        if self.search.text():
            self.apply_query()

    def _restore_widths(self) -> None:
        widths = self.settings.column_widths(self.key)
        header = self.table.horizontalHeader()
        if not widths:
            # from the first 50 rows: asking every cell of a 200-row page costs a tenth of a
            # second per list and gives the same widths for lists like these
            header.setResizeContentsPrecision(50)
            self.table.resizeColumnsToContents()
        shown = [i for i in range(header.count()) if not self.table.isColumnHidden(i)]
        for i, col in enumerate(self.model.spec.columns):
            if shown and i == shown[-1] and header.stretchLastSection():
                continue  # the last column fills what the others leave
            width = widths.get(col.key) or min(max(header.sectionSize(i) + 12, 60), 340)
            header.resizeSection(i, width)

    def _save_widths_later(self) -> None:
        """Only widths of a list that has been shown: before that the sections only change
        because the window lays out hidden pages (the last one stretches)."""
        if self._widths_restored:
            self._width_timer.start()

    def _save_widths(self) -> None:
        header = self.table.horizontalHeader()
        self.settings.set_column_widths(
            self.key,
            {
                c.key: header.sectionSize(i)
                for i, c in enumerate(self.model.spec.columns)
                if not self.table.isColumnHidden(i)
            },
        )

    def _row_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self._context_actions():
            menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def record_actions(self) -> RecordActions:
        return self
