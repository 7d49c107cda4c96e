"""The report of an import: what was read, every problem with its place in the file, and the
partners that are possibly the same organisation, to merge with a tick."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.domain.numbers import fmt_int
from werkplaats_desktop.exchange.report import CUT_SHORT, FOUT, SHOWN, ImportReport, Merge
from werkplaats_desktop.ui.i18n import aantal, translate

#: the report keeps the first ``report.SHOWN`` problems in full and counts the rest per kind
#: and column (exchange/report.py); all of that is shown, so the dialog stays small and quick
#: however many problems a file has
MAX_SHOWN = SHOWN


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _item(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setToolTip(item.text())
    return item


class ReportDialog(QDialog):
    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        merge: Callable[[list[Merge]], int] | None = None,
    ):
        super().__init__(parent)
        self.report = report
        self.merge = merge
        self.setWindowTitle(self.tr("Verslag van de import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(report.summary_lines(translate)))
        self.summary.setObjectName("foutmelding" if report.refused else "samenvatting")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.problems = _table(
            [
                self.tr("Soort"),
                self.tr("Bestand"),
                self.tr("Rij"),
                self.tr("Kolom"),
                self.tr("Waarde"),
                self.tr("Reden"),
            ]
        )
        self.problems.setAccessibleName(self.tr("Problemen"))
        shown = list(report.problems[:MAX_SHOWN])
        groups = sorted(report.problems.overflow.values(), key=lambda o: -o.count)
        self.problems.setRowCount(len(shown) + len(groups))
        for row, p in enumerate(shown):
            kind = self.tr("Fout") if p.ernst == FOUT else self.tr("Waarschuwing")
            for col, value in enumerate(
                (kind, p.bestand, p.rij, p.kolom, p.waarde, p.format(translate))
            ):
                self.problems.setItem(row, col, _item(value))
        # beyond the first ones: one row per kind of problem and column, with its count
        for row, group in enumerate(groups, start=len(shown)):
            p = group.example
            kind = self.tr("Fout") if p.ernst == FOUT else self.tr("Waarschuwing")
            reason = self.tr("nog %1 keer, zoals in rij %2: %3").replace(
                "%1", fmt_int(group.count)).replace("%2", str(p.rij or "")).replace(
                "%3", p.format(translate))
            for col, value in enumerate((kind, p.bestand, "", p.kolom, None, reason)):
                item = _item(value)
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                self.problems.setItem(row, col, item)
        for col, width in enumerate((95, 140, 45, 120, 130)):
            self.problems.setColumnWidth(col, width)
        self.problems.setWordWrap(True)  # the reason is the column that matters: all of it
        total = report.problems.total
        if total:
            title = self.tr("Problemen (%1)").replace("%1", fmt_int(total))
            if groups:
                title += " — " + self.tr(
                    "de eerste %1 staan hier; de rest is geteld per soort en kolom"
                ).replace("%1", str(len(shown)))
            if report.cut_short:
                title += "<br>" + translate("Uitwisseling", CUT_SHORT).format(n=SHOWN)
            self.title = QLabel(f"<b>{title}</b>")
            self.title.setWordWrap(True)
            layout.addWidget(self.title)
            layout.addWidget(self.problems, 2)
        else:
            self.problems.hide()

        self.doubts = _table(
            [
                self.tr("Samenvoegen"),
                self.tr("Partner uit de export"),
                self.tr("Geëxporteerd door"),
                self.tr("Bestaande partner"),
                self.tr("Waarom"),
            ]
        )
        self.doubts.setAccessibleName(self.tr("Mogelijk dezelfde organisatie"))
        self.merge_button = QPushButton(self.tr("Aangevinkte samenvoegen"))
        self.merge_button.clicked.connect(self._merge)
        self.merged_label = QLabel()
        if report.written and report.twijfel and merge is not None:
            layout.addWidget(QLabel("<b>" + self.tr("Mogelijk dezelfde organisatie") + "</b>"))
            note = QLabel(
                self.tr(
                    "Deze partners lijken op een partner die er al is, maar zijn "
                    "apart ingelezen. Vink aan wat dezelfde organisatie is: ze "
                    "worden dan één partner (ongedaan te maken met Bewerken > "
                    "Ongedaan maken)."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            self.doubts.setRowCount(len(report.twijfel))
            for row, m in enumerate(report.twijfel):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Unchecked)
                self.doubts.setItem(row, 0, check)
                for col, value in enumerate(
                    (m.naam, m.bron, m.lokaal_naam, translate("Uitwisseling", m.reden)), start=1
                ):
                    self.doubts.setItem(row, col, _item(value))
            for col, width in enumerate((100, 200, 170, 200)):
                self.doubts.setColumnWidth(col, width)
            layout.addWidget(self.doubts, 1)
            row_layout = QHBoxLayout()
            row_layout.addWidget(self.merge_button)
            row_layout.addWidget(self.merged_label, 1)
            layout.addLayout(row_layout)
        else:
            self.doubts.hide()
            self.merge_button.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        copy = buttons.addButton(self.tr("Kopiëren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Het hele verslag als tekst naar het klembord"))
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(960, 560 if (report.problems.total or report.twijfel) else 220)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.problems.resizeRowsToContents()  # now that the columns have their real widths

    def checked(self) -> list[Merge]:
        return [
            self.report.twijfel[row]
            for row in range(self.doubts.rowCount())
            if (item := self.doubts.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
            and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def _merge(self) -> None:
        chosen = self.checked()
        if not chosen or self.merge is None:
            return
        count = self.merge(chosen)
        for row in range(self.doubts.rowCount()):
            if self.report.twijfel[row] in chosen:
                for col in range(self.doubts.columnCount()):
                    if (cell := self.doubts.item(row, col)) is not None:
                        cell.setFlags(Qt.ItemFlag.NoItemFlags)
        self.merged_label.setText(
            self.tr("%1 samengevoegd.").replace("%1", aantal(count, "partner")))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.text(translate))
