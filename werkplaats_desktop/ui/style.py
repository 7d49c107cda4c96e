"""Look of the program: the O colours (from the core palette) and a light style sheet."""

from __future__ import annotations

from werkplaats_desktop.domain.palette import EXTRA_COLORS, O_COLORS

__all__ = ["O_COLORS", "EXTRA_COLORS", "STYLE_SHEET"]

STYLE_SHEET = """
QListWidget#navigatie { background: #f3f5f7; border: none; font-size: 10.5pt; }
QListWidget#navigatie::item { padding: 7px 10px; }
QListWidget#navigatie::item:selected { background: #0b5c8a; color: white; }
QLabel#paginatitel { font-size: 15pt; font-weight: 600; color: #1d2a33; }
QLabel#voorbeeldbanner { background: #fff4d6; color: #5a4300; padding: 4px 8px;
                         border-bottom: 1px solid #e7cf8c; }
QLabel.foutmelding, QLabel#foutmelding { color: #a4000f; }
QLabel#veldbijschrift { color: #44525c; font-size: 9pt; }
QLabel#actievefilter { color: #0b5c8a; }
QFrame#melding { background: #e8f2f9; border: 1px solid #b5d3e7; border-radius: 4px; }
QLabel#leegtitel { font-size: 12pt; font-weight: 600; color: #1d2a33; }
/* the focus is always visible: a clear blue edge on whatever has it (keyboard users) */
QPushButton { padding: 4px 12px; border: 1px solid #9aa7b0; border-radius: 3px;
              background: #f6f8fa; color: #1d2a33; }
QPushButton:hover { background: #e9eef2; }
QPushButton:pressed { background: #dde5eb; }
QPushButton:default { border-color: #0b5c8a; }
QPushButton:disabled { color: #9aa7b0; border-color: #c9d1d7; }
QPushButton:focus { border: 2px solid #0b5c8a; padding: 3px 11px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QTableView:focus, QTableWidget:focus { border: 2px solid #0b5c8a; }
QCheckBox:focus, QRadioButton:focus { color: #0b5c8a; text-decoration: underline; }
QListWidget#navigatie:focus { border: 2px solid #0b5c8a; }
"""
