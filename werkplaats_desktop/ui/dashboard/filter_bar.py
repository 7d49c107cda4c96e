"""The filter bar of the Overzicht: years, werkplaats(en), theme, O, partner type, what output
counts (activities or products) and the hourly rate that values partner hours."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import (
    DEFAULT_UURTARIEF,
    DashboardFilter,
)
from werkplaats_desktop.ui.i18n import aantal, enum_label, reference_label
from werkplaats_desktop.ui.settings import Settings


class ChecklistMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several (a click or Space
    or Enter on a tickable entry toggles it; Escape or a click outside closes the menu)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if (event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and action is not None and action.isCheckable() and action.isEnabled()):
            action.trigger()
            return
        super().keyPressEvent(event)


def _combo(min_chars: int = 12) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    return combo


class FilterBar(QWidget):
    """Emits ``changed`` when a filter changes; :meth:`filter`, :meth:`output_kind` and
    :meth:`rate` give the current choice."""

    changed = Signal()
    #: only the choice between activities and products changed (no new figures needed)
    kindChanged = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 output_choices: bool = True):
        """``output_choices``: also "output tellen als", the hourly rate and the report button
        (the Overzicht); without them (the Draaitabel) the filters take one row."""
        super().__init__(parent)
        self.services = services
        self.jaar_van = _combo(6)
        self.jaar_tot = _combo(6)
        self.werkplaatsen = QToolButton()
        self.werkplaatsen.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.werkplaatsen.setMinimumWidth(130)
        self.werkplaats_menu = ChecklistMenu(self.werkplaatsen)
        self.werkplaatsen.setMenu(self.werkplaats_menu)
        # narrow enough for a 1280 px window (a long name is cut off in the box only)
        self.thema = _combo(10)
        self.o = _combo(7)
        self.partner_type = _combo(9)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("activiteiten"), "activiteit")
        self.kind.addItem(self.tr("producten"), "product")
        self.uurtarief = QDoubleSpinBox()
        self.uurtarief.setPrefix("€ ")
        self.uurtarief.setRange(0, 1000)
        self.uurtarief.setDecimals(2)
        self.uurtarief.setSingleStep(5)
        self.uurtarief.setToolTip(self.tr("Waarde van een uur dat een partner inbrengt, voor de "
                                          "cofinanciering. Wordt onthouden."))
        self.uurtarief.setValue(float(Settings().uurtarief(DEFAULT_UURTARIEF)))
        self.reset = QPushButton(self.tr("Filters wissen"))
        self.report = QPushButton(self.tr("Jaarrapportage…"))
        for widget, name in ((self.jaar_van, self.tr("Vanaf jaar")),
                             (self.jaar_tot, self.tr("Tot en met jaar")),
                             (self.werkplaatsen, self.tr("Werkplaatsen")),
                             (self.thema, self.tr("Thema")), (self.o, self.tr("O")),
                             (self.partner_type, self.tr("Partnertype")),
                             (self.kind, self.tr("Output tellen als")),
                             (self.uurtarief, self.tr("Uurtarief partneruren"))):
            widget.setAccessibleName(name)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        # every label leads to its field (Alt + its letter)
        labels = {name: QLabel(text) for name, text in (
            ("jaren", self.tr("Jaren:")), ("tm", self.tr("t/m")), ("thema", self.tr("Thema:")),
            ("o", self.tr("O:")), ("partnertype", self.tr("Partnertype:")),
            ("kind", self.tr("Output tellen als:")),
            ("uurtarief", self.tr("Uurtarief partneruren:")))}
        for name, field in (("jaren", self.jaar_van), ("tm", self.jaar_tot),
                            ("thema", self.thema), ("o", self.o),
                            ("partnertype", self.partner_type), ("kind", self.kind),
                            ("uurtarief", self.uurtarief)):
            labels[name].setBuddy(field)
        from werkplaats_desktop.ui.mnemonics import label_widgets

        label_widgets(list(labels.values()))
        row1 = QHBoxLayout()
        row1.addWidget(labels["jaren"])
        row1.addWidget(self.jaar_van)
        row1.addWidget(labels["tm"])
        row1.addWidget(self.jaar_tot)
        row1.addSpacing(10)
        row1.addWidget(self.werkplaatsen)
        row1.addSpacing(10)
        row1.addWidget(labels["thema"])
        row1.addWidget(self.thema, 1)
        row1.addWidget(labels["o"])
        row1.addWidget(self.o)
        row1.addWidget(labels["partnertype"])
        row1.addWidget(self.partner_type)
        grid.addLayout(row1, 0, 0)
        if output_choices:
            row2 = QHBoxLayout()
            row2.addWidget(labels["kind"])
            row2.addWidget(self.kind)
            row2.addSpacing(10)
            row2.addWidget(labels["uurtarief"])
            row2.addWidget(self.uurtarief)
            row2.addStretch(1)
            row2.addWidget(self.reset)
            row2.addWidget(self.report)
            grid.addLayout(row2, 1, 0)
        else:  # the page places "Filters wissen" itself
            for hidden in (self.kind, self.uurtarief, self.report, labels["kind"],
                           labels["uurtarief"]):
                hidden.hide()

        self.reload_choices()
        for combo in (self.jaar_van, self.jaar_tot, self.thema, self.o, self.partner_type):
            combo.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.kindChanged)
        self.uurtarief.valueChanged.connect(self._rate_changed)
        self.reset.clicked.connect(self.clear)

    # --- choices -----------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Fill the lists from the database, keeping what was chosen where it still exists."""
        keep = (self.jaar_van.currentData(), self.jaar_tot.currentData(),
                self.thema.currentData(), self.o.currentData(), self.partner_type.currentData(),
                set(self.werkplaats_ids()))
        combos = (self.jaar_van, self.jaar_tot, self.thema, self.o, self.partner_type)
        for combo in combos:
            combo.blockSignals(True)
        years = self.services.dashboard.years()
        for combo in (self.jaar_van, self.jaar_tot):
            combo.clear()
            combo.addItem(self.tr("alle"), None)
            for y in years:
                combo.addItem(str(y), y)
        self.thema.clear()
        self.thema.addItem(self.tr("Alle thema's"), None)
        for c in self.services.reference.themas():
            self.thema.addItem(c.label, c.key)
        self.o.clear()
        self.o.addItem(self.tr("Alle O's"), None)
        for o in O:
            self.o.addItem(enum_label(o), o.value)
        self.partner_type.clear()
        self.partner_type.addItem(self.tr("Alle partnertypes"), None)
        for c in self.services.reference.partner_types():
            self.partner_type.addItem(reference_label(c.label), c.key)
        for combo, value in zip(combos, keep[:5], strict=True):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        self.werkplaats_menu.clear()
        everything = QAction(self.tr("Alle werkplaatsen"), self.werkplaats_menu)
        everything.triggered.connect(self._all_werkplaatsen)
        self.werkplaats_menu.addAction(everything)
        self.werkplaats_menu.addSeparator()
        for c in self.services.reference.options("werkplaats"):
            action = QAction(c.label, self.werkplaats_menu)
            action.setCheckable(True)
            action.setChecked(c.key in keep[5])
            action.setData(c.key)
            action.toggled.connect(self._werkplaatsen_changed)
            self.werkplaats_menu.addAction(action)
        for combo in combos:
            combo.blockSignals(False)
        self._label_werkplaatsen()

    def _werkplaats_actions(self) -> list[QAction]:
        return [a for a in self.werkplaats_menu.actions() if a.isCheckable()]

    def werkplaats_ids(self) -> list[int]:
        return [int(a.data()) for a in self._werkplaats_actions() if a.isChecked()]

    def set_werkplaats_ids(self, ids: list[int]) -> None:
        for a in self._werkplaats_actions():
            a.blockSignals(True)
            a.setChecked(int(a.data()) in ids)
            a.blockSignals(False)
        self._werkplaatsen_changed()

    def _all_werkplaatsen(self) -> None:
        self.set_werkplaats_ids([])

    def _werkplaatsen_changed(self) -> None:
        self._label_werkplaatsen()
        self.changed.emit()

    def _label_werkplaatsen(self) -> None:
        chosen = [a.text() for a in self._werkplaats_actions() if a.isChecked()]
        if not chosen:
            text = self.tr("Alle werkplaatsen")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = aantal(len(chosen), "werkplaats")
        self.werkplaatsen.setText(self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, 220))
        self.werkplaatsen.setToolTip("\n".join(chosen) or text)

    def _rate_changed(self) -> None:
        Settings().set_uurtarief(Decimal(f"{self.uurtarief.value():.2f}"))
        self.changed.emit()

    def clear(self) -> None:
        for combo in (self.jaar_van, self.jaar_tot, self.thema, self.o, self.partner_type):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.set_werkplaats_ids([])

    # --- the choice ----------------------------------------------------------------------------

    def filter(self) -> DashboardFilter:
        van, tot = self.jaar_van.currentData(), self.jaar_tot.currentData()
        if van is not None and tot is not None and van > tot:
            van, tot = tot, van
        return DashboardFilter(jaar_van=van, jaar_tot=tot,
                               werkplaats_ids=tuple(self.werkplaats_ids()),
                               thema_id=self.thema.currentData(), o=self.o.currentData(),
                               partner_type=self.partner_type.currentData())

    def output_kind(self) -> str:
        return str(self.kind.currentData())

    def rate(self) -> Decimal:
        return Decimal(f"{self.uurtarief.value():.2f}")
