"""The form to create or edit one record, and the confirmation before a delete.

Enter saves (Ctrl+Enter inside a multi-line text), Esc cancels; closing with unsaved changes
asks first. The service validates; its Dutch messages appear under the fields they are about,
and the record stays unsaved until it is right.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.validation import FIELD_LABELS, FieldError, ValidationError
from werkplaats_desktop.services import Services, catalog
from werkplaats_desktop.services.lists import ListQuery
from werkplaats_desktop.services.records import ConflictError, NotFound
from werkplaats_desktop.ui import kinds
from werkplaats_desktop.ui.forms.fields import (
    ChoiceField,
    DecimalField,
    Field,
    FieldInputError,
    NumberField,
)
from werkplaats_desktop.ui.forms.spec import GROUPS, FormContext, RelatedSpec
from werkplaats_desktop.ui.i18n import aantal, error_text, translate
from werkplaats_desktop.ui.mnemonics import label_widgets
from werkplaats_desktop.ui.server import ask_reload
from werkplaats_desktop.ui.table_model import RecordTableModel


def _tr(text: str) -> str:
    return translate("Formulier", text)


class RecordDialog(QDialog):
    def __init__(
        self,
        services: Services,
        key: str,
        record: m.Record | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.key = key
        ui_kind = kinds.BY_KEY[key]
        self.spec = ui_kind.form
        self.service = services.records(key)
        base = record if record is not None else self.spec.new_record()
        if defaults:
            base = dataclasses.replace(base, **defaults)
        self.record: m.Record = base
        is_new = record is None or record.id is None
        given = set(defaults or {})
        self.saved: m.Record | None = None
        self.dirty = False
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(_tr(ui_kind.edit_title if record is not None and record.id
                                else ui_kind.new_title))
        self.setObjectName(f"formulier_{key}")

        self.summary = QLabel()
        self.summary.setObjectName("foutmelding")
        self.summary.setWordWrap(True)
        self.summary.hide()
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        ctx = FormContext(services, self.record)
        group_row: QHBoxLayout | None = None
        group_name: str | None = None
        labels: list[QLabel] = []
        for fs in self.spec.fields:
            field = fs.make(ctx)
            label_text = translate("Veld", fs.label or FIELD_LABELS.get(fs.name, fs.name))
            value = getattr(self.record, fs.name)
            if is_new and fs.required and fs.name not in given and isinstance(
                    field, ChoiceField | DecimalField | NumberField):
                value = None  # a required choice or amount is the user's: never guessed
            field.set_value(value)
            field.widget.setAccessibleName(label_text)
            field.focus_widget().setAccessibleName(label_text)
            field.changed.connect(self._mark_dirty)
            error = QLabel()
            error.setObjectName("foutmelding")
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if fs.group is not None:
                # several fields on one row, each with a small caption above it
                caption = QLabel(label_text + (" *" if fs.required else ""))
                caption.setObjectName("veldbijschrift")
                caption.setBuddy(field.focus_widget())
                labels.append(caption)
                box.addWidget(caption)
            box.addWidget(field.widget)
            box.addWidget(error)
            box.addStretch(1)
            if fs.group is None:
                group_row, group_name = None, None
                label = QLabel(label_text + (" *" if fs.required else ""))
                label.setBuddy(field.focus_widget())
                labels.append(label)
                form.addRow(label, holder)
            else:
                if fs.group != group_name:
                    group_row, group_name = QHBoxLayout(), fs.group
                    group_row.setContentsMargins(0, 0, 0, 0)
                    row_widget = QWidget()
                    row_widget.setLayout(group_row)
                    group_row.addStretch(1)
                    form.addRow(QLabel(_tr(GROUPS[fs.group])), row_widget)
                assert group_row is not None
                group_row.insertWidget(group_row.count() - 1, holder)
            self.fields[fs.name] = field
            self.errors[fs.name] = error
            field.problem.connect(lambda text, name=fs.name: self.show_problem(name, text))
        for dep in self.spec.dependencies:
            source, target = self.fields[dep.source], self.fields[dep.target]
            source.changed.connect(
                lambda s=source, t=target, d=dep: self._update_dependency(ctx, d, s, t)
            )
            if dep.initial:
                self._update_dependency(ctx, dep, source, target)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body: QWidget = scroll
        self.related: list[RelatedList] = []
        if self.spec.related:
            tabs = QTabWidget()
            tabs.addTab(scroll, translate("Formulier", "Gegevens"))
            for rs in self.spec.related:
                related = RelatedList(services, rs, self.record, self)
                self.related.append(related)
                index = tabs.addTab(related, translate("Formulier", rs.title))
                if self.record.id is None:
                    tabs.setTabEnabled(index, False)
                    tabs.setTabToolTip(index, translate("Formulier", "Sla eerst de gegevens op."))
            body = tabs

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # Alt+S: the O's field keeps its only letter
        self.save_button.setText(translate("Formulier", "Op&slaan"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("Formulier", "&Annuleren"))
        label_widgets(labels, [self.save_button, self.cancel_button])
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        #: why this form only shows the record, or None when it may be changed: a shared
        #: database's login that may only read (role landelijk), or a record of another
        #: werkplaats (its rights); asked before anything can be typed
        self.read_only_reason: str | None = None
        if services.db.login_reads_only:
            self.read_only_reason = services.db.reads_only_reason()
        elif not is_new and services.db.is_server:
            refused = self.service.refusal([self.record.id])  # type: ignore[list-item]
            if refused is not None:
                self.read_only_reason = error_text(refused)
        self.reads_only = self.read_only_reason is not None
        self.banner = QLabel()
        self.banner.setObjectName("voorbeeldbanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        if self.read_only_reason is not None:
            for field in self.fields.values():
                field.set_read_only()
            self.save_button.hide()
            self.save_button.setEnabled(False)
            self.cancel_button.setText(translate("Formulier", "&Sluiten"))
            self.banner.setText(translate("Formulier", "Alleen lezen: %1")
                                .replace("%1", self.read_only_reason))
            self.banner.show()
            self.setWindowTitle(translate("Formulier", "%1 (alleen lezen)")
                                .replace("%1", self.windowTitle()))

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        rows = len({fs.group or fs.name for fs in self.spec.fields})
        # fits a 1280x720 screen with its taskbar: longer forms scroll
        self.resize(760, min(620, 170 + 46 * rows))
        # the focus starts in the first field the user has to fill (not one given by the list)
        first = next((self.fields[fs.name] for fs in self.spec.fields if fs.name not in given),
                     self.fields[self.spec.fields[0].name])
        first.focus_widget().setFocus()

    # --- editing -----------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self.dirty = True

    def _update_dependency(self, ctx: FormContext, dep: Any, source: Field, target: Field) -> None:
        try:
            value = source.value()
        except FieldInputError:
            return
        dep.update(ctx, value, target)

    def show_problem(self, name: str, text: str) -> None:
        """What is wrong with a field the user just left (empty: nothing, hide it)."""
        label = self.errors[name]
        label.setText(text)
        label.setVisible(bool(text))
        # a wrapped message asks its rows for the height of all its lines: the form's
        # layout does not ask a word-wrapped label itself, and cut it off (seen by a user)
        holder = label.parentWidget()
        width = max(label.width(), holder.width() if holder is not None else 0, 200)
        label.setMinimumHeight(label.heightForWidth(width) if text else 0)

    def _read(self) -> tuple[dict[str, Any], list[FieldError]]:
        """What the form holds, and the fields whose input cannot be read."""
        values, problems = {}, []
        for name, field in self.fields.items():
            try:
                values[name] = field.value()
            except FieldInputError as exc:
                problems.append(FieldError(name, str(exc)))
        return values, problems

    def values(self) -> dict[str, Any]:
        """What the form holds; raises ValidationError for input that cannot be read."""
        values, problems = self._read()
        if problems:
            raise ValidationError(problems)
        return values

    def save(self) -> bool:
        if self.read_only_reason is not None:  # (Ctrl+Enter): there is no button; say why
            QMessageBox.information(self, self.windowTitle(), self.read_only_reason)
            return False
        self.show_errors([])
        values, unreadable = self._read()
        if unreadable:
            # everything at once: the fields that cannot be read, and what the record's rules
            # say about the others (a missing title was said only after the gemeente was fixed)
            bad = {p.field for p in unreadable}
            rest = self.service.problems(dataclasses.replace(self.record, **values))
            self.show_errors([*unreadable, *(p for p in rest if p.field not in bad)])
            return False
        try:
            record = dataclasses.replace(self.record, **values)
            if record.id is None:
                saved = self.service.create(record)
            else:
                saved = self.service.update(record)
        except ConflictError as exc:  # someone else saved first (a shared database)
            self.show_errors(exc.errors)
            if ask_reload(self):
                self.reload(exc.current)
            return False
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except NotFound as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.saved = saved
        self.record = saved
        self.dirty = False
        self.accept()
        return True

    def reload(self, stored: m.Record) -> None:
        """Show the stored record (after a conflict): its values in every field, its version
        for the next save."""
        self.record = stored
        for name, field in self.fields.items():
            field.set_value(getattr(stored, name))
        self.show_errors([])
        self.dirty = False

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        for name in self.errors:
            self.show_problem(name, "")
        general: list[str] = []
        first: Field | None = None
        for err in errors:
            text = error_text(err)
            shown = self.errors.get(err.field)
            if shown is None:
                general.append(text)
                continue
            self.show_problem(err.field,
                              (shown.text() + "\n" if shown.isVisible() else "") + text)
            first = first or self.fields[err.field]
        if errors:
            # what the user can mend (a field) is counted; a refusal that is not about a
            # field (the rights of a shared database, someone else's save) is said as it is,
            # not as a "point to improve"
            count = len(errors) - len(general)
            heading = [translate("Formulier", "Niet opgeslagen: %1 om te verbeteren.").replace(
                "%1", aantal(count, "punt"))] if count else [
                translate("Formulier", "Niet opgeslagen.")]
            self.summary.setText("\n".join(heading + general))
            self.summary.show()
        else:
            self.summary.hide()
        if first is not None:
            first.focus_widget().setFocus()

    def error_messages(self) -> dict[str, str]:
        """Shown messages per field (for tests and accessibility tools)."""
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}

    # --- leaving ------------------------------------------------------------------------------

    def _may_leave(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            translate(
                "Formulier", "Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._may_leave():
            self.dirty = False
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() == QDialog.DialogCode.Accepted or self._may_leave():
            event.accept()
        else:
            event.ignore()


class RelatedList(QWidget):
    """The records of one kind that belong to the record in the form (with add/edit/delete)."""

    def __init__(
        self,
        services: Services,
        spec: RelatedSpec,
        parent_record: m.Record,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.spec = spec
        self.parent_record = parent_record
        self.model = RecordTableModel(services.lists, spec.key, self)
        if parent_record.id is not None:
            self.model.set_query(ListQuery(filters={spec.filter: parent_record.id}))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("Formulier", spec.title))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        for i, col in enumerate(self.model.spec.columns):
            self.table.setColumnHidden(i, not col.visible)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(translate("Formulier", "Nieuw…"))
        edit = QPushButton(translate("Formulier", "Bewerken…"))
        remove = QPushButton(translate("Formulier", "Verwijderen…"))
        title = translate("Formulier", spec.title)
        for button in (add, edit, remove):  # "Nieuw (Bijdragen)": which list it acts on
            button.setAccessibleName(f"{button.text().rstrip('…')} ({title})")
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        remove.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for b in (add, edit, remove):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def add(self) -> None:
        defaults = {
            self.spec.parent_field: self.parent_record.id,
            **self.spec.defaults(self.parent_record),
        }
        fields = {fs.name for fs in kinds.BY_KEY[self.spec.key].form.fields}
        if "werkplaats_id" in fields and defaults.get("werkplaats_id") is None:
            own = self.services.info.eigen_werkplaats_id()  # else the user chooses
            if own is not None:
                defaults["werkplaats_id"] = own
        dialog = RecordDialog(self.services, self.spec.key, defaults=defaults, parent=self)
        if dialog.exec():
            self.model.refresh()

    def edit(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        record = self.services.records(self.spec.key).get(ids[0])
        if RecordDialog(self.services, self.spec.key, record, parent=self).exec():
            self.model.refresh()

    def remove(self) -> None:
        if confirm_and_delete(self, self.services, self.spec.key, self.selected_ids()):
            self.model.refresh()


def impact_text(services: Services, key: str, ids: Sequence[int]) -> tuple[str, bool]:
    """The question to ask before deleting ``ids``, and whether the delete is possible."""
    svc = services.records(key)
    impact = svc.impact_many(ids)
    if len(ids) == 1:
        what = svc.describe(svc.get(ids[0]))
        question = translate("Formulier", "Wilt u %1 verwijderen?").replace("%1", what)
    else:
        question = (
            translate("Formulier", "Wilt u deze %1 %2 verwijderen?")
            .replace("%1", str(len(ids)))
            .replace("%2", translate("Tabel", svc.d.plural))
        )

    def listing(counts: dict[str, int]) -> str:
        return ", ".join(
            f"{n} {translate('Tabel', catalog.table_label(t))}" for t, n in sorted(counts.items())
        )

    lines = [question]
    if impact.is_blocked:
        lines.append(
            translate("Formulier", "Dit kan niet: nog in gebruik bij %1.").replace(
                "%1", listing(impact.blocking)
            )
        )
        return "\n\n".join(lines), False
    also = impact.records_deleted()
    if also:
        lines.append(
            translate("Formulier", "Daarmee worden ook verwijderd: %1.").replace(
                "%1", listing(also)
            )
        )
    if impact.unlinked:
        lines.append(
            translate("Formulier", "De koppeling vervalt bij: %1 (die blijven bestaan).").replace(
                "%1", listing(impact.unlinked)
            )
        )
    lines.append(translate("Formulier", "U kunt dit ongedaan maken met Ctrl+Z."))
    return "\n\n".join(lines), True


def confirm_and_delete(parent: QWidget, services: Services, key: str, ids: Sequence[int]) -> bool:
    if not ids:
        return False
    text, possible = impact_text(services, key, ids)
    if not possible:
        QMessageBox.information(parent, translate("Formulier", "Verwijderen"), text)
        return False
    answer = QMessageBox.question(
        parent,
        translate("Formulier", "Verwijderen"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        services.records(key).delete_many(ids)
    except ValidationError as exc:  # e.g. the shared database's rights: in the UI's language
        QMessageBox.warning(parent, translate("Formulier", "Verwijderen"),
                            "\n".join(error_text(e) for e in exc.errors))
        return False
    except NotFound as exc:
        QMessageBox.warning(parent, translate("Formulier", "Verwijderen"), str(exc))
        return False
    return True
