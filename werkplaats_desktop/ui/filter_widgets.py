"""The widgets of a list's filter bar: one value (typed into, with a completer, when the list of
choices is long) or several values (a checklist in the drop-down).

Which filter takes several values is said once, by its :class:`ListFilter` (``multi``, in
``services/lists``); the list page only picks the widget. ``value()`` is None (no filter), one
key, or a list of keys; ``changed`` says the user changed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget
from shiboken6 import isValid

from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.services.choices import Choice
from werkplaats_desktop.ui.i18n import choice_text, translate

#: a filter with more choices than this can be typed into (gemeenten, partners)
TYPE_INTO = 15
_KEY = Qt.ItemDataRole.UserRole


class ChoiceFilter(QComboBox):
    """One value, or "Alle ..." (None). Long lists are typed into: any part of a name finds
    it, and leaving the box takes the unique match (or goes back to the value it had)."""

    changed = Signal()

    def __init__(self, all_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.all_text = all_text
        self.setAccessibleName(all_text)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(all_text, None)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, choices: Sequence[Choice]) -> None:
        current = self.value()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for choice in choices:
            self.addItem(choice_text(choice), choice.key)
        editable = len(choices) > TYPE_INTO
        if editable != self.isEditable():
            self.setEditable(editable)
            if editable:
                completer = QCompleter(self.model(), self)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                self.setCompleter(completer)
                line = self.lineEdit()
                assert line is not None  # an editable box has one
                line.setPlaceholderText(self.all_text)
                self.setItemText(0, "")  # "Alle ..." is the placeholder: typing replaces it
                line.editingFinished.connect(self._settle)
                completer.activated.connect(lambda _t: self._settle())
                from werkplaats_desktop.ui.forms.fields import LeaveFilter

                self._leaving = LeaveFilter(self._settle)
                self.installEventFilter(self._leaving)
        self.set_value(current)
        self.blockSignals(False)

    def _settle(self) -> None:
        if not isValid(self):
            return
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()
        text = fold(self.currentText())
        if not text or text == fold(self.all_text):
            self.setEditText("")
            self.setCurrentIndex(0)
            return
        names = [(i, fold(self.itemText(i))) for i in range(1, self.count())]
        found = ([i for i, n in names if n == text] or [i for i, n in names if n.startswith(text)]
                 or [i for i, n in names if text in n])
        index = found[0] if len(found) == 1 else self.currentIndex()
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> bool:
        """Show ``value`` (None: all); False when it is not one of the choices."""
        index = 0 if value is None else self.findData(value)
        self.setCurrentIndex(max(index, 0))
        if self.isEditable():
            self.setEditText(self.itemText(max(index, 0)))
        return index >= 0


class MultiFilter(QComboBox):
    """Several values: the drop-down is a checklist that stays open while the user ticks
    (mouse, or Space on the current entry; Enter closes). The box says what is chosen
    ("2014, 2015" or "3 thema's"); its first entry "Alle ..." clears the choice."""

    changed = Signal()

    def __init__(self, all_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.all_text = all_text
        self.setAccessibleName(all_text)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.items.appendRow(QStandardItem(all_text))
        # the box always shows its summary (row 0), whatever Enter left highlighted
        self.currentIndexChanged.connect(lambda i: self.setCurrentIndex(0) if i else None)
        self._ticks = _PopupKeys(self)
        self.view().viewport().installEventFilter(self._ticks)
        self.view().installEventFilter(self._ticks)
        self._summarize()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        current = self.value() or []
        # the box's own signals are held, not the model's: a view that is not told about
        # the new rows shows a drop-down one row high (seen by a user of the lists)
        self.blockSignals(True)
        self.items.removeRows(1, self.items.rowCount() - 1)
        items = []
        for choice in choices:
            item = QStandardItem(choice_text(choice))
            item.setData(choice.key, _KEY)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            items.append(item)
        for item in items:
            self.items.appendRow(item)
        self.blockSignals(False)
        self._set(current, emit=False)

    def _entries(self) -> list[QStandardItem]:
        return [self.items.item(i) for i in range(1, self.items.rowCount())]

    def value(self) -> list[Any] | None:
        chosen = [i.data(_KEY) for i in self._entries()
                  if i.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked]
        return chosen or None

    def set_value(self, value: Any) -> bool:
        """Tick ``value`` (one key or several; None: all). False when one is not a choice."""
        wanted = [] if value is None else list(value) if isinstance(value, list | tuple | set) \
            else [value]
        return self._set(wanted, emit=False)

    def _set(self, wanted: list[Any], emit: bool) -> bool:
        keys = {i.data(_KEY) for i in self._entries()}
        for item in self._entries():
            on = item.data(_KEY) in wanted
            item.setData(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)
        self._summarize()
        if emit:
            self.changed.emit()
        return all(w in keys for w in wanted)

    def toggle(self, row: int) -> None:
        """Tick or untick entry ``row`` of the drop-down (row 0, "Alle ...", clears all)."""
        if row <= 0:
            self._set([], emit=True)
            return
        item = self.items.item(row)
        on = item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        item.setData(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked,
                     Qt.ItemDataRole.CheckStateRole)
        self._summarize()
        self.changed.emit()

    def _summarize(self) -> None:
        chosen = [i.text() for i in self._entries()
                  if i.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked]
        if not chosen:
            text = self.all_text
        elif len(chosen) <= 2:
            text = ", ".join(chosen)
        else:
            text = translate("Lijst", "%1 gekozen").replace("%1", str(len(chosen)))
        self.items.item(0).setText(text)
        self.setCurrentIndex(0)
        self.setToolTip("; ".join(chosen))


class _PopupKeys(QObject):
    """Keeps a :class:`MultiFilter`'s drop-down open while ticking (click or Space)."""

    def __init__(self, box: MultiFilter):
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress) \
                or not isValid(self.box):  # the box is being destroyed
            return False
        view = self.box.view()
        if event.type() == QEvent.Type.MouseButtonRelease and watched is view.viewport():
            index: QModelIndex = view.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
            if index.isValid():
                self.box.toggle(index.row())
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Space:
            self.box.toggle(view.currentIndex().row())
            return True
        return False
