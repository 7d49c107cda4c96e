"""Input widgets for the record forms. Each field turns its widget's state into a value of
the record (``value()``) and back (``set_value()``), and tells the form when it changed.

Text is parsed leniently the way people type in the Netherlands: dates as ``4-3-2011`` or
``2011-03-04``, amounts as ``1.234,56`` or ``1234.56``. A field that cannot read what was typed
raises :class:`FieldInputError` with a Dutch message, shown under the field like any other
validation message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
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

from werkplaats_desktop.domain import dates
from werkplaats_desktop.domain.enums import LabeledEnum
from werkplaats_desktop.services.choices import Choice
from werkplaats_desktop.ui.i18n import choice_text, translate


class FieldInputError(ValueError):
    """What was typed cannot be read (the message is Dutch)."""


class Field(QObject):
    changed = Signal()

    def __init__(self, widget: QWidget):
        super().__init__()
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


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


class NumberField(TextInput):
    """A whole number (optionally empty): years, counts, reach."""

    def __init__(self, optional: bool = True, placeholder: str = ""):
        super().__init__(placeholder=placeholder)
        self.optional = optional
        self.widget.setMaximumWidth(140)

    def value(self) -> int | None:
        text = self.text().strip().replace(".", "")
        if not text:
            return None if self.optional else 0
        if not re.fullmatch(r"-?\d+", text):
            raise FieldInputError(translate("Formulier", "Vul een heel getal in."))
        return int(text)


class DecimalField(TextInput):
    """An amount with at most two decimals; Dutch (1.234,56) or plain (1234.56) notation."""

    def __init__(self, optional: bool = True):
        super().__init__(placeholder="0,00")
        self.optional = optional
        self.widget.setMaximumWidth(160)

    def value(self) -> Decimal | None:
        text = self.text().strip().replace("€", "").replace(" ", "")
        if not text:
            return None if self.optional else Decimal("0")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            return Decimal(text)
        except InvalidOperation as exc:
            raise FieldInputError(
                translate("Formulier", "Vul een bedrag in, bijvoorbeeld 1.250,50.")
            ) from exc

    def set_value(self, value: Any) -> None:
        if value is None:
            self.set_text("")
        else:
            # Dutch notation with thousands separators: 185.714,29
            text = f"{Decimal(value):,.2f}"
            self.set_text(text.replace(",", " ").replace(".", ",").replace(" ", "."))


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
    """One choice from a list (an enum, reference data, or records), typed to search."""

    def __init__(self, choices: Sequence[Choice], optional: bool = True):
        combo = QComboBox()
        combo.setEditable(len(choices) > 12)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        super().__init__(combo)
        self.optional = optional
        if optional:
            combo.addItem("—", None)
        for c in choices:
            combo.addItem(choice_text(c), c.key)
        if combo.isEditable():
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        if combo.isEditable():
            text = combo.currentText().strip()
            if not text or text == "—":
                return None
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
            if index < 0:
                raise FieldInputError(translate("Formulier", "Kies een waarde uit de lijst."))
            return combo.itemData(index)
        return combo.currentData()

    def set_value(self, value: Any) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        key = value.value if isinstance(value, Enum) else value
        index = combo.findData(key)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if self.optional:
            combo.addItem("—", None)
        for c in choices:
            combo.addItem(choice_text(c), c.key)
        combo.blockSignals(False)
        self.set_value(current)


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
        needle = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

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
        return self.list


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
        who = ChoiceField(self.choices, optional=False)
        who.set_value(key)
        what = EnumField(self.role_enum)
        if role is not None:
            what.set_value(role)
        who.changed.connect(self.changed.emit)
        what.changed.connect(self.changed.emit)
        self.table.setCellWidget(row, 0, who.widget)
        self.table.setCellWidget(row, 1, what.widget)
        self._fields = getattr(self, "_fields", [])
        self._fields.insert(row, (who, what))
        self.changed.emit()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._fields[row]
            self.changed.emit()

    def value(self) -> list[Any]:
        return [
            self.make_item(who.value(), what.value()) for who, what in getattr(self, "_fields", [])
        ]

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        self._fields = []
        for item in value or []:
            self._add_row(getattr(item, self.key_attr), item.rol)
