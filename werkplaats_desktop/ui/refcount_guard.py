"""A guard against a Qt binding that steals references to None (PySide6 6.12.0).

That release drops one reference to ``None`` each time a Python value meets an empty QVariant:
every ``QComboBox.addItem(text)``, ``currentData()`` of an entry without data,
``QStandardItem.setData(None)``. A window with a few lists of gemeenten does that thousands of
times, and opening another database repeats it; Python 3.11 counts ``None``'s references, so
after a language switch and a database switch the count reached zero when the program quit:
"Fatal Python error: none_dealloc" (with bools: "bool_dealloc"). pyproject.toml excludes that
release; this guard protects a program that runs on it anyway (a copy installed by hand): it
measures the binding once at start and, when it steals, adds references that are never
given back (a list holding them would give them back at exit, the moment of the crash), enough
that a long session never runs out. From Python 3.12 on None, True and False are immortal and
nothing needs guarding. ``tests/test_quit_after_switches.py`` repeats the sequence.
"""

from __future__ import annotations

import ctypes
import sys

#: references added to None, True and False when the binding steals (never released)
SPARE = 1 << 30
_done: list[bool] = []


def steals() -> bool:
    """Does this Qt binding drop references to None it does not own?"""
    from PySide6.QtGui import QStandardItem

    item = QStandardItem("x")
    before = sys.getrefcount(None)
    for _ in range(200):
        item.setData(None, 256)
        item.data(256)
    return sys.getrefcount(None) < before - 100


def protect() -> bool:
    """Add spare references to None, True and False if the binding steals them (once);
    True when it does."""
    if _done:
        return _done[0]
    guard = sys.version_info < (3, 12) and steals()
    if guard:
        for value in (None, True, False):
            # CPython keeps an object's reference count in its first word (ob_refcnt)
            ctypes.c_ssize_t.from_address(id(value)).value += SPARE
    _done.append(guard)
    return guard
