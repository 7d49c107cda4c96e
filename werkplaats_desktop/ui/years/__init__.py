"""Year status and completeness in the window: the page "Aanlevering" (who delivered what) and
Extra > Jaar afsluiten… / Jaar heropenen… (the work is ``services.years``; the page reads
``services.completeness``)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Host
from werkplaats_desktop.ui.years.dialog import CLOSE, REOPEN, YearStatusDialog
from werkplaats_desktop.ui.years.page import CompletenessPage


class YearsFeature(QObject):
    def __init__(self, host: Host):
        window = host.widget()
        super().__init__(window)
        self._host = weakref.ref(host)
        #: the page, once it is made (when it is first shown)
        self.page: CompletenessPage | None = None
        host.add_page("aanlevering", self._make_page, translate("Navigatie", "Aanlevering"))
        menu = host.menu("extra")
        menu.addSeparator()
        self.close_action = QAction(translate("Jaarstatus", "Jaar &afsluiten…"), window)
        self.close_action.setStatusTip(translate(
            "Jaarstatus", "Zet een jaar op ingediend of definitief: dan is het alleen-lezen"))
        self.close_action.triggered.connect(lambda: self.ask(CLOSE))
        self.reopen_action = QAction(translate("Jaarstatus", "Jaar &heropenen…"), window)
        self.reopen_action.setStatusTip(translate(
            "Jaarstatus", "Zet een afgesloten jaar terug op concept (met reden in het logboek)"))
        self.reopen_action.triggered.connect(lambda: self.ask(REOPEN))
        menu.addAction(self.close_action)
        menu.addAction(self.reopen_action)

    def _make_page(self) -> CompletenessPage:
        host = self._host()
        assert host is not None  # (the window makes its pages)
        self.page = CompletenessPage(host.services, self.ask)
        return self.page

    def ask(self, mode: str, werkplaats_id: int | None = None, jaar: int | None = None) -> bool:
        """Open the dialog (tests replace ``exec``); True when the status changed."""
        host = self._host()
        if host is None:
            return False
        if werkplaats_id is None and jaar is None and self.page is not None:
            werkplaats_id, jaar = self.page.selected()
        dialog = YearStatusDialog(host.services, mode, host.widget(), werkplaats_id, jaar)
        self.last_dialog = dialog
        return self.show(dialog) == QDialog.DialogCode.Accepted

    def show(self, dialog: YearStatusDialog) -> int:
        return dialog.exec()


def install(host: Host) -> YearsFeature:
    return YearsFeature(host)
