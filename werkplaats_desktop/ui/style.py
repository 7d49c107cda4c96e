"""Look of the program: the O colours (from the core palette) and a style sheet made from the
window's palette, so that a dark theme or Windows' high-contrast mode stays readable: texts
take the palette's text colour (or a mix of it with the background for secondary texts, which
keeps its contrast in both), the program's accent is darkened or lightened to stay readable on
the background."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from werkplaats_desktop.domain.palette import EXTRA_COLORS, O_COLORS

__all__ = ["O_COLORS", "EXTRA_COLORS", "STYLE_SHEET", "accent", "follow_palette", "is_dark",
           "style_sheet"]

ACCENT = "#0b5c8a"
ACCENT_ON_DARK = "#7cc0ee"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mix(a: QColor, b: QColor, share_b: float) -> str:
    """``a`` with ``share_b`` of ``b`` mixed in, as #rrggbb."""
    c = QColor(int(a.red() * (1 - share_b) + b.red() * share_b),
               int(a.green() * (1 - share_b) + b.green() * share_b),
               int(a.blue() * (1 - share_b) + b.blue() * share_b))
    return str(c.name())


def accent(palette: QPalette) -> str:
    """The program's blue, readable on the palette's background."""
    return ACCENT_ON_DARK if is_dark(palette) else ACCENT


def secondary_text(palette: QPalette) -> str:
    """Text that is less important (captions): the text colour a third of the way to the
    background, so its contrast follows the theme."""
    return mix(palette.color(QPalette.ColorRole.WindowText),
               palette.color(QPalette.ColorRole.Window), 0.3)


def style_sheet(palette: QPalette) -> str:
    dark = is_dark(palette)
    error = "#ff8a80" if dark else "#a4000f"
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    button = palette.color(QPalette.ColorRole.Button)
    focus = accent(palette)
    edge = mix(text, window, 0.55)
    return f"""
QListWidget#navigatie {{ background: palette(alternate-base); border: none; font-size: 10.5pt; }}
QListWidget#navigatie::item {{ padding: 7px 10px; color: palette(window-text); }}
QListWidget#navigatie::item:selected {{ background: palette(highlight);
                                       color: palette(highlighted-text); }}
QLabel#paginatitel {{ font-size: 15pt; font-weight: 600; color: palette(window-text); }}
QLabel#voorbeeldbanner {{ background: #fff4d6; color: #5a4300; padding: 4px 8px;
                         border-bottom: 1px solid #e7cf8c; }}
QLabel.foutmelding, QLabel#foutmelding {{ color: {error}; }}
QLabel#veldbijschrift {{ color: {secondary_text(palette)}; font-size: 9pt; }}
QLabel#actievefilter {{ color: {focus}; }}
QFrame#grafiekpaneel {{ background: palette(base); border: 1px solid palette(mid);
                        border-radius: 4px; }}
QFrame#melding {{ background: {mix(window, QColor(focus), 0.12)}; border: 1px solid {focus};
                  border-radius: 4px; }}
QLabel#leegtitel {{ font-size: 12pt; font-weight: 600; color: palette(window-text); }}
QFrame#welkomkeuze {{ background: palette(base); border: 1px solid {edge}; border-radius: 4px; }}
/* the focus is always visible: a clear edge in the accent on whatever has it (keyboard) */
QPushButton {{ padding: 4px 12px; border: 1px solid {edge}; border-radius: 3px;
              background: palette(button); color: palette(button-text); }}
QPushButton:hover {{ background: {mix(button, text, 0.06)}; }}
QPushButton:pressed {{ background: {mix(button, text, 0.12)}; }}
QPushButton:default {{ border-color: {focus}; }}
QPushButton:disabled {{ color: {mix(text, window, 0.6)}; border-color: {mix(text, window, 0.75)}; }}
QPushButton:focus {{ border: 2px solid {focus}; padding: 3px 11px; }}
QPushButton#welkomknop {{ font-size: 12pt; font-weight: 600; padding: 8px 18px; }}
QPushButton#welkomknop:focus {{ padding: 7px 17px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QTableView:focus, QTableWidget:focus {{ border: 2px solid {focus}; }}
QCheckBox:focus, QRadioButton:focus {{ color: {focus}; text-decoration: underline; }}
QListWidget#navigatie:focus {{ border: 2px solid {focus}; }}
"""


#: the style sheet of the default (light) palette
STYLE_SHEET = style_sheet(QPalette(QColor("#efefef")))


class _PaletteWatcher(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.app.setStyleSheet(style_sheet(self.app.palette()))
        return False


def follow_palette(app: QApplication) -> None:
    """Give ``app`` the style sheet of its palette, and a new one when the palette changes
    (the user switches to a dark or high-contrast theme while the program runs)."""
    app.setStyleSheet(style_sheet(app.palette()))
    app.installEventFilter(_PaletteWatcher(app))
