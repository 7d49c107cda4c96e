"""A page with one list of records: filters, a search over the visible columns, the table,
and the actions on it (new, edit, delete, bulk edit). Column choice and widths are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.services import Services, catalog
from werkplaats_desktop.services.lists import ListFilter, ListQuery
from werkplaats_desktop.store import Change
from werkplaats_desktop.ui import kinds
from werkplaats_desktop.ui.filter_widgets import ChoiceFilter, MultiFilter
from werkplaats_desktop.ui.forms.dialog import RecordDialog, RelatedList, confirm_and_delete
from werkplaats_desktop.ui.i18n import aantal, choice_text, translate
from werkplaats_desktop.ui.page import Page, RecordActions
from werkplaats_desktop.ui.settings import Settings
from werkplaats_desktop.ui.table_model import RecordTableModel
from werkplaats_desktop.ui.widgets import ElidedLabel

SEARCH_DELAY_MS = 150


def _tr(text: str) -> str:
    return translate("Lijst", text)


def _one(value: Any) -> Any:
    """The single value of a filter (a filter with several values names none)."""
    if isinstance(value, list | tuple):
        return value[0] if len(value) == 1 else None
    return value


#: widths for a list first shown without rows, by kind of column (pixels)
EMPTY_WIDTHS = {"text": 260, "reference": 180}


class ListPage(Page):
    """The page of one kind of record (``key``): its list, filters, search and actions.

    ``context_actions`` gives the actions its rows' context menu offers (the window's
    Nieuw/Bewerken/Verwijderen/Bulk, with their shortcuts).

    After every change made here the user sees what happened: the saved record alone is
    selected and scrolled into view, :attr:`status` says what was saved (the window shows it
    in its status bar), and a record the filters hide is named above the list with a button
    that clears them. An empty list says what it holds and offers "Nieuw ..."."""

    #: a sentence for the status bar: what was just saved or changed
    status = Signal(str)

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
        # what the page shows: its list and, with a detail pane, the related lists in it
        self.tables = self.model.spec.tables
        if detail:
            self.tables = self.tables.union(*(
                catalog.BY_KEY[rs.key].listing.tables for rs in kinds.BY_KEY[key].form.related))
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
        self.filters: dict[str, ChoiceFilter | MultiFilter] = {}
        filter_row = QHBoxLayout()
        for list_filter in self.model.spec.bar():
            combo = self._filter_combo(list_filter)
            self.filters[list_filter.name] = combo
            filter_row.addWidget(combo)
        # a filter set elsewhere (a chart's drill-down), named; elided, never wider than the
        # window (the whole text is its tooltip)
        self.extra_label = ElidedLabel()
        self.extra_label.setObjectName("actievefilter")
        self.clear_button = QPushButton(translate("Lijst", "Wis filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filter_row.addWidget(self.extra_label, 1)  # the room the filters leave, elided
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
        layout.addLayout(self._action_row())
        layout.addLayout(filter_row)
        layout.addWidget(self.search)
        self.notice = Notice(self)
        self.notice.clear_button.clicked.connect(self._clear_and_show_saved)
        layout.addWidget(self.notice)
        self.empty = EmptyState(self)
        self.empty.new_button.clicked.connect(self.new_record)
        self.empty.clear_button.clicked.connect(self.clear_filters)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.detail_tabs: QTabWidget | None = None
        self.splitter: QSplitter | None = None
        if detail and kinds.BY_KEY[key].form.related:
            self.splitter = QSplitter(Qt.Orientation.Vertical)
            self.splitter.setObjectName(f"splitter_{key}")
            self.splitter.addWidget(self.body)
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
            layout.addWidget(self.body, 1)
        self._saved_id: int | None = None
        self._choices_dirty = True  # filled when first shown or filtered

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
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # --- filters ---------------------------------------------------------------------------

    def _filter_combo(self, list_filter: ListFilter) -> ChoiceFilter | MultiFilter:
        all_text = _tr(list_filter.all_text or "")
        # the choices come when the list is first shown or filtered (_refill_choices): the
        # window starts without asking for the choices of eleven lists it does not show
        combo = MultiFilter(all_text) if list_filter.multi else ChoiceFilter(all_text)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # narrow enough that six filters and the buttons fit a 1280 px wide window; a long
        # name is cut off in the box and shown whole in its list and tooltip
        short = list_filter.name in ("jaar", "o", "status", "soort")
        combo.setMinimumContentsLength(6 if short else 12)
        combo.setMaximumWidth(260)
        combo.changed.connect(self.apply_query)
        return combo

    def _fill_choices(self, combo: ChoiceFilter | MultiFilter, list_filter: ListFilter) -> None:
        combo.blockSignals(True)
        combo.set_choices(list_filter.choices(self.services.reference)
                          if list_filter.choices is not None else [])
        combo.blockSignals(False)

    def current_filters(self) -> dict[str, Any]:
        filters = dict(self._extra_filters)
        for name, combo in self.filters.items():
            if combo.value() is not None:
                filters[name] = combo.value()
        return filters

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Show the list with exactly these filters (e.g. from a dashboard click)."""
        if self._choices_dirty:
            self._refill_choices()
        extra = {}
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.set_value(None)
        for name, value in filters.items():
            found = self.filters.get(name)
            if found is None or not found.set_value(value):
                if found is not None:
                    found.set_value(None)
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
        self.clear_button.setEnabled(self._filtered())
        self.notice.hide()
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
            combo.set_value(None)
            combo.blockSignals(False)
        self._choices_dirty = True  # another file: its own choices, when next needed
        self._update_buttons()  # (a read-only login writes nothing)
        if self.isVisible():
            self._refill_choices()
        self._extra_filters = {}
        # a new query from the (reset) widgets: the old one names records of the old file
        if self.isVisible():
            self.apply_query()
        else:
            self.model.forget()
            self._dirty = True
        # nothing of the old file stays in the pane below (a lector saw its bijdragen there)
        self.table.clearSelection()
        self._show_detail()

    def _refill_choices(self) -> None:
        """The filter bar's choices anew, keeping what is chosen."""
        self._choices_dirty = False
        for name, combo in self.filters.items():
            value = combo.value()
            self._fill_choices(combo, self.model.spec.filter(name))
            combo.blockSignals(True)
            combo.set_value(value)
            combo.blockSignals(False)

    def refresh(self) -> None:
        self._dirty = False
        selected = self.selected_ids()
        self.model.refresh()
        self._update_count()
        self.select_ids(selected, locate=False)

    def on_change(self, change: Change) -> None:
        """A change touched this list's tables: refresh now when shown, otherwise when next
        shown (cheap with many pages). The filters' choices follow too (a new werkplaats)."""
        self._choices_dirty = True
        if self.isVisible():
            self._refill_choices()
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._choices_dirty:
            self._refill_choices()
        if self._dirty:
            self.apply_query()
        if not self._widths_restored:
            self._restore_widths()
            self._widths_restored = True  # from now on a width is the user's choice
        super().showEvent(event)

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            aantal(total, "rij")
        )
        self.empty.show_for(self.key, self._filtered())
        self.body.setCurrentWidget(self.empty if total == 0 else self.table)

    def _filtered(self) -> bool:
        return bool(self.current_filters()) or bool(self.search.text().strip())

    # --- selection and actions ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: list[int], locate: bool = True) -> None:
        """Add these records to the selection (``locate``: also those on pages not read yet,
        asked of the database)."""
        selection = self.table.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id) if locate else self.model.loaded_row_of(record_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def show_record(self, record_id: int) -> bool:
        """Select this record alone and scroll it into view; False when the list's filters
        or search hide it."""
        row = self.model.row_of(record_id)
        selection = self.table.selectionModel()
        selection.clearSelection()
        if row is None:
            return False
        index = self.model.index(row, self._first_visible_column())
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _first_visible_column(self) -> int:
        return next((i for i in range(self.model.columnCount())
                     if not self.table.isColumnHidden(i)), 0)

    def show_saved(self, record: m.Record) -> None:
        """After a save: the record alone selected and in view, the status bar says so, and a
        record the filters hide is named with a button that clears them."""
        assert record.id is not None
        title = str(getattr(record, catalog.BY_KEY[self.key].title) or "").strip()
        title = title if len(title) <= 60 else title[:57] + "…"
        self.status.emit(translate("Lijst", "Opgeslagen: '%1'.").replace("%1", title))
        if self.show_record(record.id):
            self.notice.hide()
            self._saved_id = None
        else:
            self._saved_id = record.id
            self.notice.say(translate(
                "Lijst", "'%1' is opgeslagen, maar valt buiten de filters of de zoekterm van "
                "deze lijst.").replace("%1", title))

    def _clear_and_show_saved(self) -> None:
        saved, self._saved_id = self._saved_id, None
        self.clear_filters()
        if saved is not None:
            self.show_record(saved)
        self.table.setFocus()

    def report_bulk(self, ids: list[int], changed: int) -> None:
        """After a bulk edit: how many records changed, and how many the filters now hide."""
        hidden = len(set(ids) - self.services.lists.shown(self.key, self.model.query, ids))
        text = translate("Lijst", "%1 gewijzigd.").replace("%1", aantal(changed, "rij"))
        self.status.emit(text)
        if hidden:
            self.notice.say(text + " " + translate(
                "Lijst", "%1 daarvan vallen nu buiten de filters van deze lijst.").replace(
                    "%1", fmt_int(hidden)))
        else:
            self.notice.say(text, clear=False)
        self.select_ids(ids, locate=False)

    def _defaults(self) -> dict[str, Any]:
        """What a new record starts with: the werkplaats the list is filtered on (one), else
        the file's own werkplaats, else none (the user chooses; never the first in the list);
        the year the list is filtered on."""
        filters = self.current_filters()
        fields = {fs.name for fs in kinds.BY_KEY[self.key].form.fields}
        defaults: dict[str, Any] = {}
        if "werkplaats_id" in fields:
            wp = _one(filters.get("werkplaats_id"))
            if wp is None:
                wp = self.services.info.eigen_werkplaats_id()
            if wp is not None:
                defaults["werkplaats_id"] = wp
        if "jaar" in fields and _one(filters.get("jaar")) is not None:
            defaults["jaar"] = _one(filters["jaar"])
        return defaults

    def new_record(self) -> RecordDialog:
        dialog = RecordDialog(self.services, self.key, defaults=self._defaults(), parent=self)
        if dialog.exec() and dialog.saved is not None:
            # the list was refreshed by the change itself (on_change)
            self.show_saved(dialog.saved)
        return dialog

    def edit_selected(self) -> RecordDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        record = self.services.records(self.key).get(ids[0])
        dialog = RecordDialog(self.services, self.key, record, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.show_saved(dialog.saved)
        return dialog

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not confirm_and_delete(self, self.services, self.key, ids):
            return False
        self.status.emit(translate("Lijst", "%1 verwijderd (Ctrl+Z maakt het ongedaan).")
                         .replace("%1", aantal(len(ids), "rij")))
        return True

    # --- buttons ---------------------------------------------------------------------------------

    def _action_row(self) -> QHBoxLayout:
        """Nieuw / Bewerken / Verwijderen (and Bulk bewerken) as buttons above the list: the
        window's actions, with their shortcuts in the tooltips."""
        row = QHBoxLayout()
        ui_kind = kinds.BY_KEY[self.key]
        self.new_button = QPushButton(translate("Formulier", ui_kind.new_title) + "…")
        self.new_button.setObjectName("nieuwknop")
        self.edit_button = QPushButton(translate("Lijst", "Bewerken…"))
        self.delete_button = QPushButton(translate("Lijst", "Verwijderen…"))
        self.bulk_button = QPushButton(translate("Lijst", "Bulk bewerken…"))
        named = [(self.new_button, "Ctrl+N"), (self.edit_button, "F2"),
                 (self.delete_button, "Del"), (self.bulk_button, "Ctrl+B")]
        for button, keys in named:
            button.setAccessibleName(button.text().rstrip("…"))
            button.setToolTip(f"{button.text().rstrip('…')} ({keys})")
            row.addWidget(button)
        self.new_button.clicked.connect(lambda: self._trigger(0, self.new_record))
        self.edit_button.clicked.connect(lambda: self._trigger(1, self.edit_selected))
        self.delete_button.clicked.connect(lambda: self._trigger(2, self.delete_selected))
        self.bulk_button.clicked.connect(lambda: self._trigger(3, None))
        self.bulk_button.setVisible(bool(ui_kind.bulk))
        row.addStretch(1)
        return row

    def _trigger(self, at: int, own: Callable[[], object] | None) -> None:
        """The window's action ``at`` (so the menu, the shortcut and the button do the same),
        or this page's own method when the page stands alone."""
        actions = self._context_actions()
        if at < len(actions):
            actions[at].trigger()
        elif own is not None:
            own()

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        writes = not self.services.db.login_reads_only  # (a read-only login on a server)
        self.new_button.setEnabled(writes)
        self.edit_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen > 0 and writes)
        self.bulk_button.setEnabled(chosen > 0 and writes)

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
        # an empty list has only its headers to measure: names and titles would get the width
        # of the word "Titel" and keep it once rows come (a lector's lists stayed that way)
        empty = self.model.rowCount() == 0
        for i, col in enumerate(self.model.spec.columns):
            if shown and i == shown[-1] and header.stretchLastSection():
                continue  # the last column fills what the others leave
            measured = min(max(header.sectionSize(i) + 12, 60), 340)
            if empty:
                measured = max(measured, EMPTY_WIDTHS.get(col.kind, 0))
            header.resizeSection(i, widths.get(col.key) or measured)

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


class Notice(QFrame):
    """A message above a list about what just happened (a record the filters hide, a bulk
    edit), with a button that clears the filters; it goes with the next query."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("melding")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.clear_button = QPushButton(translate("Lijst", "Filters wissen"))
        self.clear_button.setAccessibleName(translate("Lijst", "Filters wissen"))
        close = QPushButton("×")
        close.setAccessibleName(translate("Lijst", "Melding sluiten"))
        close.setFlat(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.clear_button)
        row.addWidget(close)
        self.hide()

    def say(self, text: str, clear: bool = True) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self.clear_button.setVisible(clear)
        self.show()


class EmptyState(QWidget):
    """What an empty list shows: what it holds and "Nieuw ...", or, when filters or a search
    leave nothing, that and a button to clear them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("leegtitel")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.new_button = QPushButton()
        self.clear_button = QPushButton(translate("Lijst", "Filters wissen"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_for(self, key: str, filtered: bool) -> None:
        ui_kind = kinds.BY_KEY[key]
        plural = translate("Tabel", catalog.BY_KEY[key].plural)
        self.text.setText(translate("Navigatie", ui_kind.about))
        if filtered:
            self.title.setText(translate("Lijst", "Geen %1 bij deze filters of zoekterm.")
                               .replace("%1", plural))
        else:
            self.title.setText(translate("Lijst", "Er zijn nog geen %1.").replace("%1", plural))
        self.new_button.setText(translate("Formulier", ui_kind.new_title) + "…")
        self.new_button.setAccessibleName(translate("Formulier", ui_kind.new_title))
        self.clear_button.setVisible(filtered)
