"""Input widgets for the record forms. Each field turns its widget's state into a value of
the record (``value()``) and back (``set_value()``), and tells the form when it changed.

Text is read the way people type in the program's language (``domain/numbers.py``,
``domain/dates.py``): dates as ``4-3-2011`` or ``2011-03-04``, amounts as ``25.000`` or
``1.250,50`` in Dutch (``25,000`` / ``1,250.50`` in English); a number that could mean two
things is refused with both readings. A field that cannot read what was typed raises
:class:`FieldInputError` with the message, shown under the field like any other validation
message. A choice is only ever a value from its list: nothing is chosen until the user
chooses (``ChoiceField``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from werkplaats_desktop.domain import dates, numbers
from werkplaats_desktop.domain.enums import LabeledEnum
from werkplaats_desktop.domain.text import fold
from werkplaats_desktop.services.choices import Choice
from werkplaats_desktop.ui.i18n import choice_text, translate


class FieldInputError(ValueError):
    """What was typed cannot be read (the message is Dutch)."""


class Field(QObject):
    changed = Signal()
    #: what is wrong with the input, said when the user leaves the field ("" when nothing)
    problem = Signal(str)

    def __init__(self, widget: QWidget):
        super().__init__()
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget

    def set_read_only(self) -> None:
        """Shown, not changed (a record this login may not change): text stays readable and
        selectable (to copy), every way of changing the value is off, for every kind of field
        (text, numbers, dates, choices, lists, rows with buttons)."""
        for w in [self.widget, *self.widget.findChildren(QWidget)]:
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(True)
            elif isinstance(w, QComboBox | QAbstractButton | QAbstractItemView):
                w.setEnabled(False)


class TextInput(Field):
    """A field typed as text: plain text, or text read as a number, an amount or a date."""

    def __init__(self, multiline: bool = False, placeholder: str = ""):
        if multiline:
            edit: QWidget = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # type: ignore[attr-defined]
            edit.setMinimumHeight(70)
            edit.textChanged.connect(lambda: self.changed.emit())  # type: ignore[attr-defined]
        else:
            edit = QLineEdit()
            edit.textEdited.connect(lambda _t: self.changed.emit())  # type: ignore[attr-defined]
        if placeholder:
            edit.setPlaceholderText(placeholder)  # type: ignore[attr-defined]
        super().__init__(edit)
        self.multiline = multiline

    def text(self) -> str:
        w = self.widget
        return w.toPlainText() if self.multiline else w.text()  # type: ignore[attr-defined, no-any-return]

    def set_text(self, text: str) -> None:
        if self.multiline:
            self.widget.setPlainText(text)  # type: ignore[attr-defined]
        else:
            self.widget.setText(text)  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.set_text("" if value is None else str(value))


class TextField(TextInput):
    def value(self) -> str:
        return self.text()


def _number_error(exc: numbers.NumberError) -> FieldInputError:
    return FieldInputError(exc.format(translate))


class NumberField(TextInput):
    """A whole number (optionally empty). Counts and reach are grouped as the language
    writes them (1.250 in Dutch, 1,250 in English); years (``grouping=False``) are digits."""

    def __init__(self, optional: bool = True, placeholder: str = "", grouping: bool = True):
        super().__init__(placeholder=placeholder)
        self.optional = optional
        self.grouping = grouping
        self.widget.setMaximumWidth(140)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None if self.optional else 0
        if not self.grouping:
            if not re.fullmatch(r"-?\d+", text):
                raise FieldInputError(translate("Formulier", "Vul een heel getal in."))
            return int(text)
        try:
            return numbers.parse_count(text, numbers.program_language())
        except numbers.NumberError as exc:
            raise _number_error(exc) from exc

    def set_value(self, value: Any) -> None:
        if value is None or not self.grouping:
            super().set_value(value)
        else:
            self.set_text(numbers.fmt_int(value))


class DecimalField(TextInput):
    """An amount of euros (``1.250,50``) or of hours (``hours``: ``12,5``), as the program's
    language writes it; it shows a stored value the way it reads it back, so a record saved
    unchanged keeps its amount."""

    def __init__(self, optional: bool = True, hours: bool = False):
        super().__init__(placeholder="0" if hours else numbers.fmt_amount(0))
        self.optional = optional
        self.hours = hours
        self.widget.setMaximumWidth(160)

    def value(self) -> Decimal | None:
        text = self.text().strip()
        if not text:
            return None if self.optional else Decimal("0")
        parse = numbers.parse_hours if self.hours else numbers.parse_amount
        try:
            return parse(text, numbers.program_language())
        except numbers.NumberError as exc:
            raise _number_error(exc) from exc

    def set_value(self, value: Any) -> None:
        if value is None:
            self.set_text("")
        elif self.hours:
            self.set_text(numbers.fmt_hours(value))
        else:
            self.set_text(numbers.fmt_amount(value))


def parse_date(text: str) -> date | None:
    """A date as a Dutch user types it (``domain/dates.py``)."""
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        if exc.exists is False:
            raise FieldInputError(translate("Formulier", "Deze datum bestaat niet.")) from exc
        raise FieldInputError(
            translate("Formulier", "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011.")
        ) from exc


class DateField(TextInput):
    def __init__(self) -> None:
        super().__init__(placeholder=translate("Formulier", "dd-mm-jjjj"))
        self.widget.setMaximumWidth(160)

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, value: Any) -> None:
        self.set_text(value.strftime("%d-%m-%Y") if isinstance(value, date) else "")


class BoolField(Field):
    def __init__(self, text: str = ""):
        box = QCheckBox(text)
        super().__init__(box)
        box.toggled.connect(lambda _b: self.changed.emit())

    def value(self) -> bool:
        return self.widget.isChecked()  # type: ignore[attr-defined,no-any-return]

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))  # type: ignore[attr-defined]


class ChoiceField(Field):
    """One choice from a list (an enum, reference data, or records); a long list is typed
    into, with a completer that finds any part of a name.

    Nothing is chosen until the user chooses: a required choice starts empty ("Kies…"), an
    optional one at "—". Typed text is only ever a value from the list: on leaving the field
    a unique match is taken ("Wijdem" becomes Wijdemeren), anything else stays visible with
    a message under the field (:attr:`problem`) and is refused on save, never kept silently.
    """

    def __init__(self, choices: Sequence[Choice], optional: bool = True):
        combo = QComboBox()
        combo.setEditable(len(choices) > 12)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.setPlaceholderText(translate("Formulier", "Kies…"))
        super().__init__(combo)
        self.optional = optional
        self._fill(choices)
        if combo.isEditable():
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            line = combo.lineEdit()
            assert line is not None  # an editable box has one
            line.setPlaceholderText(translate("Formulier", "Typ om te zoeken…"))
            line.editingFinished.connect(self.settle)
            completer.activated.connect(lambda _text: self.settle())
            # leaving the box (Tab, a click elsewhere) settles it too; the line's own
            # editingFinished does not come when the completer's list is open
            self._leaving = LeaveFilter(self.settle)
            combo.installEventFilter(self._leaving)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    @property
    def combo(self) -> QComboBox:
        return self.widget  # type: ignore[return-value]

    def _fill(self, choices: Sequence[Choice]) -> None:
        combo = self.combo
        if self.optional:  # typed into: an empty line (its placeholder says what to do)
            combo.addItem("" if combo.isEditable() else "—", None)
        for c in choices:
            combo.addItem(choice_text(c), c.key)
        combo.setCurrentIndex(0 if self.optional else -1)

    def _matches(self, text: str) -> list[int]:
        """The entries ``text`` may mean: the one with exactly that name, else those that start
        with it, else those that contain it (names folded as everywhere: domain/text.fold)."""
        combo, needle = self.combo, fold(text)
        names = [(i, fold(combo.itemText(i))) for i in range(combo.count())
                 if combo.itemData(i) is not None]
        for test in (lambda n: n == needle, lambda n: n.startswith(needle),
                     lambda n: needle in n):
            found = [i for i, n in names if test(n)]
            if found:
                return found
        return []

    def settle(self) -> None:
        """Leaving a typed-into field: take the unique match, or say what is wrong."""
        combo = self.combo
        if not isValid(combo):
            return
        completer = combo.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()
        text = combo.currentText().strip()
        if not text or text == "—":
            combo.setCurrentIndex(0 if self.optional else -1)
            combo.setEditText("")
            self.problem.emit("")
            return
        found = self._matches(text)
        if len(found) == 1:
            if combo.currentIndex() != found[0]:
                combo.setCurrentIndex(found[0])
            combo.setEditText(combo.itemText(found[0]))
            self.problem.emit("")
        else:
            self.problem.emit(self._problem_text(text, len(found)))

    @staticmethod
    def _problem_text(text: str, matches: int) -> str:
        if matches:
            return translate("Formulier", "'%1' past bij %2 namen; kies er één uit de lijst.") \
                .replace("%1", text).replace("%2", str(matches))
        return translate("Formulier", "'%1' staat niet in de lijst; kies een waarde uit de "
                                      "lijst.").replace("%1", text)

    def value(self) -> Any:
        combo = self.combo
        if combo.isEditable():
            text = combo.currentText().strip()
            if not text or text == "—":
                return None
            index = combo.currentIndex()
            if index >= 0 and fold(combo.itemText(index)) == fold(text):
                return combo.itemData(index)
            found = self._matches(text)
            if len(found) == 1 and fold(combo.itemText(found[0])) == fold(text):
                return combo.itemData(found[0])
            raise FieldInputError(self._problem_text(text, len(found)))
        return combo.currentData() if combo.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        combo = self.combo
        key = value.value if isinstance(value, Enum) else value
        index = combo.findData(key) if key is not None else -1
        if index < 0:
            index = 0 if self.optional else -1
        combo.setCurrentIndex(index)
        if combo.isEditable() and index < 0:
            combo.setEditText("")

    def set_choices(self, choices: Sequence[Choice]) -> None:
        combo = self.combo
        current = combo.currentData() if combo.currentIndex() >= 0 else None
        combo.blockSignals(True)
        combo.clear()
        self._fill(choices)
        combo.blockSignals(False)
        self.set_value(current)

    def set_locked(self, locked: bool, why: str = "") -> None:
        """Not editable (its value follows from another field: a partner's provincie)."""
        self.combo.setEnabled(not locked)
        self.combo.setToolTip(why if locked else "")


def enum_choices(enum_cls: type[LabeledEnum]) -> list[Choice]:
    return [Choice(m.value, m.label, translatable=True) for m in enum_cls]


class EnumField(ChoiceField):
    def __init__(self, enum_cls: type[LabeledEnum], optional: bool = False):
        super().__init__(enum_choices(enum_cls), optional=optional)
        self.enum_cls = enum_cls

    def value(self) -> Enum | None:
        key = super().value()
        return None if key is None else self.enum_cls(key)


class MultiChoiceField(Field):
    """Several choices (themes, pilot gemeenten, projects...): a checkable list with a filter."""

    def __init__(self, choices: Sequence[Choice], height: int = 150):
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Formulier", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(height)
        # Space toggles the item the user sees as current, also when a filter hides others
        self._keys = _KeyFilter(self._key_in_list)
        self.list.installEventFilter(self._keys)
        self._filter_keys = _KeyFilter(self._key_in_filter)
        self.filter.installEventFilter(self._filter_keys)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("veldbijschrift")
        self._fill(choices)
        if len(choices) > 10:
            layout.addWidget(self.filter)
        else:
            self.filter.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        super().__init__(box)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self.changed.connect(self._summarize)
        self._summarize()

    def _summarize(self) -> None:
        chosen = [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.summary.setText(
            translate("Formulier", "Gekozen: %1").replace("%1", "; ".join(chosen))
            if chosen
            else translate("Formulier", "Nog niets gekozen.")
        )

    def _fill(self, choices: Sequence[Choice]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for c in choices:
            item = QListWidgetItem(choice_text(c))
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """New choices; what was checked and is still there stays checked."""
        checked = self.value()
        self._fill(choices)
        self.set_value(checked)
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            first = self._visible()
            if first:
                self.list.setCurrentItem(first[0])

    def _visible(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def _key_in_list(self, event: QKeyEvent) -> bool:
        """Space toggles the current visible item (Qt's own toggles a hidden current one)."""
        if event.key() != Qt.Key.Key_Space or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        item = self.list.currentItem()
        if item is None or item.isHidden():
            visible = self._visible()
            if not visible:
                return True
            item = visible[0]
            self.list.setCurrentItem(item)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        return True

    def _key_in_filter(self, event: QKeyEvent) -> bool:
        """Down (or Enter) in the filter goes to the first item it shows."""
        if event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        visible = self._visible()
        if visible:
            self.list.setCurrentItem(visible[0])
            self.list.setFocus()
        return True

    def value(self) -> list[Any]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        self.list.blockSignals(True)
        checked_first = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on:
                checked_first.append(i)
        self.list.blockSignals(False)
        self._summarize()
        if checked_first:
            self.list.scrollToItem(self.list.item(checked_first[0]))

    def focus_widget(self) -> QWidget:
        """Where the label's mnemonic leads: the filter when there is one, else the list."""
        return self.filter if not self.filter.isHidden() else self.list


class LeaveFilter(QObject):
    """Calls ``left`` when the watched widget loses the focus."""

    def __init__(self, left: Callable[[], None]):
        super().__init__()
        self.left = left

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left()
        return False


class _KeyFilter(QObject):
    """Hands a widget's key presses to ``handle`` first (True: handled)."""

    def __init__(self, handle: Callable[[QKeyEvent], bool]):
        super().__init__()
        self.handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle(event)
        return False


class PairListField(Field):
    """Rows of (a record, a role): partners on a project, a person's roles per werkplaats.

    ``make_item(key, role)`` builds the dataclass stored in the record's list."""

    def __init__(
        self,
        choices: Sequence[Choice],
        role_enum: type[LabeledEnum],
        make_item: Any,
        key_attr: str,
        first_header: str,
    ):
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([first_header, translate("Formulier", "Rol")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)  # Tab goes to the next field, not the next cell
        self.table.setAccessibleName(first_header)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Formulier", "Toevoegen"))
        self.remove_button = QPushButton(translate("Formulier", "Verwijderen"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter saves the form, it does not add a row
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        super().__init__(box)
        self.choices = list(choices)
        self.role_enum = role_enum
        self.make_item = make_item
        self.key_attr = key_attr
        self.add_button.clicked.connect(lambda: self._add_row(None, None))
        self.remove_button.clicked.connect(self._remove_row)

    def _add_row(self, key: Any, role: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        # a new row chooses nothing: the user picks the partner and the role
        who = ChoiceField(self.choices, optional=False)
        who.set_value(key)
        what = EnumField(self.role_enum)
        what.set_value(role)
        header = self.table.horizontalHeaderItem(0)
        who.widget.setAccessibleName(header.text() if header is not None else "")
        what.widget.setAccessibleName(translate("Formulier", "Rol"))
        who.changed.connect(self.changed.emit)
        what.changed.connect(self.changed.emit)
        self.table.setCellWidget(row, 0, who.widget)
        self.table.setCellWidget(row, 1, what.widget)
        self._fields = getattr(self, "_fields", [])
        self._fields.insert(row, (who, what))
        self.changed.emit()
        if key is None:
            who.widget.setFocus()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._fields[row]
            self.changed.emit()

    def value(self) -> list[Any]:
        items = []
        for who, what in getattr(self, "_fields", []):
            key, role = who.value(), what.value()
            if key is None or role is None:
                raise FieldInputError(translate(
                    "Formulier", "Kies in elke rij een naam en een rol, of verwijder de rij."))
            items.append(self.make_item(key, role))
        return items

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        self._fields = []
        for item in value or []:
            self._add_row(getattr(item, self.key_attr), item.rol)
