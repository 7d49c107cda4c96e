"""Mijn werkplaats instellen: the short guided setup of a new file (from the welcome page, or
Bestand > Mijn werkplaats instellen… while the file has no werkplaats of its own).

Three questions: the werkplaats (typed into, with completion from the national code list and
the werkplaatsen already in the file; a name that is on neither becomes a new werkplaats), its
penvoerder hogeschool (free text, with completion) and its provincie (filled in from the
national list, changeable). What the typed name will become is said under the field while
typing. Everything is done by one call, ``services.info.start_own_werkplaats`` (one
transaction, one undo step); its Dutch messages appear under the fields they are about and
nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.validation import FieldError, ValidationError
from werkplaats_desktop.services import Services
from werkplaats_desktop.services.info import SetupOption
from werkplaats_desktop.ui.i18n import error_text
from werkplaats_desktop.ui.mnemonics import label_widgets

#: the fields of ``start_own_werkplaats``'s messages -> the question they are about
FIELD_OF_ERROR = {"code": "werkplaats", "naam": "werkplaats", "provincie_code": "provincie",
                  "penvoerder": "penvoerder"}


def _typed_combo(items: list[str]) -> QComboBox:
    """A box to type into, with a completer that finds any part of a name; what is typed
    stays what it is (a new name is allowed)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(items)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(40)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


class SetupDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.choices = services.info.setup_choices()
        #: the werkplaats's id once the setup is done
        self.werkplaats_id: int | None = None
        self._suggested: dict[str, str] = {"penvoerder": "", "provincie": ""}
        #: a new name like one of the list, confirmed by pressing Instellen a second time
        self._confirmed_new = ""
        self.setWindowTitle(self.tr("Mijn werkplaats instellen"))
        self.setObjectName("instellen")

        intro = QLabel(self.tr(
            "Van welke werkplaats is dit bestand? Typ een deel van de naam en kies uw werkplaats "
            "uit de landelijke lijst, of typ de naam van een nieuwe werkplaats."))
        intro.setWordWrap(True)

        self.werkplaats = _typed_combo([o.naam for o in self.choices.werkplaatsen])
        werkplaats_line = self.werkplaats.lineEdit()
        assert werkplaats_line is not None
        werkplaats_line.setPlaceholderText(self.tr("Bijvoorbeeld: Utrecht"))
        self.werkplaats.editTextChanged.connect(self._werkplaats_typed)
        self.reading = QLabel()
        self.reading.setObjectName("veldbijschrift")
        self.reading.setWordWrap(True)
        # two lines kept free: the dialog does not jump while typing
        self.reading.setMinimumHeight(2 * self.reading.fontMetrics().lineSpacing() + 2)
        self.reading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.penvoerder = _typed_combo(self.choices.penvoerders)
        penvoerder_line = self.penvoerder.lineEdit()
        assert penvoerder_line is not None
        penvoerder_line.setPlaceholderText(self.tr("De hogeschool die penvoerder is"))

        self.provincie = QComboBox()
        self.provincie.addItem("—", None)
        for choice in services.reference.provincies():
            self.provincie.addItem(choice.label, choice.key)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels: list[QLabel] = []
        for key, text, widget, extra in (
                ("werkplaats", self.tr("Werkplaats"), self.werkplaats, self.reading),
                ("penvoerder", self.tr("Penvoerder (hogeschool)"), self.penvoerder, None),
                ("provincie", self.tr("Provincie"), self.provincie, None)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text)
            labels.append(label)
            error = QLabel()
            error.setObjectName("foutmelding")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            if extra is not None:
                box.addWidget(extra)
            box.addWidget(error)
            form.addRow(label, holder)
        self.reading.setAccessibleName(self.tr("Wat er met deze naam gebeurt"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        self.ok_button, self.cancel_button = ok, cancel
        ok.setText(self.tr("&Instellen"))
        ok.setAccessibleName(self.tr("Instellen"))
        ok.setDefault(True)
        cancel.setText(self.tr("&Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        label_widgets(labels, [ok, cancel])
        buttons.accepted.connect(self.set_up)
        buttons.rejected.connect(self.reject)

        note = QLabel(self.tr(
            "Daarna legt u projecten, activiteiten en partners vast. Wat u hier kiest, kunt u "
            "later wijzigen onder Werkplaats; Bewerken > Ongedaan maken draait het in één keer "
            "terug."))
        note.setObjectName("veldbijschrift")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        hint = self.sizeHint()
        self.resize(max(640, hint.width()), hint.height() + 40)  # room for a message
        self._werkplaats_typed("")
        self.werkplaats.setFocus()

    # --- while typing -----------------------------------------------------------------------

    def chosen(self) -> SetupOption | None:
        """The werkplaats of the list the typed name means (None: a new one)."""
        return self.choices.reading(self.werkplaats.currentText())

    def _werkplaats_typed(self, text: str) -> None:
        option = self.choices.reading(text)
        self.errors["werkplaats"].hide()  # a message about what was there before
        if not text.strip():
            self.reading.setText(self.tr(
                "De landelijke lijst heeft %1 werkplaatsen.").replace(
                "%1", str(sum(1 for o in self.choices.werkplaatsen if o.code))))
        elif option is not None and option.code:
            self.reading.setText(self.tr("Uit de landelijke lijst (code %1).")
                                 .replace("%1", option.code))
        elif option is not None:
            self.reading.setText(self.tr("Deze werkplaats staat al in dit bestand."))
        else:
            near = self.choices.near(text)
            said = self.tr("Nieuwe werkplaats: staat niet in de landelijke lijst.")
            if near:
                said += " " + self.tr("Bedoelt u %1? Kies die dan uit de lijst.").replace(
                    "%1", " / ".join(o.naam for o in near[:2]))
            self.reading.setText(said)
        self._suggest(option)

    def _suggest(self, option: SetupOption | None) -> None:
        """Fill in the penvoerder and provincie of the werkplaats chosen, unless the user
        changed them."""
        penvoerder = option.penvoerder if option is not None else ""
        if self.penvoerder.currentText().strip() in ("", self._suggested["penvoerder"]):
            self.penvoerder.setEditText(penvoerder)
            self._suggested["penvoerder"] = penvoerder
        provincie = (option.provincie_code or "") if option is not None else ""
        current = self.provincie.currentData() or ""
        if current in ("", self._suggested["provincie"]):
            index = self.provincie.findData(provincie) if provincie else 0
            self.provincie.setCurrentIndex(max(index, 0))
            self._suggested["provincie"] = provincie

    # --- doing it ---------------------------------------------------------------------------

    def set_up(self) -> bool:
        """One call into the core; its messages under the fields, or done."""
        self.show_errors([])
        typed = self.werkplaats.currentText().strip()
        option = self.chosen()
        near = self.choices.near(typed) if option is None else []
        if near and typed != self._confirmed_new:
            # "Zwoll" + Enter: not silently a new werkplaats beside Wmo-werkplaats Zwolle
            self._confirmed_new = typed
            self._show_message("werkplaats", self.tr(
                "Kies de werkplaats uit de lijst, of kies nogmaals Instellen voor een nieuwe "
                "werkplaats met de naam '%1'.").replace("%1", typed))
            self.werkplaats.setFocus()
            return False
        try:
            self.werkplaats_id = self.services.info.start_own_werkplaats(
                option.code if option is not None else None,
                option.naam if option is not None else typed,
                self.penvoerder.currentText().strip() or None,
                self.provincie.currentData())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        self.accept()
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        first: QWidget | None = None
        for err in errors:
            key = FIELD_OF_ERROR.get(err.field, "werkplaats")
            label = self.errors[key]
            label.setText((label.text() + "\n" if label.text() else "") + error_text(err))
            label.show()
            widget = {"werkplaats": self.werkplaats, "penvoerder": self.penvoerder,
                      "provincie": self.provincie}[key]
            first = first or widget
        if first is not None:
            self._fit()
            first.setFocus()

    def _show_message(self, key: str, text: str) -> None:
        label = self.errors[key]
        label.setText(text)
        label.show()
        self._fit()

    def _fit(self) -> None:
        """As tall as the messages shown need (never clipped)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def error_messages(self) -> dict[str, str]:
        """The messages shown per question (for tests and accessibility tools)."""
        return {key: label.text() for key, label in self.errors.items() if not label.isHidden()}
