"""The first hour: the welcome page of a new file and the way to its setup.

When the window shows a file that is new (``services.info.needs_setup()``: no records at all,
not the demo), a welcome page covers the navigation and pages with two choices:

* **Begin met mijn werkplaats**: the short guided setup (``ui/setup_dialog.py``), then the
  Overzicht with the next steps (``ui/dashboard/empty_note.py``);
* **Bekijk het voorbeeld**: what Bestand > Voorbeelddatabase openen does (``FileActions``).

"Nu niet" (or choosing a page, e.g. Ctrl+1) shows the empty program. Bestand > Mijn werkplaats
instellen… reaches the setup later, as long as the file has no werkplaats of its own; it is
hidden once it has one and in the demo. Undoing the setup (one undo step) makes the file new
again: the welcome page comes back.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkplaats_desktop.store import Change, ChangeKind
from werkplaats_desktop.ui.file_actions import FileActions
from werkplaats_desktop.ui.i18n import translate
from werkplaats_desktop.ui.page import Host

if TYPE_CHECKING:
    from werkplaats_desktop.ui.dashboard.page import DashboardPage

#: what a change must touch to change whether the file has its own werkplaats
OWN_TABLES = frozenset({"meta", "werkplaats"})


class WelcomePage(QWidget):
    """What a new file shows first: the two choices, each with what it does."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welkom")
        title = QLabel(self.tr("Welkom bij Werkplaats Desktop"))
        title.setObjectName("paginatitel")
        intro = QLabel(self.tr(
            "Hier houdt u bij wat uw Wmo-werkplaats of Werkplaats Sociaal Domein doet: "
            "projecten, activiteiten in de vier O's, producten, partners en hun bijdragen. Het "
            "Overzicht telt ze per thema, jaar, provincie en gemeente. Alles staat in één "
            "bestand op deze computer; het programma werkt zonder internet."))
        intro.setWordWrap(True)
        self.file_label = QLabel()
        self.file_label.setObjectName("veldbijschrift")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.begin_button, begin = self._choice(
            self.tr("Begin met &mijn werkplaats"),
            self.tr("Kies uw werkplaats uit de landelijke lijst (of geef de naam van een nieuwe), "
                    "de hogeschool die penvoerder is en de provincie. Daarna legt u projecten en "
                    "activiteiten vast."))
        self.demo_button, demo = self._choice(
            self.tr("Bekijk het &voorbeeld"),
            self.tr("Open de voorbeelddatabase met de veertien Wmo-werkplaatsen uit 'Uit de "
                    "steigers' om rond te kijken. Uw eigen bestand blijft leeg; met Bestand > "
                    "Recente bestanden komt u er weer terug."))
        self.later_button = QPushButton(self.tr("&Nu niet"))
        self.later_button.setAccessibleName(self.tr("Nu niet"))
        self.later_button.setAccessibleDescription(self.tr("Naar het lege Overzicht"))
        later_text = QLabel(self.tr(
            "Later instellen kan ook: Bestand > Mijn werkplaats instellen. Maakt u een "
            "landelijk overzicht? Kies dan Nu niet en lees de exports van de werkplaatsen in "
            "(Bestand > Importeren)."))
        later_text.setObjectName("veldbijschrift")
        later_text.setWordWrap(True)
        later = QHBoxLayout()
        later.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignTop)
        later.addWidget(later_text, 1)

        column = QWidget()
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addWidget(self.file_label)
        inner.addSpacing(6)
        inner.addWidget(begin)
        inner.addWidget(demo)
        inner.addSpacing(6)
        inner.addLayout(later)
        inner.addStretch(1)
        content = QWidget()
        row = QHBoxLayout(content)
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        scroll = QScrollArea()  # a small screen or a large font: scrolls, never clips
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 18, 0, 0)
        layout.addWidget(scroll)
        self.setAccessibleName(title.text())
        self.setTabOrder(self.begin_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.later_button)

    def _choice(self, text: str, description: str) -> tuple[QPushButton, QFrame]:
        frame = QFrame()
        frame.setObjectName("welkomkeuze")
        button = QPushButton(text)
        button.setObjectName("welkomknop")
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        words = QLabel(description)
        words.setWordWrap(True)
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(words)
        return button, frame

    def show_file(self, path: str) -> None:
        self.file_label.setText(self.tr("Dit bestand is nieuw en nog leeg: %1").replace(
            "%1", path))


class Welcome(QObject):
    """The feature: shows the welcome page over a new file, runs the setup, keeps Bestand >
    Mijn werkplaats instellen… in step with the file, and takes the Overzicht's next steps."""

    def __init__(self, host: Host, files: FileActions,
                 import_files: Callable[[], object] | None = None,
                 overview: DashboardPage | None = None):
        super().__init__(host.widget())
        # weakly: the window owns this object
        self._host = weakref.ref(host)
        self.files = files
        self.import_files = import_files
        self.page = WelcomePage()
        self.page.begin_button.clicked.connect(self.start_setup)
        self.page.demo_button.clicked.connect(self.open_demo)
        self.page.later_button.clicked.connect(self.not_now)
        #: the welcome page is up (put there by this feature)
        self.up = False
        #: the user chose "Nu niet" (or a page) for this file
        self.dismissed = False
        self.dialog: QDialog | None = None
        self.setup_action = QAction(self.tr("&Mijn werkplaats instellen…"), host.widget())
        self.setup_action.setStatusTip(self.tr(
            "Kies de werkplaats van dit bestand uit de landelijke lijst, met penvoerder en "
            "provincie"))
        self.setup_action.triggered.connect(lambda _checked=False: self.start_setup())
        menu = host.menu("bestand")
        menu.insertAction(files.demo_action, self.setup_action)
        if overview is not None:
            overview.empty_note.take_step = self.take_step
        host.watch(self.refresh)

    @property
    def host(self) -> Host:
        host = self._host()
        assert host is not None
        return host

    # --- when to show it ----------------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        """A database is shown (``change`` None) or changed."""
        host = self.host
        if self.up and host.cover() is not self.page:
            self.up, self.dismissed = False, True  # the user chose a page meanwhile
        if change is None:
            self.dismissed = False  # another file: a new first hour
        if change is None or self.up or (change.kind is ChangeKind.UNDO and not self.dismissed):
            # (the undo of the setup makes the file new again)
            self._show(not self.dismissed and host.services.info.needs_setup())
        if change is None or change.kind is ChangeKind.EXTERNAL or change.touches(OWN_TABLES):
            # (on a shared database it stays, to say why a database has no werkplaats there)
            self.setup_action.setVisible(host.db.is_server or host.services.info.can_set_up())

    def _show(self, wanted: bool) -> None:
        host = self.host
        if wanted and host.cover() is not self.page:
            self.page.show_file(str(host.db.path))
            host.set_cover(self.page)
            self.up = True
            self.page.begin_button.setFocus()
        elif not wanted and host.cover() is self.page:
            host.set_cover(None)
            self.up = False

    # --- the choices --------------------------------------------------------------------------

    def start_setup(self) -> QDialog | None:
        """Mijn werkplaats instellen: the dialog, window-modal; when done, the Overzicht with
        the next steps. On a shared database it says why not (a login's werkplaats is its
        role there: services/info.py, GEDEELD_GEEN_EIGEN) and opens nothing."""
        from werkplaats_desktop.services.info import GEDEELD_GEEN_EIGEN
        from werkplaats_desktop.ui.setup_dialog import SetupDialog

        if self.host.db.is_server:
            QMessageBox.information(self.host.widget(), self.tr("Mijn werkplaats instellen"),
                                    translate("Validatie", GEDEELD_GEEN_EIGEN))
            return None

        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        dialog = SetupDialog(self.host.services, self.host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._set_up)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _set_up(self) -> None:
        host = self.host
        self.dismissed = False  # undoing the setup brings the welcome page back
        self._show(False)
        host.show_page("overzicht")
        naam = host.services.info.eigen_werkplaats_naam() or ""
        host.show_status(self.tr(
            "Uw werkplaats is ingesteld: %1. Het Overzicht zegt wat u nu doet; Bewerken > "
            "Ongedaan maken draait het terug.").replace("%1", naam), 20_000)

    def open_demo(self) -> bool:
        """Bekijk het voorbeeld: exactly Bestand > Voorbeelddatabase openen."""
        return self.files.open_demo()

    def not_now(self) -> None:
        """The empty program, with the Overzicht's note on what to do first."""
        self.dismissed = True
        self._show(False)
        self.host.show_page("overzicht")

    # --- the Overzicht's next steps (ui/dashboard/empty_note.py) --------------------------

    def take_step(self, step: str) -> object:
        host = self.host
        if step == "instellen":
            return self.start_setup()
        if step == "importeren":
            return self.import_files() if self.import_files is not None else None
        host.open_list(step, {})
        actions = host.show_page(step).record_actions()
        return actions.new_record() if actions is not None else None


def install(host: Host, files: FileActions, import_files: Callable[[], object] | None = None,
            overview: DashboardPage | None = None) -> Welcome:
    return Welcome(host, files, import_files, overview)
