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
"""
