"""The self-test's Qt parts: loading the translations, and for ``werkplaats-desktop
--self-test`` the pieces a window needs (Qt widgets, the SVG icon, matplotlib on Qt).

The core of the self-test is ``werkplaats_desktop/selftest.py`` (no Qt there). These checks
matter most in a PyInstaller bundle, where a Qt plugin or translation left out of the bundle
only shows on the user's machine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QImage

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.domain.numbers import program_language, set_program_language
from werkplaats_desktop.domain.palette import O_COLORS
from werkplaats_desktop.selftest import Context, SelfTestFailure, Step, default_steps, run_cli
from werkplaats_desktop.ui import i18n

#: a text of Qt's own standard buttons (not a literal call, so lupdate does not collect it)
_QT_CANCEL = ("QPlatformTheme", "Cancel")

_app: QCoreApplication | None = None  # created here when the caller had none: keep it alive


def _application() -> QCoreApplication:
    global _app
    app = QCoreApplication.instance()
    if app is None:
        app = _app = QCoreApplication(sys.argv[:1])
    return app


@contextmanager
def _translators_restored() -> Iterator[None]:
    """Put back the translators (and default locale and number style) the program had before
    the check."""
    app = _application()
    before, locale, style = list(i18n._installed), QLocale(), program_language()
    try:
        yield
    finally:
        set_program_language(style)
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed[:] = before
        for translator in before:
            app.installTranslator(translator)
        QLocale.setDefault(locale)


def check_translations() -> str:
    """Dutch: Qt's own texts (standard buttons) from qtbase_nl.qm. English: our
    werkplaats_en.qm and qtbase_en.qm. Each is checked by a text it must translate."""
    with _translators_restored():
        dutch = i18n.install_translators("nl")
        if not any(Path(f).name == "qtbase_nl.qm" for f in dutch):
            raise SelfTestFailure("Qt's Nederlandse vertaling (qtbase_nl.qm) is niet gevonden")
        cancel = QCoreApplication.translate(*_QT_CANCEL)
        if cancel != "Annuleren":
            raise SelfTestFailure(f"Qt's knop 'Cancel' wordt '{cancel}' in plaats van "
                                  "'Annuleren'")
        english = i18n.install_translators("en")
        names = {Path(f).name for f in english}
        missing = {"werkplaats_en.qm", "qtbase_en.qm"} - names
        if missing:
            raise SelfTestFailure("de Engelse vertaling is niet geladen: "
                                  + ", ".join(sorted(missing)))
        label = i18n.enum_label(O.ONDERZOEK)
        if label != "Research":
            raise SelfTestFailure(f"'Onderzoek' wordt in het Engels '{label}' in plaats van "
                                  "'Research'")
    return "Nederlands (qtbase_nl.qm) en Engels (" + ", ".join(sorted(names)) + ")"


def check_window_parts(ctx: Context) -> str:
    """What the window needs beyond the core: widgets, the SVG icon (Qt's SVG plugin) and the
    dashboard's chart panel drawing the figures of the records written before (matplotlib on
    a Qt canvas)."""
    from PySide6.QtGui import QIcon

    from werkplaats_desktop import charts
    from werkplaats_desktop.locations import resources_dir
    from werkplaats_desktop.ui.dashboard.chart_panel import ChartPanel

    icon = QIcon(str(resources_dir() / "icons" / "werkplaats.svg"))
    if icon.pixmap(64, 64).isNull():
        raise SelfTestFailure("het programmapictogram (SVG) kan niet worden getekend: "
                              "Qt's SVG-onderdeel ontbreekt")
    panel = ChartPanel(charts.chart("thema"), lambda kind, filters: None)
    try:
        panel.show_figure(charts.build("thema", ctx.services.dashboard.data()), "activiteit")
        panel.resize(600, 660)
        image = panel.grab().toImage()
        o = O(ctx.made["activiteit"].o).value
        if panel.canvas is None or not _shows_colour(image, O_COLORS[o]):
            raise SelfTestFailure("de dashboardgrafiek wordt niet getekend in het venster "
                                  "(matplotlib op Qt)")
        return (f"pictogram, Qt-widgets en de dashboardgrafiek in een venster "
                f"({image.width()}x{image.height()} beeldpunten)")
    finally:
        panel.deleteLater()


def _shows_colour(image: QImage, colour: str, step: int = 3) -> bool:
    """Does ``image`` have pixels of ``colour`` (a bar of that O)?"""
    want = QColor(colour)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) \
                    + abs(c.blue() - want.blue()) < 8:
                return True
    return False


def gui_steps(server: object = None) -> list[Step]:
    return [*default_steps(server), Step("Vertalingen laden", lambda _ctx: check_translations()),
            Step("Vensteronderdelen laden", check_window_parts)]


def run_gui_selftest(resultaat: Path | None, server: object = None) -> int:
    """``werkplaats-desktop --self-test [--db postgresql://...]``: never shows a window, so it
    may run headless. With a shared database (``server``) the database steps run there, in a
    temporary schema (see selftest.py)."""
    from PySide6.QtWidgets import QApplication

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                  or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is None:
        global _app
        _app = QApplication(sys.argv[:1])
    return run_cli(resultaat, gui_steps(server), server=server)
